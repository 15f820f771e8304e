package vn.pakn.documents.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.control.AgencyRef;
import vn.pakn.documents.control.SignatureFinding;
import vn.pakn.documents.control.SignedAnswers;
import vn.pakn.documents.control.ValidationReport;
import vn.pakn.documents.control.Validations;
import vn.pakn.documents.entity.SignedAnswer;
import vn.pakn.platform.boundary.Problems;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;

/**
 * Anyone can check a signed document: {@code POST /api/signatures/validation} with the PDF as the
 * body answers who signed it, for which organisation, when, whether it was changed after signing,
 * whether the certificate chains to a trust anchor and was valid then — in the caller's language,
 * with DSS's technical report alongside. Nothing is stored.
 */
@Path("signatures")
public class SignaturesResource {

  @Inject Validations validations;
  @Inject CallerContext caller;
  @Inject SignedAnswers signedAnswers;
  @Inject Agencies agencies;
  @PersistenceContext EntityManager em;

  public record Signature(
      String verdict,
      String summary,
      String signedBy,
      String organization,
      Instant signedAt,
      boolean timestamped,
      String level,
      boolean changedAfterSigning,
      boolean chainsToTrustAnchor,
      boolean certificateValidAtSigning,
      String indication,
      String subIndication) {}

  public record Report(
      String verdict,
      String title,
      String summary,
      List<Signature> signatures,
      List<String> technicalMessages,
      String technicalReport) {}

  /** What the public copy of an answer says about its signed original. */
  public record SignedOriginal(
      String documentNumber,
      String agency,
      String signerName,
      String signerTitle,
      Instant signedAt,
      String signatureLevel) {}

  @GET
  @Path("published-answers/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Who signed the original of a published answer, and when")
  public SignedOriginal publishedAnswer(@PathParam("id") String id) {
    long answerId;
    try {
      answerId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new ProblemException(404, "signed-answer-not-found");
    }
    SignedAnswer original =
        signedAnswers
            .behindPublishedAnswer(answerId)
            .orElseThrow(() -> new ProblemException(404, "signed-answer-not-found"));
    AgencyRef agency = agencies.ref(original.agencyId()).orElse(null);
    return new SignedOriginal(
        original.documentNumber(),
        agency == null ? null : agency.name(),
        original.signerName(),
        original.signerTitle(),
        original.signedAt().toInstant(),
        original.signatureLevel());
  }

  @POST
  @Path("validation")
  @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Validate the signatures of a PDF (the PDF is the body)")
  public Response validate(InputStream body, @Context HttpHeaders headers) throws IOException {
    if (headers.getLength() > validations.maxBytes()) {
      // refused before reading a byte; the connection is closed rather than drained
      return Response.fromResponse(
              Problems.response(
                  new ProblemException(413, "too-large"),
                  caller.messages(),
                  caller.correlationId()))
          .header("Connection", "close")
          .build();
    }
    byte[] pdf = JsonBodies.readAtMost(body, validations.maxBytes());
    ValidationReport report = validations.validate(pdf);
    Messages messages = caller.messages();
    String verdict = report.verdict().name();
    return Response.ok(
            new Report(
                verdict,
                messages.get("documents.verdict." + verdict + ".title"),
                messages.get(
                    "documents.verdict." + verdict + ".summary", report.signatures().size()),
                report.signatures().stream().map(f -> signature(f, messages)).toList(),
                report.technicalMessages(),
                report.technicalReport()))
        .build();
  }

  private static Signature signature(SignatureFinding f, Messages messages) {
    return new Signature(
        f.verdict().name(),
        messages.get("documents.reason." + f.reason()),
        f.signedBy(),
        f.organization(),
        f.signedAt(),
        f.timestamped(),
        f.level(),
        f.changedAfterSigning(),
        f.chainsToTrustAnchor(),
        f.certificateValidAtSigning(),
        f.indication(),
        f.subIndication());
  }
}
