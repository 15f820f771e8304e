package vn.pakn.deadlines.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;

/**
 * Checks official yearly data however it arrives (JSON, CSV, iCalendar) and turns it into a {@link
 * WorkingCalendar}. Every problem names the place of the entry at fault; a year is usable only when
 * it has none, so nothing is ever half-applied.
 */
public final class OfficialDays {

  /** The violation key of a day that is both off and worked; such data answers 409. */
  public static final String CONTRADICTION = "calendar.contradiction";

  /** A contradiction found by the calendar itself, described in its (technical) words. */
  public static final String OTHER_CONTRADICTION = "calendar.contradiction.other";

  /** Whether a problem is a contradiction (a day both off and worked) rather than bad input. */
  public static boolean contradiction(Violation problem) {
    return problem.key().startsWith(CONTRADICTION);
  }

  private OfficialDays() {}

  /** The problems of one entry on its own. */
  public static List<Violation> check(String where, OfficialDay day) {
    List<Violation> problems = new ArrayList<>();
    LocalDate date = day.date();
    if (date.getYear() < LunarCalendar.FIRST_YEAR || date.getYear() > LunarCalendar.LAST_YEAR) {
      problems.add(
          new Violation(
              where,
              "calendar.date.range",
              date.toString(),
              String.valueOf(LunarCalendar.FIRST_YEAR),
              String.valueOf(LunarCalendar.LAST_YEAR)));
      return problems;
    }
    text(where, "name", day.name(), OfficialDay.MAX_NAME, problems);
    text(where, "legalReference", day.legalReference(), OfficialDay.MAX_REFERENCE, problems);
    boolean weekend = OfficialCalendarData.isWeekend(date);
    switch (day.type()) {
      case EXTRA_DAY_OFF, LOCAL_DAY_OFF -> {
        if (weekend) {
          problems.add(new Violation(where, "calendar.day.weekend", date.toString()));
        }
      }
      case WORKING_WEEKEND_DAY -> {
        if (!weekend) {
          problems.add(new Violation(where, "calendar.day.notWeekend", date.toString()));
        }
      }
      case NATIONAL_DAY_SECOND -> {
        if (date.getMonth() != Month.SEPTEMBER
            || (date.getDayOfMonth() != 1 && date.getDayOfMonth() != 3)) {
          problems.add(new Violation(where, "calendar.nationalDay.date", date.toString()));
        }
      }
      case TET_FIRST, TET_LAST -> {
        if (date.getMonth().compareTo(Month.MARCH) > 0) {
          problems.add(new Violation(where, "calendar.tet.outside", date.toString()));
        }
      }
    }
    return problems;
  }

  private static void text(
      String where, String what, String value, int max, List<Violation> problems) {
    if (value == null || TextRules.isBlank(value)) {
      problems.add(new Violation(where, "calendar." + what + ".required"));
      return;
    }
    Optional<String> forbidden = TextRules.forbiddenCharacter(value, false);
    if (forbidden.isPresent()) {
      problems.add(new Violation(where, forbidden.get()));
    } else if (value.codePointCount(0, value.length()) > max) {
      problems.add(new Violation(where, "text.tooLong", max));
    }
  }

  /**
   * Every problem of a set of entries: each entry on its own, then each year as a whole (a date
   * given twice, a Tết span with one end, a day both off and worked).
   */
  public static List<Violation> check(List<SourcedDay> days) {
    List<Violation> problems = new ArrayList<>();
    for (SourcedDay day : days) {
      problems.addAll(check(day.where(), day.day()));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    byYear(days).forEach((year, entries) -> problems.addAll(checkYear(year, entries)));
    return problems;
  }

  /** The entries grouped by year, in year order, each year in the order given. */
  public static Map<Integer, List<SourcedDay>> byYear(List<SourcedDay> days) {
    Map<Integer, List<SourcedDay>> years = new TreeMap<>();
    for (SourcedDay day : days) {
      years.computeIfAbsent(day.day().date().getYear(), y -> new ArrayList<>()).add(day);
    }
    return years;
  }

  private static List<Violation> checkYear(int year, List<SourcedDay> entries) {
    List<Violation> problems = new ArrayList<>();
    Map<LocalDate, SourcedDay> dates = new HashMap<>();
    Map<OfficialDayType, SourcedDay> once = new LinkedHashMap<>();
    for (SourcedDay entry : entries) {
      OfficialDay day = entry.day();
      SourcedDay earlier = dates.putIfAbsent(day.date(), entry);
      if (earlier != null) {
        problems.add(
            new Violation(
                entry.where(), "calendar.day.duplicate", day.date().toString(), earlier.where()));
      }
      if (day.type() == OfficialDayType.TET_FIRST
          || day.type() == OfficialDayType.TET_LAST
          || day.type() == OfficialDayType.NATIONAL_DAY_SECOND) {
        SourcedDay first = once.putIfAbsent(day.type(), entry);
        if (first != null) {
          problems.add(
              new Violation(entry.where(), "calendar.once", day.type().name(), first.where()));
        }
      }
    }
    SourcedDay tetFirst = once.get(OfficialDayType.TET_FIRST);
    SourcedDay tetLast = once.get(OfficialDayType.TET_LAST);
    if ((tetFirst == null) != (tetLast == null)) {
      SourcedDay given = tetFirst == null ? tetLast : tetFirst;
      problems.add(new Violation(given.where(), "calendar.tet.incomplete", String.valueOf(year)));
    } else if (tetFirst != null) {
      LocalDate tet = LunarCalendar.newYear(year);
      LocalDate first = tetFirst.day().date();
      LocalDate last = tetLast.day().date();
      if (last.isBefore(first) || first.isAfter(tet) || last.isBefore(tet)) {
        problems.add(
            new Violation(
                tetFirst.where(),
                "calendar.tet.span",
                first.toString(),
                last.toString(),
                tet.toString()));
      } else if (first.plusDays(15).isBefore(last)) {
        problems.add(
            new Violation(
                tetFirst.where(), "calendar.tet.long", first.toString(), last.toString()));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    List<OfficialDay> days = entries.stream().map(SourcedDay::day).toList();
    WorkingCalendar withoutSwaps;
    try {
      withoutSwaps =
          calendar(
              Map.of(
                  year,
                  days.stream()
                      .filter(d -> d.type() != OfficialDayType.WORKING_WEEKEND_DAY)
                      .toList()));
    } catch (IllegalArgumentException e) {
      return List.of(new Violation(entries.get(0).where(), OTHER_CONTRADICTION, e.getMessage()));
    }
    for (SourcedDay entry : entries) {
      if (entry.day().type() != OfficialDayType.WORKING_WEEKEND_DAY) {
        continue;
      }
      LocalDate date = entry.day().date();
      withoutSwaps.specialDays(date, date).stream()
          .filter(d -> d.type() == DayType.HOLIDAY)
          .findFirst()
          .ifPresent(
              holiday ->
                  problems.add(
                      new Violation(
                          entry.where(),
                          CONTRADICTION,
                          date.toString(),
                          holiday.vietnameseName(),
                          holiday.englishName())));
    }
    if (problems.isEmpty()) {
      try {
        calendar(Map.of(year, days));
      } catch (IllegalArgumentException e) {
        problems.add(new Violation(entries.get(0).where(), OTHER_CONTRADICTION, e.getMessage()));
      }
    }
    return problems;
  }

  /**
   * The calendar of the law corrected by the given years' data, which must have passed {@link
   * #check(List)}.
   *
   * @throws IllegalArgumentException on contradictory data
   */
  public static WorkingCalendar calendar(Map<Integer, List<OfficialDay>> years) {
    WorkingCalendar.Builder builder = WorkingCalendar.builder();
    years.forEach((year, days) -> addYear(builder, year, days));
    return builder.build();
  }

  private static void addYear(WorkingCalendar.Builder builder, int year, List<OfficialDay> days) {
    if (days.isEmpty()) {
      return;
    }
    Map<OfficialDayType, OfficialDay> single = new HashMap<>();
    days.forEach(d -> single.putIfAbsent(d.type(), d));
    OfficialDay tetFirst = single.get(OfficialDayType.TET_FIRST);
    OfficialDay tetLast = single.get(OfficialDayType.TET_LAST);
    String reference = (tetFirst != null ? tetFirst : days.get(0)).legalReference();
    OfficialCalendarData.Builder data = OfficialCalendarData.forYear(year, reference);
    boolean official = false;
    if (tetFirst != null && tetLast != null) {
      data.tetDaysOff(tetFirst.date(), tetLast.date(), tetFirst.legalReference());
      official = true;
    }
    for (OfficialDay day : days) {
      switch (day.type()) {
        case EXTRA_DAY_OFF -> data.extraDayOff(day.date(), day.name(), day.legalReference());
        case WORKING_WEEKEND_DAY -> data.workingDay(day.date(), day.name(), day.legalReference());
        case NATIONAL_DAY_SECOND -> data.nationalDaySecondDay(day.date());
        case LOCAL_DAY_OFF -> builder.localDayOff(day.date(), day.name(), day.legalReference());
        case TET_FIRST, TET_LAST -> {}
      }
      official |= day.type() != OfficialDayType.LOCAL_DAY_OFF;
    }
    if (official) {
      builder.official(data.build());
    }
  }
}
