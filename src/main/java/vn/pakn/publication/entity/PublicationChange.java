package vn.pakn.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One step of the publication sequence, and its audit record: who published or withdrew which
 * answer, when, and why. Numbers are consecutive and follow commit order ({@link
 * PublicationCounter}), so search nodes can follow them without missing one.
 */
@Entity
@Table(name = "publication_change")
public class PublicationChange {

  /** What happened to the answer. */
  public enum Type {
    PUBLISHED,
    WITHDRAWN
  }

  @Id private long seq;

  @Column(name = "answer_id", nullable = false)
  private long answerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Type change;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(length = 2000)
  private String reason;

  protected PublicationChange() {}

  public PublicationChange(
      long seq, long answerId, Type change, OffsetDateTime changedAt, String by, String reason) {
    this.seq = seq;
    this.answerId = answerId;
    this.change = change;
    this.changedAt = changedAt;
    this.changedBy = by;
    this.reason = reason;
  }

  public long seq() {
    return seq;
  }

  public long answerId() {
    return answerId;
  }

  public Type change() {
    return change;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public String reason() {
    return reason;
  }
}
