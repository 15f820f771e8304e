package vn.pakn.deadlines.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working days of state agencies: Monday to Friday, less the public holidays of Labour Code
 * Art. 112 and their compensatory days (Art. 111.3), corrected by yearly {@link
 * OfficialCalendarData} and provincial days off. Supports 1900–2199.
 *
 * <p>Computed defaults, each replaceable by official data for a year:
 *
 * <ul>
 *   <li>Tết: the last day of the lunar year and the first four days of the new one (five days).
 *   <li>National Day: 2 September and 1 September (as in 2022, 2023 and 2025; 2024 gave 2 and 3
 *       September, which the default reproduces through the compensatory day for a Sunday 1
 *       September).
 *   <li>Compensatory days: for each holiday on a Saturday or Sunday, the next weekday that is not
 *       already off, so they come after the whole holiday span, one per weekend holiday. An
 *       official Tết span already includes Tết's compensation.
 * </ul>
 *
 * <p>Immutable and thread-safe. Each year's table of working days is computed on first use and
 * cached, so counting working days costs a few array reads.
 */
public final class WorkingCalendar {

  private static final int YEARS = LunarCalendar.LAST_YEAR - LunarCalendar.FIRST_YEAR + 1;
  private static final long[] YEAR_STARTS = new long[YEARS + 1];

  static {
    for (int i = 0; i <= YEARS; i++) {
      YEAR_STARTS[i] = LocalDate.of(LunarCalendar.FIRST_YEAR + i, 1, 1).toEpochDay();
    }
  }

  private static final WorkingCalendar STANDARD = builder().build();

  private final Map<Integer, OfficialCalendarData> official;
  private final Map<Integer, List<OfficialCalendarData.Day>> localDaysOff;
  private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(YEARS);

  private WorkingCalendar(
      Map<Integer, OfficialCalendarData> official,
      Map<Integer, List<OfficialCalendarData.Day>> localDaysOff) {
    this.official = Map.copyOf(official);
    this.localDaysOff = Map.copyOf(localDaysOff);
  }

  /** The calendar of the law alone, without official yearly data or provincial days. */
  public static WorkingCalendar standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isWorkingDay(LocalDate date) {
    return isWorking(epochDay(date));
  }

  /** The first working day after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return LocalDate.ofEpochDay(plusWorkingDays(epochDay(date), 1));
  }

  /** {@code date} when it is a working day, else the first working day after it. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    return LocalDate.ofEpochDay(workingDayOnOrAfter(epochDay(date)));
  }

  /**
   * The {@code n}-th working day after {@code date} ({@code date} itself when {@code n} is 0).
   *
   * @throws IllegalArgumentException when {@code n} is negative or the result is after 2199
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("A number of working days is not negative: " + n);
    }
    return LocalDate.ofEpochDay(plusWorkingDays(epochDay(date), n));
  }

  /** The number of working days after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return workingDaysUpTo(epochDay(to)) - workingDaysUpTo(epochDay(from));
  }

  /**
   * Every public holiday of the year (also on weekends) and every day whose status differs from an
   * ordinary Monday–Friday week, in date order.
   */
  public List<CalendarDay> specialDays(int year) {
    return table(yearIndex(year)).specialDays;
  }

  /** The {@link #specialDays(int)} from {@code from} to {@code to}, both included. */
  public List<CalendarDay> specialDays(LocalDate from, LocalDate to) {
    List<CalendarDay> days = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (CalendarDay day : specialDays(year)) {
        if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
          days.add(day);
        }
      }
    }
    return days;
  }

  /** The official data applied to a year, if any. */
  public Optional<OfficialCalendarData> officialData(int year) {
    return Optional.ofNullable(official.get(year));
  }

  // --- fast paths on epoch days, for DeadlineCalculator
  // --------------------------------------------

  boolean isWorking(long epochDay) {
    YearTable table = tableOf(epochDay);
    return table.working[(int) (epochDay - table.firstDay)];
  }

  long workingDayOnOrAfter(long epochDay) {
    return isWorking(epochDay) ? epochDay : plusWorkingDays(epochDay, 1);
  }

  long plusWorkingDays(long epochDay, int n) {
    if (n == 0) {
      tableOf(epochDay);
      return epochDay;
    }
    int index = yearIndex(epochDay);
    YearTable table = table(index);
    int target = table.cumulative[(int) (epochDay - table.firstDay)] + n;
    while (target > table.workingDays.length) {
      target -= table.workingDays.length;
      if (++index >= YEARS) {
        throw LunarCalendar.outOfRange(n + " working days after " + LocalDate.ofEpochDay(epochDay));
      }
      table = table(index);
    }
    return table.firstDay + table.workingDays[target - 1];
  }

  /** Working days from 1 January of the first year up to and including {@code epochDay}. */
  private int workingDaysUpTo(long epochDay) {
    int index = yearIndex(epochDay);
    YearTable table = table(index);
    int count = table.cumulative[(int) (epochDay - table.firstDay)];
    for (int i = 0; i < index; i++) {
      count += table(i).workingDays.length;
    }
    return count;
  }

  private static long epochDay(LocalDate date) {
    LunarCalendar.requireSupported(date);
    return date.toEpochDay();
  }

  private YearTable tableOf(long epochDay) {
    return table(yearIndex(epochDay));
  }

  private static int yearIndex(long epochDay) {
    if (epochDay < YEAR_STARTS[0] || epochDay >= YEAR_STARTS[YEARS]) {
      boolean representable = Math.abs(epochDay) < 365_000_000L;
      throw LunarCalendar.outOfRange(
          representable ? LocalDate.ofEpochDay(epochDay).toString() : "epoch day " + epochDay);
    }
    int i = (int) Math.min(YEARS - 1, (epochDay - YEAR_STARTS[0]) * 400 / 146097);
    while (YEAR_STARTS[i] > epochDay) {
      i--;
    }
    while (YEAR_STARTS[i + 1] <= epochDay) {
      i++;
    }
    return i;
  }

  private static int yearIndex(int year) {
    if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
      throw LunarCalendar.outOfRange("year " + year);
    }
    return year - LunarCalendar.FIRST_YEAR;
  }

  private YearTable table(int index) {
    YearTable table = tables.get(index);
    if (table == null) {
      tables.compareAndSet(index, null, computeYear(LunarCalendar.FIRST_YEAR + index));
      table = tables.get(index);
    }
    return table;
  }

  private YearTable computeYear(int year) {
    return new YearComputation(
            year,
            Optional.ofNullable(official.get(year)),
            localDaysOff.getOrDefault(year, List.of()))
        .compute();
  }

  /** One year's working days: a flag per day, cumulative counts and the working days' indexes. */
  private static final class YearTable {
    final long firstDay;
    final boolean[] working;

    /** cumulative[d] = working days from 1 January up to and including day d (0-based). */
    final int[] cumulative;

    /** workingDays[k] = the day (0-based) of the year's (k+1)-th working day. */
    final int[] workingDays;

    final List<CalendarDay> specialDays;

    YearTable(long firstDay, boolean[] working, List<CalendarDay> specialDays) {
      this.firstDay = firstDay;
      this.working = working;
      this.specialDays = List.copyOf(specialDays);
      this.cumulative = new int[working.length];
      int count = 0;
      for (int d = 0; d < working.length; d++) {
        if (working[d]) {
          count++;
        }
        cumulative[d] = count;
      }
      this.workingDays = new int[count];
      for (int d = 0, k = 0; d < working.length; d++) {
        if (working[d]) {
          workingDays[k++] = d;
        }
      }
    }
  }

  /**
   * Applies the rules to one year, in order: weekends, holidays, extra days, compensation, swaps.
   */
  private static final class YearComputation {
    private final int year;
    private final Optional<OfficialCalendarData> data;
    private final List<OfficialCalendarData.Day> localDays;
    private final LocalDate firstDay;
    private final boolean[] off;
    private final List<CalendarDay> specialDays = new ArrayList<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Map<LocalDate, String> requestedDaysOff = new HashMap<>();
    private final TreeMap<LocalDate, PublicHoliday> weekendHolidays = new TreeMap<>();

    YearComputation(
        int year, Optional<OfficialCalendarData> data, List<OfficialCalendarData.Day> localDays) {
      this.year = year;
      this.data = data;
      this.localDays = localDays;
      this.firstDay = LocalDate.of(year, 1, 1);
      this.off = new boolean[firstDay.lengthOfYear()];
    }

    YearTable compute() {
      for (int d = 0; d < off.length; d++) {
        off[d] = OfficialCalendarData.isWeekend(firstDay.plusDays(d));
      }
      addHolidays();
      data.ifPresent(
          official ->
              official
                  .extraDaysOff()
                  .forEach(day -> addDayOff(day, "deadlines.day.extra-day-off", "Extra day off")));
      localDays.forEach(day -> addDayOff(day, "deadlines.day.local-day-off", "Provincial day off"));
      weekendHolidays.forEach(this::compensate);
      data.ifPresent(official -> official.workingWeekendDays().forEach(this::addWorkingDay));

      specialDays.sort(Comparator.comparing(CalendarDay::date).thenComparing(CalendarDay::type));
      boolean[] working = new boolean[off.length];
      for (int d = 0; d < off.length; d++) {
        working[d] = !off[d];
      }
      return new YearTable(firstDay.toEpochDay(), working, specialDays);
    }

    private void addHolidays() {
      holiday(LocalDate.of(year, 1, 1), PublicHoliday.NEW_YEAR);
      List<LocalDate> tetSpan = data.map(OfficialCalendarData::tetDaysOff).orElse(List.of());
      if (tetSpan.isEmpty()) {
        LocalDate tet = LunarCalendar.newYear(year);
        tet.minusDays(1)
            .datesUntil(tet.plusDays(4))
            .forEach(day -> holiday(day, PublicHoliday.LUNAR_NEW_YEAR));
      } else {
        String reference = data.flatMap(OfficialCalendarData::tetReference).orElseThrow();
        for (LocalDate day : tetSpan) {
          markOff(day);
          holidays.add(day);
          specialDays.add(
              new CalendarDay(
                  day,
                  DayType.HOLIDAY,
                  PublicHoliday.LUNAR_NEW_YEAR.nameKey(),
                  PublicHoliday.LUNAR_NEW_YEAR.vietnameseName(),
                  PublicHoliday.LUNAR_NEW_YEAR.englishName(),
                  reference));
        }
      }
      holiday(LunarCalendar.toSolar(LunarDate.of(10, 3, year)), PublicHoliday.HUNG_KINGS);
      holiday(LocalDate.of(year, Month.APRIL, 30), PublicHoliday.REUNIFICATION_DAY);
      holiday(LocalDate.of(year, Month.MAY, 1), PublicHoliday.LABOUR_DAY);
      LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
      LocalDate secondDay =
          data.flatMap(OfficialCalendarData::nationalDaySecondDay).orElse(nationalDay.minusDays(1));
      holiday(
          secondDay.isBefore(nationalDay) ? secondDay : nationalDay, PublicHoliday.NATIONAL_DAY);
      holiday(
          secondDay.isBefore(nationalDay) ? nationalDay : secondDay, PublicHoliday.NATIONAL_DAY);
    }

    private void holiday(LocalDate date, PublicHoliday holiday) {
      specialDays.add(holiday.on(date));
      if (OfficialCalendarData.isWeekend(date)) {
        weekendHolidays.putIfAbsent(date, holiday);
      }
      holidays.add(date);
      markOff(date);
    }

    private void addDayOff(OfficialCalendarData.Day day, String key, String englishName) {
      requestedDaysOff.put(day.date(), day.name());
      if (!off[index(day.date())]) {
        markOff(day.date());
        specialDays.add(
            new CalendarDay(
                day.date(),
                DayType.EXTRA_DAY_OFF,
                key,
                day.name(),
                englishName + " (" + day.name() + ")",
                day.legalReference()));
      }
    }

    private void compensate(LocalDate weekendHoliday, PublicHoliday holiday) {
      LocalDate day = weekendHoliday.plusDays(1);
      while (OfficialCalendarData.isWeekend(day) || off[index(day)]) {
        day = day.plusDays(1);
      }
      markOff(day);
      specialDays.add(holiday.compensatedOn(day));
    }

    private void addWorkingDay(OfficialCalendarData.Day day) {
      LocalDate date = day.date();
      if (holidays.contains(date)) {
        throw OfficialCalendarData.contradiction(
            date, "a public holiday", "\"" + day.name() + "\"", day.legalReference());
      }
      if (requestedDaysOff.containsKey(date)) {
        throw OfficialCalendarData.contradiction(
            date,
            "\"" + requestedDaysOff.get(date) + "\"",
            "\"" + day.name() + "\"",
            day.legalReference());
      }
      off[index(date)] = false;
      specialDays.add(
          new CalendarDay(
              date,
              DayType.WORKING_WEEKEND_DAY,
              "deadlines.day.working-weekend-day",
              day.name(),
              "Working weekend day (" + day.name() + ")",
              day.legalReference()));
    }

    private void markOff(LocalDate date) {
      off[index(date)] = true;
    }

    private int index(LocalDate date) {
      if (date.getYear() != year) {
        throw new IllegalStateException(date + " falls outside the year " + year + " computed");
      }
      return date.getDayOfYear() - 1;
    }
  }

  /** Collects official yearly data and provincial days off; {@link #build()} checks them. */
  public static final class Builder {
    private final Map<Integer, OfficialCalendarData> official = new HashMap<>();
    private final Map<Integer, List<OfficialCalendarData.Day>> localDaysOff = new HashMap<>();

    private Builder() {}

    /** Official data for one year; at most one per year. */
    public Builder official(OfficialCalendarData data) {
      OfficialCalendarData previous = official.putIfAbsent(data.year(), data);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Official data for "
                + data.year()
                + " is already given by "
                + previous.legalReference());
      }
      return this;
    }

    /** A day off decided by the province (a weekday, or it changes nothing). */
    public Builder localDayOff(LocalDate date, String name, String legalReference) {
      LunarCalendar.requireSupported(date);
      localDaysOff
          .computeIfAbsent(date.getYear(), year -> new ArrayList<>())
          .add(new OfficialCalendarData.Day(date, name, legalReference));
      return this;
    }

    /**
     * The calendar. The years with official or provincial data are computed now, so contradictions
     * (a day both off and worked) fail here.
     *
     * @throws IllegalArgumentException on contradictory data
     */
    public WorkingCalendar build() {
      Map<Integer, List<OfficialCalendarData.Day>> local = new HashMap<>();
      localDaysOff.forEach((year, days) -> local.put(year, List.copyOf(days)));
      WorkingCalendar calendar = new WorkingCalendar(official, local);
      Set<Integer> years = new HashSet<>(official.keySet());
      years.addAll(local.keySet());
      years.forEach(calendar::specialDays);
      return calendar;
    }
  }
}
