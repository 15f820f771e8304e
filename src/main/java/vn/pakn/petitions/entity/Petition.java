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

  @OneToMany(mappedBy = "petition", cascade = CascadeType.PERSIST)
  @OrderBy("at, id")
  private List<PetitionEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "petition", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Attachment> attachments = new ArrayList<>();

  protected Petition() {}

  /**
   * A petition as its sender filed it, in status RECEIVED (Decree 20 Art. 9: receive, register).
   */
  public static Petition receive(
      PetitionContent what,
      Sender sender,
      boolean publishName,
      Channel channel,
      String language,
      String accessKeyHash,
      List<AttachmentFile> files,
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
            null,
            true,
            null,
            "Nghị định 20/2008/NĐ-CP, Điều 9"));
    return p;
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

  public boolean opensWith(String typedAccessKey) {
    return AccessKey.matches(typedAccessKey, accessKeyHash);
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
}
