package vn.pakn.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A time a clock stood still, e.g. while the sender was asked for information. */
@Entity
@Table(name = "stage_clock_pause")
public class ClockPause {

  @Id
  @SequenceGenerator(
      name = "stage_clock_pause_seq",
      sequenceName = "stage_clock_pause_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_clock_pause_seq")
  private Long id;

  @Column(name = "clock_id", nullable = false, updatable = false)
  private Long clockId;

  @Column(name = "paused_at", nullable = false, updatable = false)
  private OffsetDateTime pausedAt;

  @Column(name = "resumed_at")
  private OffsetDateTime resumedAt;

  @Column(nullable = false, updatable = false, length = 2000)
  private String reason;

  @Column(name = "working_days")
  private Integer workingDays;

  protected ClockPause() {}

  public ClockPause(Long clockId, OffsetDateTime pausedAt, String reason) {
    this.clockId = clockId;
    this.pausedAt = pausedAt;
    this.reason = reason;
  }

  public void resumed(OffsetDateTime at, int workingDays) {
    this.resumedAt = at;
    this.workingDays = workingDays;
  }

  public Long clockId() {
    return clockId;
  }

  public OffsetDateTime pausedAt() {
    return pausedAt;
  }

  public OffsetDateTime resumedAt() {
    return resumedAt;
  }

  public String reason() {
    return reason;
  }

  public Integer workingDays() {
    return workingDays;
  }
}
