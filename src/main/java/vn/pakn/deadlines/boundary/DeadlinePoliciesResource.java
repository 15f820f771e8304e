package vn.pakn.deadlines.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.deadlines.control.DeadlinePolicies;
import vn.pakn.deadlines.control.PolicyDraft;
import vn.pakn.deadlines.entity.DeadlinePolicy;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.Jsons;

/**
 * Deadline policies: every version, for officers; new versions, for administrators. Versions are
 * never edited or deleted.
 */
@Path("deadline-policies")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinePoliciesResource {

  static final int MAX_BODY = 16 * 1024;

  @Inject CurrentOfficer officer;
  @Inject DeadlinePolicies policies;

  @GET
  @Operation(summary = "Every version of the deadline policies, by stage, kind and date")
  public JsonObject list() {
    officer.require();
    JsonArrayBuilder items = Jsons.JSON.createArrayBuilder();
    policies.all().forEach(p -> items.add(json(p)));
    return Jsons.JSON.createObjectBuilder().add("items", items).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A new version (administrator): {stage, kind, workingDays, legalBasis, effectiveFrom}")
  public Response add(InputStream body) throws IOException {
    String by = officer.require(Role.ADMIN).username();
    JsonObject json = JsonBodies.parseObject(JsonBodies.readAtMost(body, MAX_BODY), "body");
    DeadlinePolicy policy = policies.add(PolicyDraft.of(json), by);
    return Response.created(URI.create("deadline-policies/" + policy.id()))
        .entity(json(policy))
        .build();
  }

  static JsonObject json(DeadlinePolicy p) {
    return Jsons.JSON
        .createObjectBuilder()
        .add("id", p.id())
        .add("stage", p.stage().name())
        .add("kind", p.kind())
        .add("workingDays", p.workingDays())
        .add("legalBasis", p.legalBasis())
        .add("effectiveFrom", p.effectiveFrom().toString())
        .add("createdBy", p.createdBy())
        .add("createdAt", p.createdAt().toString())
        .build();
  }
}
