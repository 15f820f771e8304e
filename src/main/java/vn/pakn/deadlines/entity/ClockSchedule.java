package vn.pakn.deadlines.entity;

import java.time.Instant;

/**
 * The instants a clock's alerts fall on: half and 80 % of its working days used (each at 24:00 of
 * the working day that uses them up), the start of its last day, and the due instant (24:00 of the
 * last day). Computed by {@code vn.pakn.deadlines.control.ClockArithmetic}.
 */
public record ClockSchedule(Instant half, Instant eighty, Instant lastDay, Instant due) {

  /** The level reached at {@code now}: the highest threshold at or before it. */
  public AlertLevel levelAt(Instant now) {
    if (!now.isBefore(due)) {
      return AlertLevel.OVERDUE;
    }
    if (!now.isBefore(lastDay)) {
      return AlertLevel.LAST_DAY;
    }
    if (!now.isBefore(eighty)) {
      return AlertLevel.EIGHTY_PERCENT;
    }
    if (!now.isBefore(half)) {
      return AlertLevel.HALF;
    }
    return AlertLevel.NONE;
  }

  /** The next threshold above {@code level}, or null once overdue. */
  public Instant nextAfter(AlertLevel level) {
    return switch (level) {
      case NONE -> min(half, lastDay);
      case HALF -> min(eighty, lastDay);
      case EIGHTY_PERCENT -> lastDay;
      case LAST_DAY -> due;
      case OVERDUE -> null;
    };
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
