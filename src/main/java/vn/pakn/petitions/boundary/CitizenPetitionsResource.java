package vn.pakn.petitions.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.identity.control.CitizenSession;
import vn.pakn.petitions.control.CitizenPetitions;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.ProblemException;

/**
 * "My petitions" ({@code cua-toi.html}): what the citizen signed in at the citizens' provider filed
 * signed in, found by who the provider says they are, never by a key.
 */
@Path("my-petitions")
public class CitizenPetitionsResource {

  @Inject CitizenSession citizen;
  @Inject CitizenPetitions petitions;
  @Inject CallerContext caller;

  public record MyPetition(
      String trackingCode,
      String title,
      String status,
      String statusLabel,
      OffsetDateTime receivedAt,
      List<String> verifiedClaims) {}

  public record MyPetitions(List<MyPetition> items) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The petitions the signed-in citizen filed signed in, newest first")
  public Response list() {
    var id =
        citizen.identity().orElseThrow(() -> new ProblemException(401, "citizen-sign-in-required"));
    var messages = caller.messages();
    var items =
        petitions.of(id).stream()
            .map(
                p ->
                    new MyPetition(
                        p.trackingCode(),
                        p.title(),
                        p.status().name(),
                        messages.get("status." + p.status().name()),
                        p.receivedAt(),
                        p.verifiedClaims()))
            .toList();
    var noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.ok(new MyPetitions(items)).cacheControl(noStore).build();
  }
}
