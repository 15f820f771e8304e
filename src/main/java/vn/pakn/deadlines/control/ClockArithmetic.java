package vn.pakn.deadlines.control;

import java.time.Instant;
import java.time.LocalDate;
import vn.pakn.deadlines.entity.ClockSchedule;
import vn.pakn.platform.control.VietnamTime;

/**
 * The arithmetic of stage clocks in working days, on a {@link DeadlineCalculator} (Civil Code
 * counting, the 15:00 cut-off, the calendar in force).
 *
 * <ul>
 *   <li>A clock of N working days started at {@code s} is due at {@code calculator.due(s, N)}.
 *   <li>Its k % threshold falls at 24:00 of the ⌈N·k/100⌉-th counted working day; its last day
 *       begins at 00:00 of the last counted day (never before the start).
 *   <li>A pause from day P to day R adds back the working days after P up to and including R: a
 *       pause within one day costs nothing, one from Monday to Wednesday gives two days back.
 *   <li>Working days left: the working days after today up to and including the last day (0 on the
 *       last day itself); once overdue, minus the working days since the last day (at least 1).
 * </ul>
 */
public final class ClockArithmetic {

  private ClockArithmetic() {}

  public static ClockSchedule schedule(DeadlineCalculator calculator, Instant start, int days) {
    Instant due = calculator.due(start, days);
    LocalDate last = calculator.lastDay(start, days);
    Instant lastDay = last.atStartOfDay(VietnamTime.ZONE).toInstant();
    if (lastDay.isBefore(start)) {
      lastDay = start;
    }
    Instant half = calculator.due(start, share(days, 50));
    Instant eighty = calculator.due(start, share(days, 80));
    return new ClockSchedule(half, eighty, lastDay, due);
  }

  /** ⌈days·percent/100⌉. */
  static int share(int days, int percent) {
    return (days * percent + 99) / 100;
  }

  /** The working days a pause from {@code pausedAt} to {@code resumedAt} gives back. */
  public static int pausedWorkingDays(
      WorkingCalendar calendar, Instant pausedAt, Instant resumedAt) {
    LocalDate from = vietnamDate(pausedAt);
    LocalDate to = vietnamDate(resumedAt);
    return to.isAfter(from) ? calendar.workingDaysBetween(from, to) : 0;
  }

  /** Working days left until the end of {@code lastDay}; negative once overdue. */
  public static int workingDaysLeft(WorkingCalendar calendar, Instant now, Instant due) {
    LocalDate today = vietnamDate(now);
    LocalDate last = vietnamDate(due.minusSeconds(1));
    if (now.isBefore(due)) {
      return today.isBefore(last) ? calendar.workingDaysBetween(today, last) : 0;
    }
    return -Math.max(1, calendar.workingDaysBetween(last, today));
  }

  public static LocalDate vietnamDate(Instant instant) {
    return LocalDate.ofInstant(instant, VietnamTime.ZONE);
  }
}
