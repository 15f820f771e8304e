package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pakn.deadlines.entity.AlertLevel;
import vn.pakn.deadlines.entity.ClockSchedule;
import vn.pakn.platform.control.VietnamTime;

class ClockArithmeticTest {

  private static final WorkingCalendar LAW = WorkingCalendar.standard();
  private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(LAW);

  /** A local time in Vietnam. */
  static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
  }

  @Test
  void tenWorkingDaysFromAMondayMorning() {
    // Mon 02/11/2026 09:00: counted 03, 04, 05, 06, 09, 10, 11, 12, 13, 16/11
    ClockSchedule s = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T09:00"), 10);

    assertThat(s.half()).isEqualTo(vn("2026-11-10T00:00")); // 24:00 of the 5th day, Mon 09/11
    assertThat(s.eighty()).isEqualTo(vn("2026-11-13T00:00")); // 24:00 of the 8th, Thu 12/11
    assertThat(s.lastDay()).isEqualTo(vn("2026-11-16T00:00"));
    assertThat(s.due()).isEqualTo(vn("2026-11-17T00:00")); // 24:00 Mon 16/11
  }

  @Test
  void receivedAfterTheCutoffCountsFromTheNextWorkingDay() {
    ClockSchedule s = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T15:01"), 10);
    assertThat(s.due()).isEqualTo(vn("2026-11-18T00:00"));
    ClockSchedule atCutoff = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T15:00"), 10);
    assertThat(atCutoff.due()).isEqualTo(vn("2026-11-17T00:00"));
  }

  @Test
  void theDueIs2400OfTheLastDay() {
    ClockSchedule s = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T09:00"), 10);

    assertThat(s.levelAt(vn("2026-11-16T23:59:59"))).isEqualTo(AlertLevel.LAST_DAY);
    assertThat(s.levelAt(vn("2026-11-17T00:00"))).isEqualTo(AlertLevel.OVERDUE);
    assertThat(s.levelAt(vn("2026-11-15T23:59:59"))).isEqualTo(AlertLevel.EIGHTY_PERCENT);
    assertThat(s.levelAt(vn("2026-11-12T23:59"))).isEqualTo(AlertLevel.HALF);
    assertThat(s.levelAt(vn("2026-11-09T23:59"))).isEqualTo(AlertLevel.NONE);
    assertThat(s.levelAt(vn("2026-11-10T00:00"))).isEqualTo(AlertLevel.HALF);
  }

  @Test
  void thresholdsFollowOneAnotherUpToTheDue() {
    ClockSchedule s = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T09:00"), 10);

    assertThat(s.nextAfter(AlertLevel.NONE)).isEqualTo(s.half());
    assertThat(s.nextAfter(AlertLevel.HALF)).isEqualTo(s.eighty());
    assertThat(s.nextAfter(AlertLevel.EIGHTY_PERCENT)).isEqualTo(s.lastDay());
    assertThat(s.nextAfter(AlertLevel.LAST_DAY)).isEqualTo(s.due());
    assertThat(s.nextAfter(AlertLevel.OVERDUE)).isNull();
  }

  @Test
  void aOneDayClockGoesStraightToItsLastDay() {
    // Mon 09:00, 1 working day: the last day is Tue; half and 80 % fall on the due itself
    ClockSchedule s = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T09:00"), 1);

    assertThat(s.lastDay()).isEqualTo(vn("2026-11-03T00:00"));
    assertThat(s.half()).isEqualTo(s.due());
    assertThat(s.eighty()).isEqualTo(s.due());
    assertThat(s.nextAfter(AlertLevel.NONE)).isEqualTo(s.lastDay());
    assertThat(s.levelAt(vn("2026-11-03T08:00"))).isEqualTo(AlertLevel.LAST_DAY);
  }

  @Test
  void aZeroDayClockIsDueAtTheEndOfItsReceiptDay() {
    ClockSchedule s = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T09:00"), 0);

    assertThat(s.due()).isEqualTo(vn("2026-11-03T00:00"));
    assertThat(s.lastDay()).isEqualTo(vn("2026-11-02T09:00")); // never before the start
  }

  @Test
  void acrossTheYearBoundaryNewYearsDayIsSkipped() {
    // Wed 30/12/2026 10:00, 3 working days: Thu 31/12, (Fri 01/01/2027 off, weekend), Mon 04/01,
    // Tue 05/01
    ClockSchedule s = ClockArithmetic.schedule(CALCULATOR, vn("2026-12-30T10:00"), 3);

    assertThat(s.due()).isEqualTo(vn("2027-01-06T00:00"));
    assertThat(s.lastDay()).isEqualTo(vn("2027-01-05T00:00"));
    assertThat(s.half()).isEqualTo(vn("2027-01-05T00:00")); // ⌈1.5⌉ = 2: 24:00 Mon 04/01
  }

  @Test
  void extendingAddsWorkingDaysFromTheSameStart() {
    ClockSchedule extended = ClockArithmetic.schedule(CALCULATOR, vn("2026-11-02T09:00"), 10 + 5);
    // 17, 18, 19, 20, 23/11
    assertThat(extended.due()).isEqualTo(vn("2026-11-24T00:00"));
  }

  @ParameterizedTest(name = "paused {0}, resumed {1}: {2} working days back")
  @CsvSource({
    "2026-11-04T10:00, 2026-11-04T16:00, 0", // within a day
    "2026-11-04T10:00, 2026-11-06T09:00, 2", // Wed → Fri: Thu, Fri
    "2026-11-06T16:00, 2026-11-09T08:00, 1", // Fri → Mon: the weekend costs nothing
    "2026-11-06T16:00, 2026-11-08T08:00, 0", // Fri → Sun
    "2026-12-31T10:00, 2027-01-04T10:00, 1", // New Year's Day and the weekend are not counted
    "2026-11-06T10:00, 2026-11-04T10:00, 0" // a clock set back never gives days
  })
  void aPauseGivesBackTheWorkingDaysItCovered(String paused, String resumed, int days) {
    assertThat(ClockArithmetic.pausedWorkingDays(LAW, vn(paused), vn(resumed))).isEqualTo(days);
  }

  @Test
  void pausingAndResumingMovesTheDueByThePausedDays() {
    Instant start = vn("2026-11-02T09:00");
    int paused =
        ClockArithmetic.pausedWorkingDays(LAW, vn("2026-11-04T10:00"), vn("2026-11-06T09:00"));
    ClockSchedule resumed = ClockArithmetic.schedule(CALCULATOR, start, 10 + paused);
    assertThat(resumed.due()).isEqualTo(vn("2026-11-19T00:00")); // 16/11 + Tue 17, Wed 18
  }

  @ParameterizedTest(name = "at {0}: {1}")
  @CsvSource({
    "2026-11-11T10:00, 3", // 12, 13, 16/11 are left
    "2026-11-13T23:00, 1",
    "2026-11-14T10:00, 1", // a Saturday: Monday is left
    "2026-11-16T08:00, 0", // the last day itself
    "2026-11-16T23:59:59, 0",
    "2026-11-17T00:00, -1", // overdue from 24:00
    "2026-11-21T10:00, -4" // Sat: 17, 18, 19, 20/11 late
  })
  void workingDaysLeftUntilTheDue(String now, int left) {
    Instant due = vn("2026-11-17T00:00");
    assertThat(ClockArithmetic.workingDaysLeft(LAW, vn(now), due)).isEqualTo(left);
  }

  @Test
  void sharesRoundUp() {
    assertThat(ClockArithmetic.share(10, 50)).isEqualTo(5);
    assertThat(ClockArithmetic.share(5, 50)).isEqualTo(3);
    assertThat(ClockArithmetic.share(5, 80)).isEqualTo(4);
    assertThat(ClockArithmetic.share(1, 50)).isEqualTo(1);
    assertThat(ClockArithmetic.share(0, 80)).isZero();
  }
}
