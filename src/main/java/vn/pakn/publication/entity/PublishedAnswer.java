package vn.pakn.publication.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.pakn.platform.control.ProblemException;

/**
 * The public copy of an answer (Decree 20/2008/NĐ-CP Art. 19): only redacted text, the agency, the
 * field, the kind of content and, with the sender's explicit opt-in only, the sender's name. It is
 * published, changed and withdrawn through its own methods; each is a {@link PublicationChange}.
 */
@Entity
@Table(name = "public_answer")
@NamedQuery(
    name = PublishedAnswer.BY_PETITION,
    query = "select a from PublishedAnswer a where a.petitionId = :petition")
public class PublishedAnswer {

  public static final String BY_PETITION = "PublishedAnswer.byPetition";

  @Id
  @SequenceGenerator(
      name = "public_answer_seq",
      sequenceName = "public_answer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_answer_seq")
  private Long id;

  @Version private long version;

  @Column(name = "petition_id", unique = true)
  private Long petitionId;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(name = "field_code", nullable = false, length = 32)
  private String fieldCode;

  @Column(nullable = false, length = 24)
  private String kind;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 20000)
  private String question;

  @Column(nullable = false, length = 20000)
  private String answer;

  @Column(name = "sender_name", length = 200)
  private String senderName;

  @Column(nullable = false)
  private boolean published;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "published_by", nullable = false, length = 64)
  private String publishedBy;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawn_by", length = 64)
  private String withdrawnBy;

  @Column(name = "withdrawal_reason", length = 2000)
  private String withdrawalReason;

  @ElementCollection
  @CollectionTable(name = "public_answer_petition", joinColumns = @JoinColumn(name = "answer_id"))
  @Column(name = "petition_id")
  private Set<Long> alsoAnswers = new LinkedHashSet<>();

  protected PublishedAnswer() {}

  /** A new public copy; {@code text} holds only what the redaction left. */
  public static PublishedAnswer publish(
      Long petitionId,
      Long agencyId,
      String fieldCode,
      String kind,
      PublicText text,
      String senderName,
      String by,
      OffsetDateTime now) {
    var a = new PublishedAnswer();
    a.petitionId = petitionId;
    a.agencyId = agencyId;
    a.fieldCode = fieldCode;
    a.kind = kind;
    a.republish(text, senderName, by, now);
    return a;
  }

  /** Publishes again (after a withdrawal) or replaces the published text; the id stays. */
  public void republish(PublicText text, String senderName, String by, OffsetDateTime now) {
    this.title = text.title();
    this.question = text.question();
    this.answer = text.answer();
    this.senderName = senderName;
    this.published = true;
    this.publishedAt = now;
    this.publishedBy = by;
    this.withdrawnAt = null;
    this.withdrawnBy = null;
    this.withdrawalReason = null;
  }

  /** Takes the answer off the public pages and out of search, with a reason. */
  public void withdraw(String reason, String by, OffsetDateTime now) {
    if (!published) {
      throw new ProblemException(409, "answer-not-published");
    }
    this.published = false;
    this.withdrawnAt = now;
    this.withdrawnBy = by;
    this.withdrawalReason = reason;
  }

  /** Other petitions this (consolidated) answer also answers. */
  public void alsoAnswers(Set<Long> petitionIds) {
    alsoAnswers.clear();
    alsoAnswers.addAll(petitionIds);
    if (petitionId != null) {
      alsoAnswers.remove(petitionId);
    }
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Long petitionId() {
    return petitionId;
  }

  public Long agencyId() {
    return agencyId;
  }

  public String fieldCode() {
    return fieldCode;
  }

  public String kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String question() {
    return question;
  }

  public String answer() {
    return answer;
  }

  public String senderName() {
    return senderName;
  }

  public boolean published() {
    return published;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public OffsetDateTime withdrawnAt() {
    return withdrawnAt;
  }

  public String withdrawnBy() {
    return withdrawnBy;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  public Set<Long> alsoAnswered() {
    return Set.copyOf(alsoAnswers);
  }
}
