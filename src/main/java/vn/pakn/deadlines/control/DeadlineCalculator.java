package vn.pakn.deadlines.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.pakn.platform.control.VietnamTime;

/**
 * Due dates of periods counted in working days (Civil Code 2015 Arts. 145–148), in Vietnam time.
 *
 * <ul>
 *   <li>Receipt: an item received on a working day up to the cut-off (15:00 by default, inclusive
 *       at minute precision: 15:00:59 is still on time, 15:01 is late) counts as received that day;
 *       one received later, or on a non-working day, counts as received on the next working day.
 *   <li>Counting: a period of N working days starts the day after that receipt day; its last day is
 *       the N-th working day (the receipt day itself for N = 0).
 *   <li>Due: 24:00 of the last day, represented as the instant 00:00 Asia/Ho_Chi_Minh of the
 *       following day; something done strictly before it is on time.
 * </ul>
 *
 * <p>{@link #due} computes the due instant alone from cached per-year tables (no allocation beyond
 * the result); {@link #deadline} also lists the counted days and explains them.
 */
public final class DeadlineCalculator {

  public static final LocalTime DEFAULT_CUTOFF = LocalTime.of(15, 0);
  public static final int MAX_WORKING_DAYS = 3650;

  private static final int SECONDS_PER_DAY = 86_400;
  private static final ZoneRules RULES = VietnamTime.ZONE.getRules();

  /** Since 1975 Vietnam keeps UTC+7: after the last transition the offset is a constant. */
  private static final long FIXED_OFFSET_SINCE;

  private static final int FIXED_OFFSET;

  static {
    List<ZoneOffsetTransition> transitions = RULES.getTransitions();
    ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
    FIXED_OFFSET_SINCE =
        RULES.getTransitionRules().isEmpty() ? last.toEpochSecond() : Long.MAX_VALUE;
    FIXED_OFFSET = last.getOffsetAfter().getTotalSeconds();
  }

  private final WorkingCalendar calendar;
  private final LocalTime cutoff;

  /** The first second of the day at which a receipt is after the cut-off. */
  private final int lateFromSecond;

  /** A calculator with the default cut-off, 15:00. */
  public DeadlineCalculator(WorkingCalendar calendar) {
    this(calendar, DEFAULT_CUTOFF);
  }

  /**
   * @param cutoff the last minute of a working day at which a receipt still counts for that day
   */
  public DeadlineCalculator(WorkingCalendar calendar, LocalTime cutoff) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(cutoff, "cutoff");
    if (cutoff.getSecond() != 0 || cutoff.getNano() != 0) {
      throw new IllegalArgumentException("The cut-off is a time in whole minutes, not " + cutoff);
    }
    this.cutoff = cutoff;
    this.lateFromSecond = (cutoff.getHour() * 60 + cutoff.getMinute() + 1) * 60;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  public LocalTime cutoff() {
    return cutoff;
  }

  /**
   * The due instant (00:00 Vietnam time after the last day) of a period of {@code workingDays}.
   *
   * @throws IllegalArgumentException when {@code workingDays} is negative or above {@value
   *     #MAX_WORKING_DAYS}, or the dates leave 1900–2199
   */
  public Instant due(Instant receivedAt, int workingDays) {
    return startOfDay(lastDay(receivedAt.getEpochSecond(), workingDays) + 1);
  }

  /** {@link #due(Instant, int)} for a receipt time given in Vietnam time. */
  public Instant due(LocalDateTime receivedInVietnam, int workingDays) {
    return due(receivedInVietnam.atZone(VietnamTime.ZONE).toInstant(), workingDays);
  }

  /** The last day of the period: the deadline is 24:00 of that day. */
  public LocalDate lastDay(Instant receivedAt, int workingDays) {
    return LocalDate.ofEpochDay(lastDay(receivedAt.getEpochSecond(), workingDays));
  }

  /** The working day a receipt counts from, after the cut-off and non-working days. */
  public LocalDate countsAsReceivedOn(Instant receivedAt) {
    long local = localSecond(receivedAt.getEpochSecond());
    return LocalDate.ofEpochDay(
        receiptDay(Math.floorDiv(local, SECONDS_PER_DAY), Math.floorMod(local, SECONDS_PER_DAY)));
  }

  /** The deadline with its counted days and explanation. */
  public Deadline deadline(Instant receivedAt, int workingDays) {
    requireWorkingDays(workingDays);
    LocalDateTime received = LocalDateTime.ofInstant(receivedAt, VietnamTime.ZONE);
    LocalDate receivedOn = received.toLocalDate();
    LocalDate start = countsAsReceivedOn(receivedAt);
    boolean afterCutoff = calendar.isWorkingDay(receivedOn) && !start.equals(receivedOn);
    List<LocalDate> counted = new ArrayList<>(workingDays);
    LocalDate day = start;
    for (int i = 0; i < workingDays; i++) {
      day = calendar.nextWorkingDay(day);
      counted.add(day);
    }
    List<CalendarDay> daysOff = new ArrayList<>();
    for (CalendarDay special : calendar.specialDays(receivedOn, day)) {
      if (!special.working()) {
        daysOff.add(special);
      }
    }
    return new Deadline(
        received,
        cutoff,
        afterCutoff,
        start,
        workingDays,
        counted,
        day,
        startOfDay(day.toEpochDay() + 1),
        daysOff);
  }

  /** {@link #deadline(Instant, int)} for a receipt time given in Vietnam time. */
  public Deadline deadline(LocalDateTime receivedInVietnam, int workingDays) {
    return deadline(receivedInVietnam.atZone(VietnamTime.ZONE).toInstant(), workingDays);
  }

  private long lastDay(long epochSecond, int workingDays) {
    requireWorkingDays(workingDays);
    long local = localSecond(epochSecond);
    long start =
        receiptDay(Math.floorDiv(local, SECONDS_PER_DAY), Math.floorMod(local, SECONDS_PER_DAY));
    return calendar.plusWorkingDays(start, workingDays);
  }

  private long receiptDay(long epochDay, long secondOfDay) {
    if (secondOfDay < lateFromSecond && calendar.isWorking(epochDay)) {
      return epochDay;
    }
    return calendar.plusWorkingDays(epochDay, 1);
  }

  private static long localSecond(long epochSecond) {
    int offset =
        epochSecond >= FIXED_OFFSET_SINCE
            ? FIXED_OFFSET
            : RULES.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return epochSecond + offset;
  }

  private static Instant startOfDay(long epochDay) {
    long second = epochDay * SECONDS_PER_DAY - FIXED_OFFSET;
    if (second >= FIXED_OFFSET_SINCE) {
      return Instant.ofEpochSecond(second);
    }
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(VietnamTime.ZONE).toInstant();
  }

  private static void requireWorkingDays(int workingDays) {
    if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException(
          "A period is 0 to "
              + MAX_WORKING_DAYS
              + " working days; "
              + workingDays
              + " is not plausible");
    }
  }
}
