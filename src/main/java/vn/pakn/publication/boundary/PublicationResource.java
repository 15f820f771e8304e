package vn.pakn.publication.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.JsonFields;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;
import vn.pakn.publication.control.Publication;
import vn.pakn.publication.control.RedactionCategory;
import vn.pakn.publication.control.RedactionProposal;
import vn.pakn.publication.entity.PublicText;
import vn.pakn.publication.entity.PublishedAnswer;

/**
 * Officers' side of publication: the state of a petition's public copy, the redaction the system
 * proposes, publishing (leaders of the agency that answered) and withdrawing with a reason.
 */
@Path("publication")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

  static final int MAX_TITLE = 300;
  static final int MAX_TEXT = 20_000;
  static final int MAX_REASON = 2_000;
  static final int MAX_LIST = 20;
  static final int MAX_ITEM = 300;

  @Inject CurrentOfficer officer;
  @Inject Publication publication;

  /**
   * One span of a proposal; {@code hidden} is false for what is only reported (an official named in
   * role, an agency's number), which stays unless the leader hides it.
   */
  public record SpanView(
      int start, int end, String category, String replacement, String covered, boolean hidden) {}

  public record TextProposal(String text, String redacted, List<SpanView> spans) {
    static TextProposal of(RedactionProposal p) {
      return new TextProposal(
          p.text(),
          p.apply(),
          p.spans().stream()
              .map(
                  s ->
                      new SpanView(
                          s.start(),
                          s.end(),
                          s.category().name(),
                          s.replacement(),
                          p.covered(s),
                          s.category().hiddenByDefault()))
              .toList());
    }
  }

  /**
   * The three proposals, the sender's name when they opted in to show it, and the replacement text
   * of every category (Vietnamese, the language of the public pages) for spans the leader adds.
   */
  public record ProposalView(
      TextProposal title,
      TextProposal question,
      TextProposal answer,
      String senderNameShown,
      Map<String, String> labels) {}

  public record ChangeView(long seq, String change, OffsetDateTime at, String by, String reason) {}

  public record CopyView(
      long id,
      String url,
      boolean published,
      String title,
      String question,
      String answer,
      String senderName,
      OffsetDateTime publishedAt,
      String publishedBy,
      OffsetDateTime withdrawnAt,
      String withdrawnBy,
      String withdrawalReason) {
    static CopyView of(PublishedAnswer a) {
      return new CopyView(
          a.id(),
          "tra-loi.html?id=" + a.id(),
          a.published(),
          a.title(),
          a.question(),
          a.answer(),
          a.senderName(),
          a.publishedAt(),
          a.publishedBy(),
          a.withdrawnAt(),
          a.withdrawnBy(),
          a.withdrawalReason());
    }
  }

  public record StateView(
      String trackingCode,
      String status,
      boolean mayPublish,
      boolean senderNameConsent,
      CopyView copy,
      List<ChangeView> history) {}

  @GET
  @Path("petitions/{code}")
  @Operation(summary = "The public copy of a petition's answer, its history, and who may publish")
  public StateView state(@PathParam("code") String code) {
    Actor actor = officer.actor();
    var state = publication.state(code, actor);
    return new StateView(
        state.trackingCode(),
        state.status(),
        state.mayPublish(),
        state.publishName(),
        state.copy().map(CopyView::of).orElse(null),
        state.history().stream()
            .map(
                c ->
                    new ChangeView(
                        c.seq(), c.change().name(), c.changedAt(), c.changedBy(), c.reason()))
            .toList());
  }

  @POST
  @Path("petitions/{code}/proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "What the redactor proposes to hide in the title, question and answer:"
              + " {otherNames, otherAddresses} of third parties to hide as well")
  public ProposalView propose(@PathParam("code") String code, InputStream body) throws IOException {
    Actor actor = officer.actor();
    JsonObject json = read(body);
    var proposal =
        publication.propose(
            code, actor, strings(json, "otherNames"), strings(json, "otherAddresses"));
    return new ProposalView(
        TextProposal.of(proposal.title()),
        TextProposal.of(proposal.question()),
        TextProposal.of(proposal.answer()),
        proposal.senderNameShown(),
        labels());
  }

  static Map<String, String> labels() {
    var labels = new LinkedHashMap<String, String>();
    for (RedactionCategory c : RedactionCategory.values()) {
      labels.put(c.name(), c.label(Messages.VIETNAMESE));
    }
    return labels;
  }

  @POST
  @Path("petitions/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Publish (or publish again) the redacted answer: {title, question, answer, keep:"
              + " [{text, reason}], otherNames, otherAddresses, alsoAnswers}. Refused with"
              + " problem+json naming each span of personal data still in the texts, unless kept"
              + " with a reason (recorded in the audit trail)")
  public Response publish(@PathParam("code") String code, InputStream body) throws IOException {
    Actor actor = officer.actor();
    JsonObject json = read(body);
    var fields = new JsonFields(json);
    var text =
        new PublicText(
            fields.requiredText("title", MAX_TITLE),
            fields.requiredText("question", MAX_TEXT),
            fields.requiredText("answer", MAX_TEXT));
    var request =
        new Publication.Request(
            text,
            keeps(json),
            strings(json, "otherNames"),
            strings(json, "otherAddresses"),
            strings(json, "alsoAnswers"));
    PublishedAnswer copy = publication.publish(code, actor, request);
    return Response.created(URI.create("answers/" + copy.id())).entity(CopyView.of(copy)).build();
  }

  @POST
  @Path("answers/{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw a published answer from the public pages and search: {reason}")
  public CopyView withdraw(@PathParam("id") long id, InputStream body) throws IOException {
    Actor actor = officer.actor();
    String reason = new JsonFields(read(body)).requiredText("reason", MAX_REASON);
    return CopyView.of(publication.withdraw(id, actor, reason));
  }

  private static JsonObject read(InputStream body) throws IOException {
    return JsonBodies.parseObject(JsonBodies.readAtMost(body, 256 * 1024), "body");
  }

  /**
   * What the leader keeps on purpose: {@code [{"text": …, "reason": …}]}; a bare string is a keep
   * without a reason, which the check refuses for anything it would hide.
   */
  static List<Publication.Keep> keeps(JsonObject json) {
    JsonValue value = json.get("keep");
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw ProblemException.invalid(new Violation("keep", "type.array"));
    }
    if (array.size() > MAX_LIST) {
      throw ProblemException.invalid(new Violation("keep", "list.tooLong", MAX_LIST));
    }
    var out = new ArrayList<Publication.Keep>();
    for (JsonValue item : array) {
      if (item instanceof JsonString s) {
        out.add(new Publication.Keep(text("keep", s.getString(), MAX_ITEM), null));
      } else if (item instanceof JsonObject o
          && o.get("text") instanceof JsonString t
          && (o.get("reason") == null
              || o.get("reason") == JsonValue.NULL
              || o.get("reason") instanceof JsonString)) {
        String reason =
            o.get("reason") instanceof JsonString r ? text("keep", r.getString(), MAX_ITEM) : null;
        out.add(new Publication.Keep(text("keep", t.getString(), MAX_ITEM), reason));
      } else {
        throw ProblemException.invalid(new Violation("keep", "type.keep"));
      }
    }
    return out.stream().filter(k -> !TextRules.isBlank(k.text())).toList();
  }

  private static String text(String name, String raw, int max) {
    var forbidden = TextRules.forbiddenCharacter(raw, false);
    if (forbidden.isPresent()) {
      throw ProblemException.invalid(new Violation(name, forbidden.get()));
    }
    String text = TextRules.normalize(raw);
    if (text.codePointCount(0, text.length()) > max) {
      throw ProblemException.invalid(new Violation(name, "text.tooLong", max));
    }
    return text;
  }

  /** A list of short texts, NFC, blanks dropped; absent means empty. */
  static List<String> strings(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw ProblemException.invalid(new Violation(name, "type.array"));
    }
    if (array.size() > MAX_LIST) {
      throw ProblemException.invalid(new Violation(name, "list.tooLong", MAX_LIST));
    }
    var out = new ArrayList<String>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString s)) {
        throw ProblemException.invalid(new Violation(name, "type.string"));
      }
      var forbidden = TextRules.forbiddenCharacter(s.getString(), false);
      if (forbidden.isPresent()) {
        throw ProblemException.invalid(new Violation(name, forbidden.get()));
      }
      String text = TextRules.normalize(s.getString());
      if (text.codePointCount(0, text.length()) > MAX_ITEM) {
        throw ProblemException.invalid(new Violation(name, "text.tooLong", MAX_ITEM));
      }
      if (!TextRules.isBlank(text)) {
        out.add(text);
      }
    }
    return out;
  }
}
