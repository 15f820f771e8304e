package vn.pakn.petitions.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.control.OfficerDirectory;
import vn.pakn.officers.entity.Actor;
import vn.pakn.petitions.control.ActionRequest;
import vn.pakn.petitions.control.Inbox;
import vn.pakn.petitions.control.PetitionWorkflow;
import vn.pakn.petitions.entity.Attachment;
import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.petitions.entity.PetitionStatus;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/** The officers' inbox: lists, one petition with its trail and allowed steps, and the steps. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @Inject Agencies agencies;
  @Inject OfficerDirectory officers;
  @Inject CurrentOfficer officer;
  @Inject Inbox inbox;
  @Inject PetitionWorkflow workflow;
  @Inject CallerContext caller;
  @PersistenceContext EntityManager em;

  @GET
  @Operation(
      summary =
          "Petitions the officer's agency holds (or, with history=true, has held): by default the"
              + " open ones (state=OPEN|FINISHED|ALL; a status list overrides the state); q finds"
              + " words of the code, sender's name, phone or title, with or without diacritics")
  public InboxPage list(
      @QueryParam("state") @DefaultValue("OPEN") String state,
      @QueryParam("status") String status,
      @QueryParam("field") String field,
      @QueryParam("kind") String kind,
      @QueryParam("channel") String channel,
      @QueryParam("assignee") String assignee,
      @QueryParam("agency") String agency,
      @QueryParam("history") @DefaultValue("false") boolean history,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("dueSoon") @DefaultValue("false") boolean dueSoon,
      @QueryParam("q") String search,
      @QueryParam("sort") @DefaultValue("RECEIVED") String sort,
      @QueryParam("dir") @DefaultValue("desc") String dir,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Actor actor = officer.actor();
    List<Violation> violations = new ArrayList<>();
    if (search != null && search.length() > 200) {
      violations.add(new Violation("q", "text.tooLong", 200));
    }
    if (page < 1) {
      violations.add(new Violation("page", "number.range", 1, Integer.MAX_VALUE));
    }
    if (size < 1 || size > Inbox.MAX_PAGE_SIZE) {
      violations.add(new Violation("size", "number.range", 1, Inbox.MAX_PAGE_SIZE));
    } else if (page >= 1 && (long) (page - 1) * size >= Inbox.COUNT_LIMIT) {
      violations.add(new Violation("page", "number.range", 1, Inbox.COUNT_LIMIT / size));
    }
    var filter =
        new Inbox.Filter(
            enumValue(Inbox.State.class, "state", state.toUpperCase(), violations),
            statuses(status, violations),
            field,
            enumValue(PetitionKind.class, "kind", kind, violations),
            enumValue(Channel.class, "channel", channel, violations),
            assignee == null ? null : assigneeId(assignee, actor),
            agency == null ? null : agencyId(agency, violations),
            history || agency != null,
            overdue,
            dueSoon,
            search,
            enumValue(Inbox.Sort.class, "sort", sort.toUpperCase(), violations),
            "asc".equalsIgnoreCase(dir),
            page,
            size);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    var result = inbox.list(filter, actor);
    return InboxPage.of(result, page, size, caller.messages(), agencies, officers);
  }

  @GET
  @Path("{trackingCode}")
  @Operation(summary = "One petition with its full trail, transfer chain and the steps open now")
  public OfficerPetitionView one(@PathParam("trackingCode") String code) {
    Actor actor = officer.actor();
    return OfficerPetitionView.of(
        workflow.forOfficer(code, actor), actor, caller.messages(), agencies, officers);
  }

  @POST
  @Path("{trackingCode}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take a step: {\"action\", \"version\", ...the step's fields}")
  public OfficerPetitionView act(@PathParam("trackingCode") String code, InputStream body)
      throws IOException {
    Actor actor = officer.actor();
    var step =
        ActionRequest.read(JsonBodies.parseObject(JsonBodies.readAtMost(body, 128 * 1024), "body"));
    var petition = workflow.act(code, step, actor);
    return OfficerPetitionView.of(petition, actor, caller.messages(), agencies, officers);
  }

  @GET
  @Path("{trackingCode}/attachments/{position}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an attachment")
  public Response attachment(
      @PathParam("trackingCode") String code, @PathParam("position") int position) {
    var petition = workflow.forOfficer(code, officer.actor());
    List<Attachment> attachments = petition.attachments();
    if (position < 1 || position > attachments.size()) {
      throw new ProblemException(404, "not-found");
    }
    Attachment a = attachments.get(position - 1);
    return Response.ok(a.content(), a.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private Long assigneeId(String assignee, Actor actor) {
    if ("me".equals(assignee)) {
      return actor.officerId();
    }
    return officers.idOf(assignee).orElse(-1L);
  }

  private Long agencyId(String code, List<Violation> violations) {
    return agencies.idOf("agency", code, violations);
  }

  private static Set<PetitionStatus> statuses(String list, List<Violation> violations) {
    if (list == null || list.isBlank()) {
      return null;
    }
    var statuses = EnumSet.noneOf(PetitionStatus.class);
    for (String s : list.split(",")) {
      PetitionStatus status = enumValue(PetitionStatus.class, "status", s.strip(), violations);
      if (status != null) {
        statuses.add(status);
      }
    }
    return statuses;
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String field, String code, List<Violation> violations) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException unknown) {
      violations.add(
          new Violation(field, "enum.unknown", code, Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }
}
