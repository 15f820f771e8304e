package vn.pakn.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The clock of one stage of a petition at one agency of its transfer chain: started, due, paused
 * and resumed, extended, finished. Its due and alert thresholds are derived from {@code startedAt}
 * and {@link #totalWorkingDays()} by the working calendar; the clock only stores them.
 */
@Entity
@Table(name = "stage_clock")
@NamedQuery(
    name = StageClock.OF_PETITION,
    query = "select c from StageClock c where c.petitionId = :petition order by c.startedAt, c.id")
@NamedQuery(
    name = StageClock.OPEN_OF_PETITION,
    query =
        "select c from StageClock c where c.petitionId = :petition and c.finishedAt is null"
            + " order by c.startedAt, c.id")
public class StageClock {

  public static final String OF_PETITION = "StageClock.ofPetition";
  public static final String OPEN_OF_PETITION = "StageClock.openOfPetition";

  /** How a finished clock compares with its due. */
  public enum Outcome {
    /** Finished before its last working day began. */
    EARLY,
    /** Finished on its last working day, before 24:00. */
    ON_TIME,
    /** Finished at or after the due instant. */
    LATE
  }

  @Id
  @SequenceGenerator(
      name = "stage_clock_seq",
      sequenceName = "stage_clock_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_clock_seq")
  private Long id;

  @Column(name = "petition_id", nullable = false, updatable = false)
  private Long petitionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Stage stage;

  @Column(name = "agency_id", updatable = false)
  private Long agencyId;

  @Column(name = "hop_position", updatable = false)
  private Integer hopPosition;

  @Column(name = "policy_id", nullable = false)
  private Long policyId;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(name = "extension_days", nullable = false)
  private int extensionDays;

  @Column(name = "paused_days", nullable = false)
  private int pausedDays;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "half_at", nullable = false)
  private OffsetDateTime halfAt;

  @Column(name = "eighty_at", nullable = false)
  private OffsetDateTime eightyAt;

  @Column(name = "last_day_at", nullable = false)
  private OffsetDateTime lastDayAt;

  @Column(name = "due_at", nullable = false)
  private OffsetDateTime dueAt;

  @Column(name = "paused_at")
  private OffsetDateTime pausedAt;

  @Column(name = "pause_reason", length = 2000)
  private String pauseReason;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "alert_level", nullable = false)
  private int alertLevel;

  @Column(name = "next_alert_at")
  private OffsetDateTime nextAlertAt;

  protected StageClock() {}

  public StageClock(
      Long petitionId,
      Stage stage,
      Long agencyId,
      Integer hopPosition,
      DeadlinePolicy policy,
      OffsetDateTime startedAt,
      ClockSchedule schedule) {
    this.petitionId = petitionId;
    this.stage = stage;
    this.agencyId = agencyId;
    this.hopPosition = hopPosition;
    this.policyId = policy.id();
    this.workingDays = policy.workingDays();
    this.startedAt = startedAt;
    this.alertLevel = AlertLevel.NONE.code();
    reschedule(schedule);
  }

  /** Working days counted from the start: the policy's, the extensions and the paused days. */
  public int totalWorkingDays() {
    return workingDays + extensionDays + pausedDays;
  }

  /**
   * Takes new instants (a longer period, or the same period on a changed calendar); the alerts
   * already sent stay sent.
   */
  public void reschedule(ClockSchedule schedule) {
    this.halfAt = utc(schedule.half());
    this.eightyAt = utc(schedule.eighty());
    this.lastDayAt = utc(schedule.lastDay());
    this.dueAt = utc(schedule.due());
    this.nextAlertAt = isRunning() ? utc(schedule.nextAfter(alertLevel())) : null;
  }

  /** Another policy version now governs the clock (one that took effect on or before its start). */
  public void governedBy(DeadlinePolicy policy) {
    this.policyId = policy.id();
    this.workingDays = policy.workingDays();
  }

  public void extend(int days) {
    if (days <= 0) {
      throw new IllegalArgumentException("an extension adds working days: " + days);
    }
    this.extensionDays += days;
  }

  /** Stops the clock: no alerts while paused. */
  public void pause(OffsetDateTime at, String reason) {
    if (!isRunning()) {
      throw new IllegalStateException("clock " + id + " is not running");
    }
    this.pausedAt = at;
    this.pauseReason = reason;
    this.nextAlertAt = null;
  }

  /** Runs the clock again, {@code workingDays} later than it would have been due. */
  public void resume(int workingDays) {
    if (pausedAt == null) {
      throw new IllegalStateException("clock " + id + " is not paused");
    }
    this.pausedDays += workingDays;
    this.pausedAt = null;
    this.pauseReason = null;
  }

  public void finish(OffsetDateTime at) {
    this.finishedAt = at;
    this.nextAlertAt = null;
  }

  public boolean isRunning() {
    return finishedAt == null && pausedAt == null;
  }

  public boolean isOpen() {
    return finishedAt == null;
  }

  /** On time, early or late: known once finished. */
  public Outcome outcome() {
    if (finishedAt == null) {
      return null;
    }
    if (!finishedAt.isBefore(dueAt)) {
      return Outcome.LATE;
    }
    return finishedAt.isBefore(lastDayAt) ? Outcome.EARLY : Outcome.ON_TIME;
  }

  public AlertLevel alertLevel() {
    return AlertLevel.of(alertLevel);
  }

  public ClockSchedule schedule() {
    return new ClockSchedule(
        halfAt.toInstant(), eightyAt.toInstant(), lastDayAt.toInstant(), dueAt.toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public Long petitionId() {
    return petitionId;
  }

  public Stage stage() {
    return stage;
  }

  public Long agencyId() {
    return agencyId;
  }

  public Integer hopPosition() {
    return hopPosition;
  }

  public Long policyId() {
    return policyId;
  }

  public int workingDays() {
    return workingDays;
  }

  public int extensionDays() {
    return extensionDays;
  }

  public int pausedDays() {
    return pausedDays;
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime dueAt() {
    return dueAt;
  }

  public OffsetDateTime lastDayAt() {
    return lastDayAt;
  }

  public OffsetDateTime pausedAt() {
    return pausedAt;
  }

  public String pauseReason() {
    return pauseReason;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }
}
