package vn.pakn.petitions.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.officers.entity.Actor;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.VietnamTime;

/**
 * A petition (phản ánh, kiến nghị) on an administrative regulation: the aggregate root. Its status
 * changes only through its own methods, each of which appends an audit event.
 */
@Entity
@Table(name = "petition")
@NamedQuery(
    name = Petition.BY_TRACKING_CODE,
    query = "select p from Petition p where p.trackingCode = :code")
@NamedQuery(
    name = Petition.BY_CITIZEN,
    query = "select p from Petition p where p.citizenSubject = :subject order by p.receivedAt desc")
public class Petition {

  public static final String BY_TRACKING_CODE = "Petition.byTrackingCode";

  /** The petitions a citizen filed signed in, newest first. */
  public static final String BY_CITIZEN = "Petition.byCitizen";

  @Id
  @SequenceGenerator(name = "petition_seq", sequenceName = "petition_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_seq")
  private Long id;

  @Version private long version;

  @Column(name = "tracking_code", nullable = false, unique = true, length = 32)
  private String trackingCode;

  @Column(name = "access_key_hash", nullable = false, length = 64)
  private String accessKeyHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private PetitionStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Embedded private PetitionContent what;

  @Embedded private Sender sender;

  @Column(name = "publish_name", nullable = false)
  private boolean publishName;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(name = "within_competence")
  private Boolean withinCompetence;

  @Column(name = "rejection_reason", length = 32)
  private String rejectionReason;

  @Column(length = 20000)
  private String answer;

  @Column(name = "answer_drafted_by")
  private Long answerDraftedBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "due_at")
  private OffsetDateTime dueAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Satisfaction satisfaction;

  @Column(name = "extension_requested", nullable = false)
  private boolean extensionRequested;

  @Column(name = "extension_days")
  private Integer extensionDays;

  @Column(name = "extension_reason", length = 2000)
  private String extensionReason;

  @Column(name = "status_changed_at", nullable = false)
  private OffsetDateTime statusChangedAt;

  @OneToMany(mappedBy = "petition", cascade = CascadeType.PERSIST)
  @OrderBy("at, id")
  private List<PetitionEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "petition", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<PetitionHop> hops = new ArrayList<>();

  @OneToMany(mappedBy = "petition", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Attachment> attachments = new ArrayList<>();

  /** Who filed it, signed in at the citizens' provider: issuer and subject; null otherwise. */
  @Column(name = "citizen_subject", length = 300)
  private String citizenSubject;

  /** The sender's details that provider verified ({@code name,email,phone}); null if none. */
  @Column(name = "verified_claims", length = 64)
  private String verifiedClaims;

  protected Petition() {}

  /**
   * Filed by a citizen signed in at the citizens' provider: {@code subject} names them there, and
   * {@code verified} are the sender's details the provider vouched for.
   */
  public void filedSignedIn(String subject, java.util.Collection<String> verified) {
    this.citizenSubject = subject;
    this.verifiedClaims = verified.isEmpty() ? null : String.join(",", verified);
  }

  /**
   * The sender's details the citizens' provider verified: {@code name}, {@code email}, {@code
   * phone}.
   */
  public List<String> verifiedClaims() {
    return verifiedClaims == null ? List.of() : List.of(verifiedClaims.split(","));
  }

  /**
   * A petition as its sender filed it, in status RECEIVED (Decree 20 Art. 9: receive, register),
   * held by the receiving agency. {@code keyedInBy} is the receiving officer who registered a
   * petition that arrived by letter, phone, email or at a desk; null for the web.
   */
  public static Petition receive(
      PetitionContent what,
      Sender sender,
      boolean publishName,
      Channel channel,
      String language,
      String accessKeyHash,
      List<AttachmentFile> files,
      Long receivingAgencyId,
      Actor keyedInBy,
      OffsetDateTime now) {
    var p = new Petition();
    p.what = what;
    p.sender = sender;
    p.publishName = publishName;
    p.channel = channel;
    p.language = language;
    p.accessKeyHash = accessKeyHash;
    p.receivedAt = now;
    p.status = PetitionStatus.RECEIVED;
    p.statusChangedAt = now;
    p.agencyId = receivingAgencyId;
    if (receivingAgencyId != null) {
      p.hops.add(new PetitionHop(p, 1, receivingAgencyId, now, null));
    }
    for (AttachmentFile file : files) {
      p.attachments.add(new Attachment(p, p.attachments.size() + 1, file));
    }
    p.events.add(
        new PetitionEvent(
            p,
            now,
            EventType.RECEIVED,
            null,
            PetitionStatus.RECEIVED,
            keyedInBy == null ? null : keyedInBy.username(),
            keyedInBy == null ? receivingAgencyId : keyedInBy.agencyId(),
            true,
            null,
            null,
            "Nghị định 20/2008/NĐ-CP, Điều 9"));
    return p;
  }

  // --- the handling workflow (Decree 20/2008/NĐ-CP Art. 9, 14; Decision 31/2021/QĐ-TTg) ---------

  /** Studies and classifies the petition: kind, field, and whether it is within competence. */
  public void classify(
      Actor actor,
      PetitionKind kind,
      PetitionSubKind subKind,
      String fieldCode,
      boolean withinCompetence,
      String note,
      OffsetDateTime now) {
    PetitionStatus to = check(Action.CLASSIFY, actor);
    this.what = what.classifiedAs(kind, subKind, fieldCode);
    this.withinCompetence = withinCompetence;
    record(
        actor, EventType.CLASSIFIED, to, false, note, null, "Nghị định 20/2008/NĐ-CP, Điều 9", now);
  }

  /** Not accepted, with a reason from the catalogue the sender is told (Art. 7, 9). */
  public void reject(Actor actor, String reasonCode, String note, OffsetDateTime now) {
    PetitionStatus to = check(Action.REJECT, actor);
    this.rejectionReason = reasonCode;
    record(
        actor,
        EventType.REJECTED,
        to,
        true,
        note,
        reasonCode,
        "Nghị định 20/2008/NĐ-CP, Điều 7, Điều 9",
        now);
  }

  /** Accepted for handling within the agency's competence; the answer clock starts. */
  public void accept(Actor actor, String note, OffsetDateTime now) {
    PetitionStatus to = check(Action.ACCEPT, actor);
    if (!Boolean.TRUE.equals(withinCompetence)) {
      throw new ProblemException(409, "not-classified-within-competence");
    }
    record(actor, EventType.ACCEPTED, to, true, note, null, "Nghị định 20/2008/NĐ-CP, Điều 9", now);
  }

  /**
   * Sends the petition on to the competent agency (Art. 9: out-of-competence petitions within 5
   * working days). The chain may not return to an agency that already held it.
   */
  public void transferTo(Long toAgencyId, Actor actor, String reason, OffsetDateTime now) {
    PetitionStatus to = check(Action.TRANSFER, actor);
    requireText(reason, "reason");
    if (toAgencyId.equals(agencyId)) {
      throw new ProblemException(409, "transfer-same-agency");
    }
    if (hops.stream().anyMatch(h -> h.agencyId().equals(toAgencyId))) {
      throw new ProblemException(409, "transfer-loop");
    }
    this.agencyId = toAgencyId;
    this.assigneeId = null;
    this.withinCompetence = null;
    this.extensionRequested = false;
    hops.add(new PetitionHop(this, hops.size() + 1, toAgencyId, now, reason));
    record(
        actor,
        EventType.TRANSFERRED,
        to,
        true,
        reason,
        null,
        "Nghị định 20/2008/NĐ-CP, Điều 9",
        now);
  }

  /** Gives the petition to a handling officer of the agency (or to another one). */
  public void assignTo(Long handlerId, Actor actor, OffsetDateTime now) {
    PetitionStatus to = check(Action.ASSIGN, actor);
    this.assigneeId = handlerId;
    record(actor, EventType.ASSIGNED, to, false, null, null, null, now);
  }

  /** The handling officer takes the petition up. */
  public void start(Actor actor, OffsetDateTime now) {
    PetitionStatus to = check(Action.START, actor);
    record(actor, EventType.STARTED, to, true, null, null, null, now);
  }

  /** The handling officer asks the leader for more time, with a reason. */
  public void requestExtension(Actor actor, int workingDays, String reason, OffsetDateTime now) {
    PetitionStatus to = check(Action.REQUEST_EXTENSION, actor);
    requireText(reason, "reason");
    if (extensionRequested) {
      throw new ProblemException(409, "extension-already-requested");
    }
    this.extensionRequested = true;
    this.extensionDays = workingDays;
    this.extensionReason = reason;
    record(actor, EventType.EXTENSION_REQUESTED, to, false, reason, null, null, now);
  }

  /** The leader grants the requested extension; the answer clock gets the days requested. */
  public void approveExtension(Actor actor, OffsetDateTime now) {
    PetitionStatus to = check(Action.APPROVE_EXTENSION, actor);
    if (!extensionRequested) {
      throw new ProblemException(409, "no-extension-requested");
    }
    this.extensionRequested = false;
    record(actor, EventType.EXTENDED, to, true, extensionReason, null, null, now);
  }

  /** Asks the sender for more information; the question is shown to the sender. */
  public void requestInformation(Actor actor, String question, OffsetDateTime now) {
    PetitionStatus to = check(Action.REQUEST_INFORMATION, actor);
    requireText(question, "question");
    record(actor, EventType.INFORMATION_REQUESTED, to, true, question, null, null, now);
  }

  /** The sender answers a request for information, possibly with files kept with the petition. */
  public void provideInformation(String text, List<AttachmentFile> files, OffsetDateTime now) {
    PetitionStatus to = check(SenderStep.PROVIDE_INFORMATION);
    requireText(text, "text");
    for (AttachmentFile file : files) {
      attachments.add(new Attachment(this, attachments.size() + 1, file));
    }
    record(null, EventType.INFORMATION_PROVIDED, to, true, text, null, null, now);
  }

  /** The handling officer drafts the answer (Art. 14). */
  public void draftAnswer(Actor actor, String text, OffsetDateTime now) {
    PetitionStatus to = check(Action.DRAFT_ANSWER, actor);
    requireText(text, "text");
    this.answer = text;
    this.answerDraftedBy = actor.officerId();
    record(actor, EventType.ANSWER_DRAFTED, to, false, null, null, null, now);
  }

  /** A leader other than the drafter approves the answer. */
  public void approveAnswer(Actor actor, String note, OffsetDateTime now) {
    PetitionStatus to = check(Action.APPROVE_ANSWER, actor);
    if (actor.officerId().equals(answerDraftedBy)) {
      throw new ProblemException(403, "self-approval");
    }
    record(actor, EventType.ANSWER_APPROVED, to, false, note, null, null, now);
  }

  /** The leader returns the draft with comments. */
  public void returnAnswer(Actor actor, String comments, OffsetDateTime now) {
    PetitionStatus to = check(Action.RETURN_ANSWER, actor);
    requireText(comments, "comments");
    record(actor, EventType.ANSWER_RETURNED, to, false, comments, null, null, now);
  }

  /** The approved answer goes to the sender. */
  public void sendAnswer(Actor actor, OffsetDateTime now) {
    PetitionStatus to = check(Action.SEND_ANSWER, actor);
    this.answeredAt = now;
    record(
        actor,
        EventType.ANSWERED,
        to,
        true,
        null,
        null,
        "Nghị định 20/2008/NĐ-CP, Điều 14, Điều 15",
        now);
  }

  public void close(Actor actor, OffsetDateTime now) {
    PetitionStatus to = check(Action.CLOSE, actor);
    record(actor, EventType.CLOSED, to, true, null, null, null, now);
  }

  /** The last event, for observers of a step. */
  public PetitionEvent lastEvent() {
    return events.get(events.size() - 1);
  }

  /** The sender disputes the answer: the leader reopens it for handling again. */
  public void reopen(Actor actor, String reason, OffsetDateTime now) {
    PetitionStatus to = check(Action.REOPEN, actor);
    requireText(reason, "reason");
    this.answeredAt = null;
    record(actor, EventType.REOPENED, to, true, reason, null, null, now);
  }

  /** The sender says whether the answer satisfied them (Decision 766/QĐ-TTg satisfaction rate). */
  public void rate(Satisfaction satisfaction, OffsetDateTime now) {
    PetitionStatus to = check(SenderStep.RATE);
    this.satisfaction = satisfaction;
    record(null, EventType.RATED, to, true, null, satisfaction.name(), null, now);
  }

  /** The actions {@code actor} may take now, for screens; the methods above remain the judge. */
  public java.util.Set<Action> allowedActions(Actor actor) {
    var allowed = java.util.EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      // accepting needs a classification within competence first: not offered before it, as it
      // could only fail
      boolean canSucceed = action != Action.ACCEPT || Boolean.TRUE.equals(withinCompetence);
      if (canSucceed && action.isOpenTo(this, actor)) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /** Refuses a step {@code actor} may not take now; otherwise the status after it. */
  private PetitionStatus check(Action action, Actor actor) {
    action
        .refusal(this, actor)
        .ifPresent(
            key -> {
              throw "wrong-status".equals(key)
                  ? new ProblemException(409, key, status.name())
                  : new ProblemException(403, key);
            });
    return action.after(status);
  }

  private PetitionStatus check(SenderStep step) {
    if (!step.from().contains(status)) {
      throw new ProblemException(409, "wrong-status", status.name());
    }
    return step.after(status);
  }

  private static void requireText(String text, String field) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalid(new vn.pakn.platform.control.Violation(field, "required"));
    }
  }

  private void record(
      Actor actor,
      EventType type,
      PetitionStatus to,
      boolean publicEvent,
      String note,
      String reasonCode,
      String legalBasis,
      OffsetDateTime now) {
    PetitionStatus from = status;
    if (to != from) {
      this.status = to;
      this.statusChangedAt = now;
    }
    events.add(
        new PetitionEvent(
            this,
            now,
            type,
            from,
            to,
            actor == null ? null : actor.username(),
            actor == null ? null : actor.agencyId(),
            publicEvent,
            note,
            reasonCode,
            legalBasis));
  }

  /**
   * Gives the petition its tracking code once the database has numbered it. The year is the year of
   * receipt in Vietnam.
   */
  public TrackingCode assignTrackingCode() {
    if (id == null) {
      throw new IllegalStateException("a petition is numbered when it is persisted");
    }
    var code = new TrackingCode(receivedAt.atZoneSameInstant(VietnamTime.ZONE).getYear(), id);
    this.trackingCode = code.toString();
    return code;
  }

  /**
   * A new access key for a sender who lost theirs: only its hash is kept, and the old key stops
   * opening the petition at once.
   */
  public void replaceAccessKey(String newAccessKeyHash) {
    this.accessKeyHash = newAccessKeyHash;
  }

  public boolean opensWith(String typedAccessKey) {
    return AccessKey.matches(typedAccessKey, accessKeyHash);
  }

  public List<PetitionEvent> trail() {
    return List.copyOf(events);
  }

  public List<PetitionHop> hops() {
    return List.copyOf(hops);
  }

  public List<PetitionEvent> publicTimeline() {
    return events.stream().filter(PetitionEvent::isPublic).toList();
  }

  public Long id() {
    return id;
  }

  public String trackingCode() {
    return trackingCode;
  }

  public PetitionStatus status() {
    return status;
  }

  public PetitionContent what() {
    return what;
  }

  public PetitionKind kind() {
    return what.kind();
  }

  public PetitionSubKind subKind() {
    return what.subKind();
  }

  public Channel channel() {
    return channel;
  }

  public String fieldCode() {
    return what.fieldCode();
  }

  public String title() {
    return what.title();
  }

  public String content() {
    return what.content();
  }

  public String procedure() {
    return what.procedure();
  }

  public String procedureCode() {
    return what.procedureCode();
  }

  public String legalDocument() {
    return what.legalDocument();
  }

  public Sender sender() {
    return sender;
  }

  public boolean publishName() {
    return publishName;
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  public List<Attachment> attachments() {
    return List.copyOf(attachments);
  }

  public long version() {
    return version;
  }

  public Long agencyId() {
    return agencyId;
  }

  public Long assigneeId() {
    return assigneeId;
  }

  public Boolean withinCompetence() {
    return withinCompetence;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public String answer() {
    return answer;
  }

  public OffsetDateTime answeredAt() {
    return answeredAt;
  }

  /**
   * The petition is due when the first of its running stage clocks is: set by the stage clocks only
   * (vn.pakn.deadlines), after each step; {@code null} once rejected.
   */
  public void followClocks(OffsetDateTime earliestRunningDue) {
    this.dueAt = earliestRunningDue;
  }

  public OffsetDateTime dueAt() {
    return dueAt;
  }

  public Satisfaction satisfaction() {
    return satisfaction;
  }

  public boolean extensionRequested() {
    return extensionRequested;
  }

  public Integer extensionDays() {
    return extensionDays;
  }

  public String language() {
    return language;
  }
}
