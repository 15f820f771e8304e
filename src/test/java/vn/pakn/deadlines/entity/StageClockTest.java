package vn.pakn.deadlines.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.VietnamTime;

class StageClockTest {

  static OffsetDateTime vn(String local) {
    return LocalDateTime.parse(local).atZone(VietnamTime.ZONE).toOffsetDateTime();
  }

  static Instant at(String local) {
    return vn(local).toInstant();
  }

  /** 10 working days from Mon 02/11/2026 09:00, as ClockArithmetic computes them. */
  static final ClockSchedule TEN_DAYS =
      new ClockSchedule(
          at("2026-11-10T00:00"),
          at("2026-11-13T00:00"),
          at("2026-11-16T00:00"),
          at("2026-11-17T00:00"));

  static StageClock clock() {
    var policy =
        new DeadlinePolicy(
            Stage.ANSWER,
            "ALL",
            10,
            "test",
            LocalDate.of(1900, 1, 1),
            "system",
            vn("2026-01-01T00:00"));
    return new StageClock(1L, Stage.ANSWER, 2L, 1, policy, vn("2026-11-02T09:00"), TEN_DAYS);
  }

  @Test
  void aNewClockRunsTowardsItsFirstThreshold() {
    StageClock clock = clock();
    assertThat(clock.isRunning()).isTrue();
    assertThat(clock.totalWorkingDays()).isEqualTo(10);
    assertThat(clock.alertLevel()).isEqualTo(AlertLevel.NONE);
    assertThat(clock.outcome()).isNull();
    assertThat(clock.schedule()).isEqualTo(TEN_DAYS);
  }

  @Test
  void outcomeAroundTheLastDayAnd2400() {
    StageClock early = clock();
    early.finish(vn("2026-11-13T17:00"));
    assertThat(early.outcome()).isEqualTo(StageClock.Outcome.EARLY);

    StageClock onTime = clock();
    onTime.finish(vn("2026-11-16T23:59:59"));
    assertThat(onTime.outcome()).isEqualTo(StageClock.Outcome.ON_TIME);

    StageClock late = clock();
    late.finish(vn("2026-11-17T00:00"));
    assertThat(late.outcome()).isEqualTo(StageClock.Outcome.LATE);
    assertThat(late.isOpen()).isFalse();
  }

  @Test
  void pauseStopsAlertsAndResumeAddsTheDaysBack() {
    StageClock clock = clock();
    clock.pause(vn("2026-11-04T10:00"), "waiting for the sender");
    assertThat(clock.isRunning()).isFalse();
    assertThat(clock.isOpen()).isTrue();
    assertThatThrownBy(() -> clock.pause(vn("2026-11-05T10:00"), "again"))
        .isInstanceOf(IllegalStateException.class);

    clock.resume(2);
    assertThat(clock.isRunning()).isTrue();
    assertThat(clock.pausedDays()).isEqualTo(2);
    assertThat(clock.totalWorkingDays()).isEqualTo(12);
    assertThatThrownBy(() -> clock.resume(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void extensionsAddUp() {
    StageClock clock = clock();
    clock.extend(5);
    clock.extend(3);
    assertThat(clock.totalWorkingDays()).isEqualTo(18);
    assertThatThrownBy(() -> clock.extend(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.extend(-2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reschedulingTakesTheNewInstants() {
    StageClock clock = clock();
    ClockSchedule later =
        new ClockSchedule(
            at("2026-11-12T00:00"),
            at("2026-11-17T00:00"),
            at("2026-11-20T00:00"),
            at("2026-11-21T00:00"));
    clock.reschedule(later);
    assertThat(clock.dueAt().toInstant()).isEqualTo(later.due());
    assertThat(clock.schedule()).isEqualTo(later);
  }

  @Test
  void aFinishedClockCannotBePaused() {
    StageClock clock = clock();
    clock.finish(vn("2026-11-05T10:00"));
    assertThatThrownBy(() -> clock.pause(vn("2026-11-06T10:00"), "late question"))
        .isInstanceOf(IllegalStateException.class);
  }
}
