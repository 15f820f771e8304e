package vn.pakn.operations.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Role;
import vn.pakn.operations.control.ApplicationMetrics;
import vn.pakn.operations.control.OperationalFigures;

/**
 * The figures of the metrics as JSON, for the administrators' status page ({@code
 * /can-bo/van-hanh.html}) of provinces that run no Prometheus.
 */
@Path("admin/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsStatusResource {

  @Inject CurrentOfficer officer;
  @Inject ApplicationMetrics metrics;

  @GET
  @Operation(summary = "Operational figures of this node and the database (administrator)")
  public OperationalFigures status() {
    officer.require(Role.ADMIN);
    return metrics.figures();
  }
}
