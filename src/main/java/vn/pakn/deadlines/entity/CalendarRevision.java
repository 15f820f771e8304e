package vn.pakn.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The audit trail of official calendar data: who changed a year, when, how, and to what. */
@Entity
@Table(name = "calendar_revision")
@NamedQuery(
    name = CalendarRevision.OF_YEAR,
    query = "select r from CalendarRevision r where r.year = :year order by r.revision desc")
public class CalendarRevision {

  public static final String OF_YEAR = "CalendarRevision.ofYear";

  /** How a change arrived. */
  public enum Source {
    PUT,
    CSV,
    ICALENDAR
  }

  @Id
  @SequenceGenerator(
      name = "calendar_revision_seq",
      sequenceName = "calendar_revision_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_revision_seq")
  private Long id;

  @Column(name = "cal_year", nullable = false)
  private int year;

  @Column(nullable = false)
  private int revision;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Source source;

  /** The year's entries after the change, as CSV ({@code date,type,name,legalReference}). */
  @Column(nullable = false, length = 1_000_000)
  private String entries;

  protected CalendarRevision() {}

  public CalendarRevision(
      int year,
      int revision,
      String changedBy,
      OffsetDateTime changedAt,
      Source source,
      String entries) {
    this.year = year;
    this.revision = revision;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.source = source;
    this.entries = entries;
  }

  public int revision() {
    return revision;
  }

  public String changedBy() {
    return changedBy;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public Source source() {
    return source;
  }

  public String entries() {
    return entries;
  }
}
