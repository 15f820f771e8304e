package vn.pakn.petitions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.petitions.control.AttachmentParts;
import vn.pakn.petitions.control.DueExplanation;
import vn.pakn.petitions.control.KeyRequestThrottle;
import vn.pakn.petitions.control.LostAccessKeys;
import vn.pakn.petitions.control.PetitionForm;
import vn.pakn.petitions.control.PetitionFormReader;
import vn.pakn.petitions.control.PetitionIntake;
import vn.pakn.petitions.control.PetitionLookup;
import vn.pakn.petitions.control.PetitionWorkflow;
import vn.pakn.petitions.control.PublishedAnswerOfPetition;
import vn.pakn.petitions.entity.EventType;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionEvent;
import vn.pakn.petitions.entity.RejectionReason;
import vn.pakn.petitions.entity.Satisfaction;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.JsonFields;
import vn.pakn.platform.control.Limits;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.ProofOfWork;
import vn.pakn.platform.control.PublicQuotas;

/**
 * Filing and following petitions. Filing takes JSON, or {@code multipart/form-data} with the JSON
 * in a part named {@code petition} and up to five files in parts named {@code attachments}.
 */
@Path("petitions")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PetitionsResource {

  public static final String ACCESS_KEY_HEADER = "X-Access-Key";
  static final String INFORMATION_PART = "information";

  @Inject PetitionIntake intake;
  @Inject PetitionLookup lookup;
  @Inject PetitionWorkflow workflow;
  @Inject Limits limits;
  @Inject CallerContext caller;
  @Inject CurrentOfficer officer;
  @Inject DueExplanation dueExplanation;
  @Inject LostAccessKeys lostKeys;
  @Inject KeyRequestThrottle keyRequests;
  @Inject PublishedAnswerOfPetition publishedAnswers;
  @Inject PublicQuotas quotas;
  @Inject ProofOfWork proofOfWork;
  @Context HttpServletRequest request;
  @Context UriInfo uri;
  @PersistenceContext EntityManager em;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "File a petition (JSON)")
  public Response file(
      InputStream body,
      @HeaderParam("Content-Type") MediaType type,
      @HeaderParam(ProofOfWork.HEADER) String proof)
      throws IOException {
    requireUtf8(type);
    var json = JsonBodies.parseObject(JsonBodies.readAtMost(body, limits.maxJsonBytes()), "body");
    var form = PetitionFormReader.read(json, caller.locale());
    Actor officer = keyingOfficer();
    proofOfWork.requireUnlessSignedIn(proof);
    spendPublicQuota(officer, form);
    return created(intake.file(form, List.of(), officer));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "File a petition with attachments (multipart: petition + attachments)")
  public Response fileWithAttachments(
      List<EntityPart> parts, @HeaderParam(ProofOfWork.HEADER) String proof) throws IOException {
    var read = AttachmentParts.read(parts, limits);
    var form = PetitionFormReader.read(read.petition(), caller.locale());
    Actor officer = keyingOfficer();
    proofOfWork.requireUnlessSignedIn(proof);
    spendPublicQuota(officer, form);
    return created(intake.file(form, read.files(), officer));
  }

  @GET
  @Path("{trackingCode}")
  @Operation(summary = "Follow a petition with its tracking code and access key")
  public Response follow(
      @PathParam("trackingCode") String trackingCode,
      @HeaderParam(ACCESS_KEY_HEADER) String headerKey,
      @QueryParam("accessKey") String queryKey) {
    String key = headerKey != null ? headerKey : queryKey;
    var petition =
        lookup
            .forSender(trackingCode, key)
            .orElseThrow(() -> new ProblemException(404, "petition-not-found"));
    return Response.ok(view(petition)).cacheControl(privateNoStore()).build();
  }

  /** Filings by the public count against its quotas; officers' and token clients' do not. */
  private void spendPublicQuota(Actor officer, PetitionForm form) {
    if (officer == null) {
      quotas.spend(request.getRemoteAddr(), form.sender().phone(), form.sender().email());
    }
  }

  /** The receiving officer keying in a petition, when one is signed in. */
  private Actor keyingOfficer() {
    return officer.find().isPresent() ? officer.actor() : null;
  }

  @POST
  @Path("{trackingCode}/information")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The sender answers a request for more information: {\"text\"}")
  public Response provideInformation(
      @PathParam("trackingCode") String trackingCode,
      @HeaderParam(ACCESS_KEY_HEADER) String key,
      @HeaderParam(ProofOfWork.HEADER) String proof,
      InputStream body)
      throws IOException {
    var json = JsonBodies.parseObject(JsonBodies.readAtMost(body, limits.maxJsonBytes()), "body");
    String text = new JsonFields(json).requiredText("text", 20_000);
    proofOfWork.requireUnlessSignedIn(proof);
    var petition = workflow.provideInformation(trackingCode, key, text, List.of());
    return Response.ok(view(petition)).cacheControl(privateNoStore()).build();
  }

  @POST
  @Path("{trackingCode}/information")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "The sender answers a request for more information with files (multipart: information"
              + " {\"text\"} + attachments)")
  public Response provideInformationWithAttachments(
      @PathParam("trackingCode") String trackingCode,
      @HeaderParam(ACCESS_KEY_HEADER) String key,
      @HeaderParam(ProofOfWork.HEADER) String proof,
      List<EntityPart> parts)
      throws IOException {
    var read = AttachmentParts.read(parts, limits, INFORMATION_PART);
    String text = new JsonFields(read.petition()).requiredText("text", 20_000);
    proofOfWork.requireUnlessSignedIn(proof);
    var petition = workflow.provideInformation(trackingCode, key, text, read.files());
    return Response.ok(view(petition)).cacheControl(privateNoStore()).build();
  }

  @POST
  @Path("{trackingCode}/access-key")
  @Operation(
      summary =
          "A sender who lost the access key asks for a new one, sent to the petition's email; the"
              + " answer is the same whether or not the code exists")
  public Response requestAccessKey(
      @PathParam("trackingCode") String trackingCode,
      @HeaderParam(ProofOfWork.HEADER) String proof,
      @Context HttpServletRequest request) {
    proofOfWork.requireUnlessSignedIn(proof);
    keyRequests.attempt(request.getRemoteAddr(), trackingCode);
    lostKeys.request(trackingCode);
    return Response.accepted().cacheControl(privateNoStore()).build();
  }

  @POST
  @Path("{trackingCode}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The sender rates the answer: {\"satisfied\": true|false}")
  public Response rate(
      @PathParam("trackingCode") String trackingCode,
      @HeaderParam(ACCESS_KEY_HEADER) String key,
      InputStream body)
      throws IOException {
    var json = JsonBodies.parseObject(JsonBodies.readAtMost(body, 4096), "body");
    boolean satisfied = new JsonFields(json).bool("satisfied");
    var petition =
        workflow.rate(
            trackingCode, key, satisfied ? Satisfaction.SATISFIED : Satisfaction.UNSATISFIED);
    return Response.ok(view(petition)).cacheControl(privateNoStore()).build();
  }

  private PetitionView view(Petition petition) {
    RejectionReason reason =
        petition.rejectionReason() == null
            ? null
            : em.find(RejectionReason.class, petition.rejectionReason());
    String explanation = dueExplanation.of(petition.id(), caller.locale()).orElse(null);
    Long publishedAnswer = publishedAnswers.of(petition.id()).orElse(null);
    return PetitionView.of(
        petition,
        caller.messages(),
        reason == null ? null : withNote(reason.name(caller.locale()), rejectionNote(petition)),
        reason == null ? null : reason.legalBasis(),
        explanation,
        publishedAnswer);
  }

  /** What the officer wrote when rejecting, which the sender is owed with the reason (Art. 9). */
  private static String rejectionNote(Petition petition) {
    return petition.trail().stream()
        .filter(e -> e.type() == EventType.REJECTED)
        .reduce((first, second) -> second)
        .map(PetitionEvent::note)
        .orElse(null);
  }

  private static String withNote(String reason, String note) {
    return note == null || note.isBlank() ? reason : reason + "\n" + note;
  }

  private Response created(PetitionIntake.Receipt receipt) {
    var location = uri.getBaseUriBuilder().path("petitions").path(receipt.trackingCode()).build();
    return Response.created(location)
        .entity(ReceiptView.of(receipt, caller.messages()))
        .cacheControl(privateNoStore())
        .build();
  }

  private static void requireUtf8(MediaType type) {
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
      throw new ProblemException(415, "charset", charset);
    }
  }

  private static CacheControl privateNoStore() {
    var cc = new CacheControl();
    cc.setNoStore(true);
    cc.setPrivate(true);
    return cc;
  }
}
