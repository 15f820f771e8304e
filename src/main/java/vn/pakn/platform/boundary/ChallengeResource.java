package vn.pakn.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.platform.control.ProofOfWork;

/**
 * The proof-of-work challenge a public form solves before it writes (ALTCHA protocol): the solution
 * goes in the {@value ProofOfWork#HEADER} header of the write.
 */
@Path("challenge")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeResource {

  @Inject ProofOfWork proofOfWork;

  /** {@code algorithm}, {@code challenge}, {@code maxnumber}, {@code salt}, {@code signature}. */
  public record ChallengeView(
      String algorithm, String challenge, long maxnumber, String salt, String signature) {}

  @GET
  @Operation(
      summary =
          "A signed proof-of-work challenge (ALTCHA): find the number n ≤ maxnumber whose SHA-256 of"
              + " salt + n is the challenge, and send base64 of {algorithm, challenge, number,"
              + " salt, signature} in X-Proof-Of-Work with the public write")
  public Response challenge() {
    var c = proofOfWork.issue();
    var noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(
            new ChallengeView(c.algorithm, c.challenge, c.maxnumber, c.salt, c.signature))
        .cacheControl(noStore)
        .build();
  }
}
