package vn.pakn.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Why a running clock's due moved: the audit row of every change after its start. */
@Entity
@Table(name = "stage_clock_change")
public class ClockChange {

  public enum Cause {
    /** An extension approved by a leader (note: the reason; actor: the approver). */
    EXTENDED,
    /** Resumed after a pause: the paused working days are added back. */
    RESUMED,
    /** The official calendar changed. */
    CALENDAR_CHANGED,
    /** A new version of the deadline policy took effect on or before the clock's start. */
    POLICY_CHANGED
  }

  @Id
  @SequenceGenerator(
      name = "stage_clock_change_seq",
      sequenceName = "stage_clock_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_clock_change_seq")
  private Long id;

  @Column(name = "clock_id", nullable = false, updatable = false)
  private Long clockId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 24)
  private Cause cause;

  @Column(name = "old_due", nullable = false, updatable = false)
  private OffsetDateTime oldDue;

  @Column(name = "new_due", nullable = false, updatable = false)
  private OffsetDateTime newDue;

  @Column(updatable = false, length = 2000)
  private String note;

  @Column(updatable = false, length = 64)
  private String actor;

  protected ClockChange() {}

  public ClockChange(
      Long clockId,
      OffsetDateTime changedAt,
      Cause cause,
      OffsetDateTime oldDue,
      OffsetDateTime newDue,
      String note,
      String actor) {
    this.clockId = clockId;
    this.changedAt = changedAt;
    this.cause = cause;
    this.oldDue = oldDue;
    this.newDue = newDue;
    this.note = note;
    this.actor = actor;
  }

  public Long clockId() {
    return clockId;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public Cause cause() {
    return cause;
  }

  public OffsetDateTime oldDue() {
    return oldDue;
  }

  public OffsetDateTime newDue() {
    return newDue;
  }

  public String note() {
    return note;
  }

  public String actor() {
    return actor;
  }
}
