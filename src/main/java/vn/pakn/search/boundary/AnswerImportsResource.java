package vn.pakn.search.boundary;

import jakarta.inject.Inject;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;
import vn.pakn.search.control.AnswerImports;
import vn.pakn.search.control.HeldBackAnswers;

/**
 * Historical import of published answers from an old portal, for administrators: upload a file
 * (JSON Lines or CSV, see {@code LegacyAnswer}), follow its progress and read the per-row report.
 * The upload is answered {@code 202} with the import's id as soon as the file is stored; rows are
 * read in the background. Rows held back for personal data are reviewed here too: published as the
 * redactor's redacted copy, or discarded.
 */
@Path("admin/answer-imports")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerImportsResource {

  @Inject CurrentOfficer officer;
  @Inject AnswerImports imports;
  @Inject CallerContext caller;
  @Inject HeldBackAnswers heldBackAnswers;

  /** One row of the report with its message in the reader's language. */
  public record RowError(long line, String legacyId, String outcome, String code, String message) {}

  /** What {@code GET /api/admin/answer-imports/{id}} answers. */
  public record View(
      long id,
      String state,
      String format,
      String fileName,
      java.time.Instant createdAt,
      String createdBy,
      java.time.Instant finishedAt,
      long bytesDone,
      long bytes,
      long processed,
      long imported,
      long unchanged,
      long heldBack,
      long failed,
      long discarded,
      String problem,
      List<RowError> errors) {}

  public record Started(long id, String state) {}

  @POST
  @Operation(
      summary =
          "Upload answers published on an old portal (administrator): body JSON Lines"
              + " (application/x-ndjson) or CSV with a header (text/csv), columns legacyId, title,"
              + " question, answer, agencyCode, fieldCode, kind, publishedDate, sourceUrl;"
              + " ?name= the file's name → 202 {id}")
  public Response start(
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("name") String name,
      InputStream body)
      throws IOException {
    Actor admin = officer.require(Role.ADMIN);
    AnswerImports.Format format = format(contentType);
    String fileName = name == null || name.isBlank() ? "import" : name.strip();
    if (fileName.length() > 300 || fileName.chars().anyMatch(Character::isISOControl)) {
      throw ProblemException.invalid(new Violation("name", "text.tooLong", 300));
    }
    long id = imports.start(body, format, fileName, admin.username());
    return Response.accepted(new Started(id, "QUEUED"))
        .location(URI.create("api/admin/answer-imports/" + id))
        .build();
  }

  @GET
  @Operation(summary = "The most recent imports (administrator), newest first")
  public List<View> recent() {
    officer.require(Role.ADMIN);
    return imports.recent(20).stream()
        .map(id -> imports.status(id).map(this::view).orElse(null))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "An import's progress and report (administrator): {state, processed, imported,"
              + " heldBack, failed, errors: [{line, legacyId, outcome, code, message}]}")
  public View one(@PathParam("id") String id) {
    officer.require(Role.ADMIN);
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException notANumber) {
      throw new ProblemException(404, "import-not-found");
    }
    return imports
        .status(number)
        .map(this::view)
        .orElseThrow(() -> new ProblemException(404, "import-not-found"));
  }

  /** What {@code POST .../held-back/{line}/publish} answers: the public answer's id. */
  public record Published(long answerId) {}

  @GET
  @Path("{id}/held-back")
  @Operation(
      summary =
          "The rows of an import held back for personal data, waiting for review (administrator):"
              + " [{line, legacyId, title, question, answer: {text, spans: [{start, end,"
              + " category, replacement}], redacted}, publishable}]")
  public List<HeldBackAnswers.HeldBack> heldBack(@PathParam("id") String id) {
    officer.require(Role.ADMIN);
    return heldBackAnswers.waiting(existing(id));
  }

  @POST
  @Path("{id}/held-back/{line}/publish")
  @Operation(
      summary =
          "Publish the redacted copy of a held-back row (administrator): the redactor's proposal"
              + " applied → {answerId}")
  public Published publish(@PathParam("id") String id, @PathParam("line") String line) {
    Actor admin = officer.require(Role.ADMIN);
    return new Published(
        heldBackAnswers.publish(
            existing(id), number(line, "held-back-not-found"), admin.username()));
  }

  @POST
  @Path("{id}/held-back/{line}/discard")
  @Operation(summary = "Discard a held-back row (administrator): nothing is published → 204")
  public void discard(@PathParam("id") String id, @PathParam("line") String line) {
    Actor admin = officer.require(Role.ADMIN);
    heldBackAnswers.discard(existing(id), number(line, "held-back-not-found"), admin.username());
  }

  private long existing(String id) {
    long number = number(id, "import-not-found");
    if (imports.status(number).isEmpty()) {
      throw new ProblemException(404, "import-not-found");
    }
    return number;
  }

  private static long number(String text, String notFound) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw new ProblemException(404, notFound);
    }
  }

  private View view(AnswerImports.Status s) {
    var messages = caller.messages();
    List<RowError> errors =
        s.errors().stream()
            .map(
                e ->
                    new RowError(
                        e.line(),
                        e.legacyId(),
                        e.outcome(),
                        e.key(),
                        messages.get("violation." + e.key(), e.args().toArray())))
            .toList();
    String problem = s.problem();
    if (problem != null && problem.startsWith("import.")) {
      int colon = problem.indexOf(':');
      problem =
          colon < 0
              ? messages.get("violation." + problem)
              : messages.get(
                  "violation." + problem.substring(0, colon), problem.substring(colon + 1));
    }
    return new View(
        s.id(),
        s.state(),
        s.format(),
        s.fileName(),
        s.createdAt(),
        s.createdBy(),
        s.finishedAt(),
        s.bytesDone(),
        s.bytes(),
        s.processed(),
        s.imported(),
        s.unchanged(),
        s.heldBack(),
        s.failed(),
        s.discarded(),
        problem,
        errors);
  }

  private static AnswerImports.Format format(String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/x-ndjson",
          "application/jsonl",
          "application/json-lines",
          "application/x-jsonlines" ->
          AnswerImports.Format.JSONL;
      case "text/csv" -> AnswerImports.Format.CSV;
      default -> throw new ProblemException(415, "import-format", type);
    };
  }
}
