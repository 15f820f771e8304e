package vn.pakn.platform.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.PayloadTooLargeException;
import vn.pakn.platform.control.ProblemException;

/**
 * Everything that is not already a {@link ProblemException}: HTTP errors raised by JAX-RS itself
 * (unknown path, wrong method or media type) keep their status; anything else is logged with its
 * correlation id and answered 500 without any internal detail. A database that cannot be reached is
 * no fault of the request: 503 with {@code Retry-After}.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Inject CallerContext caller;

  @Override
  public Response toResponse(Throwable thrown) {
    return Problems.response(
        classify(thrown, caller.correlationId()), caller.messages(), caller.correlationId());
  }

  static ProblemException classify(Throwable thrown, String correlationId) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem;
      }
      if (t instanceof PayloadTooLargeException) {
        return new ProblemException(413, "too-large");
      }
      if (t instanceof OptimisticLockException) {
        return new ProblemException(409, "conflict");
      }
      if (DatabaseOutage.isOutage(t)) {
        LOG.log(Level.WARNING, "database unavailable, correlationId=" + correlationId, thrown);
        return new ProblemException(503, "unavailable");
      }
    }
    if (thrown instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return switch (status) {
        case 404 -> new ProblemException(404, "not-found");
        case 405 -> new ProblemException(405, "method-not-allowed");
        case 406 -> new ProblemException(406, "not-acceptable");
        case 413 -> new ProblemException(413, "too-large");
        case 415 -> new ProblemException(415, "unsupported-media-type");
        default ->
            status < 500
                ? new ProblemException(status, "bad-request")
                : logged(thrown, status, correlationId);
      };
    }
    return logged(thrown, 500, correlationId);
  }

  private static ProblemException logged(Throwable thrown, int status, String correlationId) {
    LOG.log(Level.SEVERE, "unexpected error, correlationId=" + correlationId, thrown);
    return new ProblemException(status, "internal");
  }
}
