package vn.pakn.documents.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.documents.control.SignedAnswers;
import vn.pakn.documents.entity.SignedAnswer;

/**
 * The sender downloads the signed answer to their petition with the tracking code and the access
 * key (header {@code X-Access-Key}, never in the address). A wrong key answers exactly like an
 * unknown code.
 */
@Path("petitions/{trackingCode}/signed-answer")
public class SignedAnswersResource {

  static final String ACCESS_KEY_HEADER = "X-Access-Key";

  @Inject SignedAnswers signedAnswers;

  public record Summary(
      String documentNumber,
      String signerName,
      String signerTitle,
      Instant signedAt,
      String signatureLevel,
      String sha256,
      long size,
      String fileName) {}

  @GET
  @Produces("application/pdf")
  @Operation(summary = "The signed answer (PDF) to one's petition")
  public Response pdf(
      @PathParam("trackingCode") String trackingCode,
      @HeaderParam(ACCESS_KEY_HEADER) String accessKey) {
    SignedAnswer answer = find(trackingCode, accessKey);
    return Response.ok(answer.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(trackingCode) + "\"")
        .cacheControl(privateNoStore())
        .build();
  }

  @GET
  @Path("summary")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Whether one's petition has a signed answer, by whom and when (204 while none was"
              + " signed)")
  public Response summary(
      @PathParam("trackingCode") String trackingCode,
      @HeaderParam(ACCESS_KEY_HEADER) String accessKey) {
    var signed = signedAnswers.latestForSender(trackingCode, accessKey);
    if (signed.isEmpty()) {
      return Response.noContent().cacheControl(privateNoStore()).build();
    }
    SignedAnswer answer = signed.get();
    return Response.ok(
            new Summary(
                answer.documentNumber(),
                answer.signerName(),
                answer.signerTitle(),
                answer.signedAt().toInstant(),
                answer.signatureLevel(),
                answer.sha256(),
                answer.size(),
                fileName(trackingCode)))
        .cacheControl(privateNoStore())
        .build();
  }

  private SignedAnswer find(String trackingCode, String accessKey) {
    return signedAnswers.forSender(trackingCode, accessKey);
  }

  private static String fileName(String trackingCode) {
    return "tra-loi-" + trackingCode.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
  }

  private static CacheControl privateNoStore() {
    CacheControl cc = new CacheControl();
    cc.setPrivate(true);
    cc.setNoStore(true);
    return cc;
  }
}
