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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.platform.control.ProblemException;

/**
 * A petition (phản ánh, kiến nghị) on an administrative regulation: the aggregate root. Its status
 * changes only through its own methods, each of which appends an audit event.
 */
@Entity
@Table(name = "petition")
@NamedQuery(
    name = Petition.BY_TRACKING_CODE,
    query = "select p from Petition p where p.trackingCode = :code")
public class Petition {

  public static final String BY_TRACKING_CODE = "Petition.byTrackingCode";
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
  @Column(nullable = false, length = 24)
  private PetitionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "sub_kind", length = 24)
  private PetitionSubKind subKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(name = "field_code", nullable = false, length = 32)
  private String fieldCode;

  @Column(name = "procedure_text", length = 500)
  private String procedure;

  @Column(name = "procedure_code", length = 64)
  private String procedureCode;

  @Column(name = "legal_document", length = 100)
  private String legalDocument;

  @Column(nullable = false, length = 250)
  private String title;

  @Column(nullable = false, length = 20000)
  private String content;

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

  protected Petition() {}

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
      OffsetDateTime due,
      OffsetDateTime now) {
    var p = new Petition();
    p.kind = what.kind();
    p.subKind = what.subKind();
    p.fieldCode = what.fieldCode();
    p.procedure = what.procedure();
    p.procedureCode = what.procedureCode();
    p.legalDocument = what.legalDocument();
    p.title = what.title();
    p.content = what.content();
    p.sender = sender;
    p.publishName = publishName;
    p.channel = channel;
    p.language = language;
    p.accessKeyHash = accessKeyHash;
    p.receivedAt = now;
    p.status = PetitionStatus.RECEIVED;
    p.statusChangedAt = now;
    p.agencyId = receivingAgencyId;
    p.dueAt = due;
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
    check(Action.CLASSIFY, actor);
    this.kind = kind;
    this.subKind = subKind;
    this.fieldCode = fieldCode;
    this.withinCompetence = withinCompetence;
    record(
        actor,
        EventType.CLASSIFIED,
        status,
        false,
        note,
        null,
        "Nghị định 20/2008/NĐ-CP, Điều 9",
        now);
  }

  /** Not accepted, with a reason from the catalogue the sender is told (Art. 7, 9). */
  public void reject(Actor actor, String reasonCode, String note, OffsetDateTime now) {
    check(Action.REJECT, actor);
    this.rejectionReason = reasonCode;
    this.dueAt = null;
    record(
        actor,
        EventType.REJECTED,
        PetitionStatus.REJECTED,
        true,
        note,
        reasonCode,
        "Nghị định 20/2008/NĐ-CP, Điều 7, Điều 9",
        now);
  }

  /** Accepted for handling within the agency's competence; the answer is due by {@code due}. */
  public void accept(Actor actor, String note, OffsetDateTime due, OffsetDateTime now) {
    check(Action.ACCEPT, actor);
    if (!Boolean.TRUE.equals(withinCompetence)) {
      throw new ProblemException(409, "not-classified-within-competence");
    }
    this.dueAt = due;
    record(
        actor,
        EventType.ACCEPTED,
        PetitionStatus.ACCEPTED,
        true,
        note,
        null,
        "Nghị định 20/2008/NĐ-CP, Điều 9",
        now);
  }

  /**
   * Sends the petition on to the competent agency (Art. 9: out-of-competence petitions within 5
   * working days). The chain may not return to an agency that already held it.
   */
  public void transferTo(
      Long toAgencyId, Actor actor, String reason, OffsetDateTime due, OffsetDateTime now) {
    check(Action.TRANSFER, actor);
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
    this.dueAt = due;
    hops.add(new PetitionHop(this, hops.size() + 1, toAgencyId, now, reason));
    record(
        actor,
        EventType.TRANSFERRED,
        PetitionStatus.TRANSFERRED,
        true,
        reason,
        null,
        "Nghị định 20/2008/NĐ-CP, Điều 9",
        now);
  }

  /** Gives the petition to a handling officer of the agency (or to another one). */
  public void assignTo(Long handlerId, Actor actor, OffsetDateTime now) {
    check(Action.ASSIGN, actor);
    this.assigneeId = handlerId;
    PetitionStatus to = status == PetitionStatus.ACCEPTED ? PetitionStatus.ASSIGNED : status;
    record(actor, EventType.ASSIGNED, to, false, null, null, null, now);
  }

  /** The handling officer takes the petition up. */
  public void start(Actor actor, OffsetDateTime now) {
    check(Action.START, actor);
    record(actor, EventType.STARTED, PetitionStatus.IN_PROGRESS, true, null, null, null, now);
  }

  /** The handling officer asks the leader for more time, with a reason. */
  public void requestExtension(Actor actor, int workingDays, String reason, OffsetDateTime now) {
    check(Action.REQUEST_EXTENSION, actor);
    requireText(reason, "reason");
    if (extensionRequested) {
      throw new ProblemException(409, "extension-already-requested");
    }
    this.extensionRequested = true;
    this.extensionDays = workingDays;
    this.extensionReason = reason;
    record(actor, EventType.EXTENSION_REQUESTED, status, false, reason, null, null, now);
  }

  /** The leader grants the requested extension; the answer is now due by {@code due}. */
  public void approveExtension(Actor actor, OffsetDateTime due, OffsetDateTime now) {
    check(Action.APPROVE_EXTENSION, actor);
    if (!extensionRequested) {
      throw new ProblemException(409, "no-extension-requested");
    }
    this.extensionRequested = false;
    this.dueAt = due;
    record(
        actor, EventType.EXTENDED, PetitionStatus.EXTENDED, true, extensionReason, null, null, now);
  }

  /** Asks the sender for more information; the question is shown to the sender. */
  public void requestInformation(Actor actor, String question, OffsetDateTime now) {
    check(Action.REQUEST_INFORMATION, actor);
    requireText(question, "question");
    record(
        actor,
        EventType.INFORMATION_REQUESTED,
        PetitionStatus.INFORMATION_REQUESTED,
        true,
        question,
        null,
        null,
        now);
  }

  /** The sender answers a request for information, possibly with files kept with the petition. */
  public void provideInformation(String text, List<AttachmentFile> files, OffsetDateTime now) {
    requireStatus(PetitionStatus.INFORMATION_REQUESTED);
    requireText(text, "text");
    for (AttachmentFile file : files) {
      attachments.add(new Attachment(this, attachments.size() + 1, file));
    }
    record(
        null,
        EventType.INFORMATION_PROVIDED,
        PetitionStatus.IN_PROGRESS,
        true,
        text,
        null,
        null,
        now);
  }

  /** The handling officer drafts the answer (Art. 14). */
  public void draftAnswer(Actor actor, String text, OffsetDateTime now) {
    check(Action.DRAFT_ANSWER, actor);
    requireText(text, "text");
    this.answer = text;
    this.answerDraftedBy = actor.officerId();
    record(
        actor,
        EventType.ANSWER_DRAFTED,
        PetitionStatus.ANSWER_DRAFTED,
        false,
        null,
        null,
        null,
        now);
  }

  /** A leader other than the drafter approves the answer. */
  public void approveAnswer(Actor actor, String note, OffsetDateTime now) {
    check(Action.APPROVE_ANSWER, actor);
    if (actor.officerId().equals(answerDraftedBy)) {
      throw new ProblemException(403, "self-approval");
    }
    record(actor, EventType.ANSWER_APPROVED, PetitionStatus.APPROVED, false, note, null, null, now);
  }

  /** The leader returns the draft with comments. */
  public void returnAnswer(Actor actor, String comments, OffsetDateTime now) {
    check(Action.RETURN_ANSWER, actor);
    requireText(comments, "comments");
    record(
        actor,
        EventType.ANSWER_RETURNED,
        PetitionStatus.IN_PROGRESS,
        false,
        comments,
        null,
        null,
        now);
  }

  /** The approved answer goes to the sender. */
  public void sendAnswer(Actor actor, OffsetDateTime now) {
    check(Action.SEND_ANSWER, actor);
    this.answeredAt = now;
    record(
        actor,
        EventType.ANSWERED,
        PetitionStatus.ANSWERED,
        true,
        null,
        null,
        "Nghị định 20/2008/NĐ-CP, Điều 14, Điều 15",
        now);
  }

  public void close(Actor actor, OffsetDateTime now) {
    check(Action.CLOSE, actor);
    record(actor, EventType.CLOSED, PetitionStatus.CLOSED, true, null, null, null, now);
  }

  /** The last event, for observers of a step. */
  public PetitionEvent lastEvent() {
    return events.get(events.size() - 1);
  }

  /** The sender disputes the answer: the leader reopens it for handling again. */
  public void reopen(Actor actor, String reason, OffsetDateTime due, OffsetDateTime now) {
    check(Action.REOPEN, actor);
    requireText(reason, "reason");
    this.answeredAt = null;
    this.dueAt = due;
    record(actor, EventType.REOPENED, PetitionStatus.IN_PROGRESS, true, reason, null, null, now);
  }

  /** The sender says whether the answer satisfied them (Decision 766/QĐ-TTg satisfaction rate). */
  public void rate(Satisfaction satisfaction, OffsetDateTime now) {
    requireStatus(PetitionStatus.ANSWERED, PetitionStatus.PUBLISHED, PetitionStatus.CLOSED);
    this.satisfaction = satisfaction;
    record(null, EventType.RATED, status, true, null, satisfaction.name(), null, now);
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

  private void check(Action action, Actor actor) {
    action
        .refusal(this, actor)
        .ifPresent(
            key -> {
              throw "wrong-status".equals(key)
                  ? new ProblemException(409, key, status.name())
                  : new ProblemException(403, key);
            });
  }

  private void requireStatus(PetitionStatus... allowed) {
    for (PetitionStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new ProblemException(409, "wrong-status", status.name());
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
    if (to != from && !from.canMoveTo(to)) {
      throw new IllegalStateException("no transition " + from + " → " + to);
    }
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
    var code = new TrackingCode(receivedAt.atZoneSameInstant(VIETNAM).getYear(), id);
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

  public PetitionKind kind() {
    return kind;
  }

  public PetitionSubKind subKind() {
    return subKind;
  }

  public Channel channel() {
    return channel;
  }

  public String fieldCode() {
    return fieldCode;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  public String procedure() {
    return procedure;
  }

  public String procedureCode() {
    return procedureCode;
  }

  public String legalDocument() {
    return legalDocument;
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
