package vn.pakn.operations.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Role;
import vn.pakn.operations.control.ApplicationMetrics;

/**
 * The metrics of this node in the Prometheus text format (OpenMetrics when the scraper asks for
 * it), for the scraper — {@code Authorization: Bearer <pakn.operations.metricsToken>} — and for
 * signed-in administrators.
 */
@Path("metrics")
public class MetricsResource {

  @Inject ApplicationMetrics metrics;
  @Inject CurrentOfficer officer;

  @Inject
  @ConfigProperty(name = "pakn.operations.metricsToken")
  Optional<String> token;

  @GET
  @Operation(summary = "Application and JVM metrics (scraper token or administrator)")
  public Response scrape(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    if (!scraper(authorization)) {
      officer.require(Role.ADMIN);
    }
    return Response.ok(metrics.scrape(accept))
        .type(ApplicationMetrics.contentType(accept))
        .header("Cache-Control", "no-store")
        .build();
  }

  private boolean scraper(String authorization) {
    String expected = token.map(String::strip).orElse("");
    if (expected.isEmpty()
        || authorization == null
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
  }
}
