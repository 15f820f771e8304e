package vn.pakn.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.CorrelationIds;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.Messages;

/**
 * Starts every API request (correlation id, language) and logs one JSON line when it ends: method,
 * path (never the query, which may carry an access key), status, duration and correlation id.
 */
@Provider
@PreMatching
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger("vn.pakn.requests");
  private static final String STARTED = RequestLog.class.getName() + ".started";

  @Inject CallerContext caller;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
    caller.begin(
        CorrelationIds.acceptOrCreate(request.getHeaderString(CorrelationIds.HEADER)),
        Messages.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(CorrelationIds.HEADER, caller.correlationId());
    response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, caller.locale().toLanguageTag());
    if (!LOG.isLoggable(Level.INFO)) {
      return;
    }
    Object started = request.getProperty(STARTED);
    long micros = started == null ? -1 : (System.nanoTime() - (Long) started) / 1000;
    LOG.info(
        Jsons.JSON
            .createObjectBuilder()
            .add("event", "http")
            .add("method", request.getMethod())
            .add("path", request.getUriInfo().getRequestUri().getRawPath())
            .add("status", response.getStatus())
            .add("ms", micros / 1000.0)
            .add("correlationId", caller.correlationId())
            .build()
            .toString());
  }
}
