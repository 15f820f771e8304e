package vn.pakn.deadlines.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the government announces for one year on top of the Labour Code: the exact Tết span fixed by
 * the Prime Minister, which day next to 2 September is off, weekdays given off and weekend days
 * worked in exchange (swaps). Immutable; build it with {@link #forYear(int, String)}.
 *
 * <p>Compensatory days for holidays on a weekend are computed by the calendar and need not be
 * listed; list here only what the law does not already give. A Tết span replaces the computed Tết
 * days <em>and</em> their compensatory days: every day in it is off.
 */
public final class OfficialCalendarData {

  /** One announced day. */
  public record Day(LocalDate date, String name, String legalReference) {
    public Day {
      Objects.requireNonNull(date, "date");
      requireText(name, "name");
      requireText(legalReference, "legalReference");
    }
  }

  private final int year;
  private final String legalReference;
  private final List<LocalDate> tetDaysOff;
  private final String tetReference;
  private final LocalDate nationalDaySecondDay;
  private final List<Day> extraDaysOff;
  private final List<Day> workingWeekendDays;

  private OfficialCalendarData(Builder builder) {
    this.year = builder.year;
    this.legalReference = builder.legalReference;
    this.tetDaysOff = builder.tetDaysOff;
    this.tetReference = builder.tetReference;
    this.nationalDaySecondDay = builder.nationalDaySecondDay;
    this.extraDaysOff = List.copyOf(builder.extraDaysOff.values());
    this.workingWeekendDays = List.copyOf(builder.workingWeekendDays.values());
  }

  /** Starts the data of a year; {@code legalReference} is the default reference of its days. */
  public static Builder forYear(int year, String legalReference) {
    return new Builder(year, legalReference);
  }

  public int year() {
    return year;
  }

  public String legalReference() {
    return legalReference;
  }

  /** Every day of the official Tết span, or empty when the computed default applies. */
  public List<LocalDate> tetDaysOff() {
    return tetDaysOff;
  }

  /** The reference of the Tết span, or empty when there is none. */
  public Optional<String> tetReference() {
    return Optional.ofNullable(tetReference);
  }

  /** 1 or 3 September, or empty when the default (1 September) applies. */
  public Optional<LocalDate> nationalDaySecondDay() {
    return Optional.ofNullable(nationalDaySecondDay);
  }

  /** Weekdays given off, in date order. */
  public List<Day> extraDaysOff() {
    return extraDaysOff;
  }

  /** Saturdays or Sundays made working days, in date order. */
  public List<Day> workingWeekendDays() {
    return workingWeekendDays;
  }

  @Override
  public String toString() {
    return "official calendar data " + year + " (" + legalReference + ")";
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("The " + what + " of an official day is required");
    }
  }

  /** Collects the data of one year and checks it against itself. */
  public static final class Builder {
    private final int year;
    private final String legalReference;
    private List<LocalDate> tetDaysOff = List.of();
    private String tetReference;
    private LocalDate nationalDaySecondDay;
    private final TreeMap<LocalDate, Day> extraDaysOff = new TreeMap<>();
    private final TreeMap<LocalDate, Day> workingWeekendDays = new TreeMap<>();

    private Builder(int year, String legalReference) {
      if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
        throw LunarCalendar.outOfRange("official data for " + year);
      }
      requireText(legalReference, "legal reference");
      this.year = year;
      this.legalReference = legalReference;
    }

    /**
     * The Tết days off fixed by the Prime Minister, {@code first} to {@code last} inclusive
     * (weekends inside may be included or not: every day of the span is off). It must contain the
     * lunar new year's day.
     */
    public Builder tetDaysOff(LocalDate first, LocalDate last) {
      return tetDaysOff(first, last, legalReference);
    }

    public Builder tetDaysOff(LocalDate first, LocalDate last, String reference) {
      requireInYear(first, "The first Tết day off");
      requireInYear(last, "The last Tết day off");
      requireText(reference, "legal reference");
      LocalDate tet = LunarCalendar.newYear(year);
      if (last.isBefore(first) || first.isAfter(tet) || last.isBefore(tet)) {
        throw new IllegalArgumentException(
            "The Tết span "
                + first
                + ".."
                + last
                + " must contain the lunar new year's day "
                + tet
                + " ("
                + reference
                + ")");
      }
      if (first.plusDays(15).isBefore(last)) {
        throw new IllegalArgumentException(
            "A Tết span of more than 16 days (" + first + ".." + last + ") is not plausible");
      }
      this.tetDaysOff = first.datesUntil(last.plusDays(1)).toList();
      this.tetReference = reference;
      return this;
    }

    /** The day next to National Day that is off too: 1 or 3 September. */
    public Builder nationalDaySecondDay(LocalDate day) {
      requireInYear(day, "The second day of National Day");
      if (day.getMonth() != Month.SEPTEMBER
          || (day.getDayOfMonth() != 1 && day.getDayOfMonth() != 3)) {
        throw new IllegalArgumentException(
            "The second day of National Day is 1 or 3 September, not " + day);
      }
      this.nationalDaySecondDay = day;
      return this;
    }

    /** A weekday given off (a swapped day, or a day off granted by the Prime Minister). */
    public Builder extraDayOff(LocalDate date, String name) {
      return extraDayOff(date, name, legalReference);
    }

    public Builder extraDayOff(LocalDate date, String name, String reference) {
      requireInYear(date, "An extra day off");
      if (isWeekend(date)) {
        throw new IllegalArgumentException(
            "An extra day off must be a weekday; " + date + " is a " + date.getDayOfWeek());
      }
      extraDaysOff.put(date, new Day(date, name, reference));
      return this;
    }

    /** A Saturday or Sunday that is worked (the other half of a swap). */
    public Builder workingDay(LocalDate date, String name) {
      return workingDay(date, name, legalReference);
    }

    public Builder workingDay(LocalDate date, String name, String reference) {
      requireInYear(date, "A working weekend day");
      if (!isWeekend(date)) {
        throw new IllegalArgumentException(
            "Only a Saturday or Sunday can be made a working day; "
                + date
                + " is a "
                + date.getDayOfWeek());
      }
      workingWeekendDays.put(date, new Day(date, name, reference));
      return this;
    }

    public OfficialCalendarData build() {
      for (LocalDate working : workingWeekendDays.keySet()) {
        if (tetDaysOff.contains(working)) {
          throw contradiction(working, "a Tết day off", "a working day", tetReference);
        }
      }
      return new OfficialCalendarData(this);
    }

    private void requireInYear(LocalDate date, String what) {
      Objects.requireNonNull(date, what);
      if (date.getYear() != year) {
        throw new IllegalArgumentException(
            what + " " + date + " is not in " + year + ", the year of " + legalReference);
      }
    }
  }

  static IllegalArgumentException contradiction(
      LocalDate date, String off, String working, String reference) {
    return new IllegalArgumentException(
        "Contradictory calendar data: "
            + date
            + " is both "
            + off
            + " (a day off) and "
            + working
            + " (a working day)"
            + (reference == null ? "" : "; see " + reference));
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
