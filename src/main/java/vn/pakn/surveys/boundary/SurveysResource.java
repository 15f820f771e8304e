package vn.pakn.surveys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.ProofOfWork;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.LoadedSurveys;
import vn.pakn.surveys.control.SurveyResponses;

/** The survey definitions in force, for kiosks, QR-code pages and partners. */
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveysResource {

  @Inject LoadedSurveys surveys;
  @Inject CallerContext caller;
  @Inject SurveyResponses responses;
  @Inject ProofOfWork proofOfWork;

  /** Largest response body: the longest free text (4,000 characters) with room to spare. */
  static final int MAX_BODY = 65_536;

  public record SurveySummary(String id, int version, String title) {}

  @GET
  @Operation(summary = "The surveys, each at its latest version")
  public List<SurveySummary> all() {
    return surveys.definitions().summaries().stream()
        .map(s -> new SurveySummary(s.id(), s.version(), s.title().in(caller.locale())))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A survey's definition: the latest version, or ?version=N")
  public JsonObject one(@PathParam("id") String id, @QueryParam("version") Integer version) {
    var definition =
        version == null
            ? surveys.definitions().latest(id)
            : surveys.definitions().find(id, version);
    if (definition.isEmpty() && version != null && surveys.definitions().latest(id).isPresent()) {
      throw ProblemException.invalid(new Violation("version", "survey.version.unknown", version));
    }
    return definition.orElseThrow(() -> new ProblemException(404, "survey-not-found", id)).source();
  }

  @POST
  @Path("{id}/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A response by the link of a served case: {\"token\", \"version\"?, \"answers\"} → 201;"
              + " the token is used once")
  public Response respond(
      @PathParam("id") String id, @HeaderParam(ProofOfWork.HEADER) String proof, InputStream body)
      throws IOException {
    var json = JsonBodies.parseObject(JsonBodies.readAtMost(body, MAX_BODY), "body");
    proofOfWork.requireUnlessSignedIn(proof);
    var stored = responses.submitByLink(id, json);
    return Response.created(URI.create("surveys/" + id + "/responses/" + stored.id()))
        .entity(stored)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
