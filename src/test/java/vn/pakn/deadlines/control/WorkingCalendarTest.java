package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

  private static final WorkingCalendar LAW = WorkingCalendar.standard();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<LocalDate> daysOff(WorkingCalendar calendar, String from, String to) {
    return date(from)
        .datesUntil(date(to).plusDays(1))
        .filter(day -> !calendar.isWorkingDay(day))
        .toList();
  }

  @Test
  void mondayToFridayAreWorkingDaysAndWeekendsAreNot() {
    // an ordinary week in March 2026
    assertThat(date("2026-03-09").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    for (int d = 9; d <= 13; d++) {
      assertThat(LAW.isWorkingDay(LocalDate.of(2026, 3, d))).as("March %d", d).isTrue();
    }
    assertThat(LAW.isWorkingDay(date("2026-03-14"))).isFalse();
    assertThat(LAW.isWorkingDay(date("2026-03-15"))).isFalse();
    assertThat(LAW.specialDays(date("2026-03-01"), date("2026-03-31"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} is off")
  @CsvSource({
    "2026-01-01, NEW_YEAR",
    "2026-02-16, LUNAR_NEW_YEAR", // last day of the lunar year Ất Tỵ
    "2026-02-17, LUNAR_NEW_YEAR", // 1/1 Bính Ngọ
    "2026-02-20, LUNAR_NEW_YEAR", // 4/1
    "2025-04-07, HUNG_KINGS",
    "2026-04-30, REUNIFICATION_DAY",
    "2026-05-01, LABOUR_DAY",
    "2026-09-01, NATIONAL_DAY",
    "2026-09-02, NATIONAL_DAY",
  })
  void eachPublicHolidayIsADayOffWithItsName(LocalDate date, PublicHoliday holiday) {
    assertThat(LAW.isWorkingDay(date)).isFalse();
    assertThat(LAW.specialDays(date.getYear()))
        .filteredOn(day -> day.date().equals(date))
        .singleElement()
        .satisfies(
            day -> {
              assertThat(day.type()).isEqualTo(DayType.HOLIDAY);
              assertThat(day.nameKey()).isEqualTo(holiday.nameKey());
              assertThat(day.name(Locale.ENGLISH)).isEqualTo(holiday.englishName());
              assertThat(day.name(Locale.forLanguageTag("vi"))).isEqualTo(holiday.vietnameseName());
              assertThat(day.legalBasis()).contains("Điều 112");
            });
  }

  @Test
  void holidayNamesInBothLanguages() {
    assertThat(PublicHoliday.values())
        .extracting(
            PublicHoliday::nameKey, PublicHoliday::vietnameseName, PublicHoliday::englishName)
        .containsExactly(
            tuple("deadlines.holiday.new-year", "Tết Dương lịch", "New Year's Day"),
            tuple("deadlines.holiday.lunar-new-year", "Tết Nguyên đán", "Lunar New Year"),
            tuple(
                "deadlines.holiday.hung-kings",
                "Giỗ Tổ Hùng Vương",
                "Hùng Kings' Commemoration Day"),
            tuple("deadlines.holiday.reunification-day", "Ngày Chiến thắng", "Reunification Day"),
            tuple("deadlines.holiday.labour-day", "Quốc tế Lao động", "International Labour Day"),
            tuple("deadlines.holiday.national-day", "Quốc khánh", "National Day"));
  }

  @Test
  void theDefaultTetIsTheLastDayOfTheLunarYearAndTheFirstFourOfTheNext() {
    assertThat(LAW.specialDays(2026))
        .filteredOn(day -> day.nameKey().equals(PublicHoliday.LUNAR_NEW_YEAR.nameKey()))
        .extracting(CalendarDay::date)
        .containsExactly(
            date("2026-02-16"),
            date("2026-02-17"),
            date("2026-02-18"),
            date("2026-02-19"),
            date("2026-02-20"));
  }

  @Test
  void holidaysOnAWeekendAreListedAndGiveCompensatoryDaysAfterTheWholeSpan2023() {
    // 2023: Hùng Kings' day Sat 29/4, 30/4 Sun, 1/5 Mon -> off 29/4..3/5 (as announced that year)
    List<CalendarDay> spring = LAW.specialDays(date("2023-04-29"), date("2023-05-03"));

    assertThat(spring)
        .extracting(CalendarDay::date, CalendarDay::type)
        .containsExactly(
            tuple(date("2023-04-29"), DayType.HOLIDAY),
            tuple(date("2023-04-30"), DayType.HOLIDAY),
            tuple(date("2023-05-01"), DayType.HOLIDAY),
            tuple(date("2023-05-02"), DayType.COMPENSATORY_DAY_OFF),
            tuple(date("2023-05-03"), DayType.COMPENSATORY_DAY_OFF));
    assertThat(spring.get(3).name(Locale.forLanguageTag("vi")))
        .isEqualTo("Nghỉ bù (Giỗ Tổ Hùng Vương)");
    assertThat(spring.get(4).name(Locale.ENGLISH))
        .isEqualTo("Compensatory day off (Reunification Day)");
    assertThat(spring.get(4).legalBasis()).contains("Điều 111");
    assertThat(LAW.isWorkingDay(date("2023-05-04"))).isTrue();
  }

  @Test
  void newYearOnASundayGivesMondayOff() {
    assertThat(daysOff(LAW, "2022-12-31", "2023-01-03"))
        .containsExactly(date("2022-12-31"), date("2023-01-01"), date("2023-01-02"));
  }

  @Test
  void nationalDayOnASaturdayGivesMondayOff2023() {
    // announced for 2023: Fri 1/9 to Mon 4/9
    assertThat(daysOff(LAW, "2023-08-31", "2023-09-05"))
        .containsExactly(
            date("2023-09-01"), date("2023-09-02"), date("2023-09-03"), date("2023-09-04"));
  }

  @Test
  void nationalDayDefaultsToFirstAndSecondSeptemberAsIn2025() {
    assertThat(daysOff(LAW, "2025-08-29", "2025-09-03"))
        .containsExactly(
            date("2025-08-30"), date("2025-08-31"), date("2025-09-01"), date("2025-09-02"));
  }

  @Test
  void aSundayFirstSeptemberGivesTheThirdOffAsIn2024() {
    assertThat(daysOff(LAW, "2024-08-30", "2024-09-04"))
        .containsExactly(
            date("2024-08-31"), date("2024-09-01"), date("2024-09-02"), date("2024-09-03"));
    assertThat(LAW.specialDays(date("2024-09-01"), date("2024-09-03")))
        .extracting(CalendarDay::type)
        .containsExactly(DayType.HOLIDAY, DayType.HOLIDAY, DayType.COMPENSATORY_DAY_OFF);
  }

  @Test
  void theSecondDayOfNationalDayCanBeTheThirdOfSeptember() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .official(
                OfficialCalendarData.forYear(2026, "Thông báo (test)")
                    .nationalDaySecondDay(date("2026-09-03"))
                    .build())
            .build();

    assertThat(calendar.isWorkingDay(date("2026-09-01"))).isTrue();
    assertThat(calendar.isWorkingDay(date("2026-09-02"))).isFalse();
    assertThat(calendar.isWorkingDay(date("2026-09-03"))).isFalse();
    assertThatThrownBy(
            () -> OfficialCalendarData.forYear(2026, "x").nationalDaySecondDay(date("2026-09-04")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 or 3 September");
  }

  @Test
  void tetWithTwoWeekendDaysGivesTwoCompensatoryDays2024Default() {
    // lunar 30/12 = Fri 9/2, 1/1 = Sat 10/2: Sat and Sun are Tết days, so Wed 14 and Thu 15 are off
    assertThat(daysOff(LAW, "2024-02-08", "2024-02-16"))
        .containsExactly(
            date("2024-02-09"),
            date("2024-02-10"),
            date("2024-02-11"),
            date("2024-02-12"),
            date("2024-02-13"),
            date("2024-02-14"),
            date("2024-02-15"));
  }

  @Test
  void anOfficialTetSpanReplacesTheDefaultAndItsCompensation2025() {
    // 2025 as announced: off Sat 25/1 to Sun 2/2 (weekdays 27..31/1); the default would give
    // 28/1..1/2 and Mon 3/2 in compensation for Sat 1/2
    assertThat(LAW.isWorkingDay(date("2025-01-27"))).isTrue();
    assertThat(LAW.isWorkingDay(date("2025-02-03"))).isFalse();

    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .official(
                OfficialCalendarData.forYear(2025, "Công văn 6150/LĐTBXH-CSLĐ (2024)")
                    .tetDaysOff(date("2025-01-25"), date("2025-02-02"))
                    .build())
            .build();

    assertThat(daysOff(calendar, "2025-01-24", "2025-02-03"))
        .containsExactlyElementsOf(date("2025-01-25").datesUntil(date("2025-02-03")).toList());
    assertThat(calendar.isWorkingDay(date("2025-02-03"))).isTrue();
    assertThat(calendar.specialDays(2025))
        .filteredOn(day -> day.date().getMonthValue() <= 2 && day.date().getYear() == 2025)
        .allSatisfy(
            day ->
                assertThat(day.legalBasis())
                    .isIn("Công văn 6150/LĐTBXH-CSLĐ (2024)", PublicHoliday.LEGAL_BASIS))
        .noneMatch(day -> day.type() == DayType.COMPENSATORY_DAY_OFF);
  }

  @Test
  void aSwappedSaturdayIsWorkedAndTheSwappedWeekdayIsOff2025() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .official(
                OfficialCalendarData.forYear(2025, "Thông báo hoán đổi ngày làm việc 2025")
                    .extraDayOff(date("2025-05-02"), "Hoán đổi ngày làm việc dịp 30/4–1/5")
                    .workingDay(date("2025-04-26"), "Làm bù cho thứ Sáu 02/5")
                    .build())
            .build();

    assertThat(calendar.isWorkingDay(date("2025-04-26"))).isTrue();
    assertThat(calendar.isWorkingDay(date("2025-05-02"))).isFalse();
    assertThat(daysOff(calendar, "2025-04-26", "2025-05-04"))
        .containsExactly(
            date("2025-04-27"),
            date("2025-04-30"),
            date("2025-05-01"),
            date("2025-05-02"),
            date("2025-05-03"),
            date("2025-05-04"));
    assertThat(calendar.specialDays(date("2025-04-26"), date("2025-05-02")))
        .extracting(CalendarDay::date, CalendarDay::type)
        .containsExactly(
            tuple(date("2025-04-26"), DayType.WORKING_WEEKEND_DAY),
            tuple(date("2025-04-30"), DayType.HOLIDAY),
            tuple(date("2025-05-01"), DayType.HOLIDAY),
            tuple(date("2025-05-02"), DayType.EXTRA_DAY_OFF));
    assertThat(calendar.specialDays(date("2025-04-26"), date("2025-04-26")).get(0))
        .satisfies(
            day -> {
              assertThat(day.working()).isTrue();
              assertThat(day.name(Locale.forLanguageTag("vi")))
                  .isEqualTo("Làm bù cho thứ Sáu 02/5");
              assertThat(day.legalBasis()).isEqualTo("Thông báo hoán đổi ngày làm việc 2025");
            });
    // the calendar of the law alone is unchanged
    assertThat(LAW.isWorkingDay(date("2025-04-26"))).isFalse();
    assertThat(LAW.isWorkingDay(date("2025-05-02"))).isTrue();
  }

  @Test
  void aProvincialDayOffIsOffOnlyInThatCalendar() {
    WorkingCalendar province =
        WorkingCalendar.builder()
            .localDayOff(
                date("2026-03-24"), "Ngày giải phóng tỉnh (ví dụ)", "Quyết định của UBND tỉnh")
            .build();

    assertThat(province.isWorkingDay(date("2026-03-24"))).isFalse();
    assertThat(LAW.isWorkingDay(date("2026-03-24"))).isTrue();
    assertThat(province.specialDays(2026))
        .filteredOn(day -> day.date().equals(date("2026-03-24")))
        .singleElement()
        .extracting(CalendarDay::type, CalendarDay::nameKey)
        .containsExactly(DayType.EXTRA_DAY_OFF, "deadlines.day.local-day-off");
  }

  @Test
  void specialDaysListEveryHolidayAndEveryDayThatDiffersFromAnOrdinaryWeek() {
    List<CalendarDay> days = LAW.specialDays(2026);

    assertThat(days).extracting(CalendarDay::date).isSorted().doesNotHaveDuplicates();
    assertThat(days)
        .extracting(CalendarDay::date, CalendarDay::type)
        .containsExactly(
            tuple(date("2026-01-01"), DayType.HOLIDAY),
            tuple(date("2026-02-16"), DayType.HOLIDAY),
            tuple(date("2026-02-17"), DayType.HOLIDAY),
            tuple(date("2026-02-18"), DayType.HOLIDAY),
            tuple(date("2026-02-19"), DayType.HOLIDAY),
            tuple(date("2026-02-20"), DayType.HOLIDAY),
            tuple(date("2026-04-26"), DayType.HOLIDAY), // a Sunday, still listed
            tuple(date("2026-04-27"), DayType.COMPENSATORY_DAY_OFF),
            tuple(date("2026-04-30"), DayType.HOLIDAY),
            tuple(date("2026-05-01"), DayType.HOLIDAY),
            tuple(date("2026-09-01"), DayType.HOLIDAY),
            tuple(date("2026-09-02"), DayType.HOLIDAY));
    // and nothing else differs from Mon–Fri
    LocalDate.of(2026, 1, 1)
        .datesUntil(LocalDate.of(2027, 1, 1))
        .forEach(
            day -> {
              boolean weekday = !OfficialCalendarData.isWeekend(day);
              boolean listedOff = days.stream().anyMatch(d -> d.date().equals(day) && !d.working());
              assertThat(LAW.isWorkingDay(day)).as("%s", day).isEqualTo(weekday && !listedOff);
            });
  }

  @Test
  void theSameDayBothOffAndWorkedIsRejected() {
    assertThatThrownBy(
            () ->
                WorkingCalendar.builder()
                    .official(
                        OfficialCalendarData.forYear(2026, "Thông báo B")
                            .workingDay(date("2026-04-26"), "làm bù") // Hùng Kings' day, Sunday
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Contradictory")
        .hasMessageContaining("2026-04-26 is both a public holiday");
    assertThatThrownBy(
            () ->
                WorkingCalendar.builder()
                    .localDayOff(date("2026-03-28"), "ngày của tỉnh", "Quyết định C")
                    .official(
                        OfficialCalendarData.forYear(2026, "Thông báo D")
                            .workingDay(date("2026-03-28"), "làm bù")
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-03-28 is both \"ngày của tỉnh\"");
    assertThatThrownBy(
            () ->
                OfficialCalendarData.forYear(2026, "Thông báo E")
                    .tetDaysOff(date("2026-02-14"), date("2026-02-22"))
                    .workingDay(date("2026-02-21"), "làm bù")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-02-21 is both a Tết day off");
  }

  @Test
  void implausibleOfficialDataIsRejected() {
    assertThatThrownBy(
            () -> OfficialCalendarData.forYear(2025, "x").workingDay(date("2025-04-28"), "Mon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Only a Saturday or Sunday");
    assertThatThrownBy(
            () -> OfficialCalendarData.forYear(2025, "x").extraDayOff(date("2025-04-26"), "Sat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a weekday");
    assertThatThrownBy(
            () -> OfficialCalendarData.forYear(2025, "x").extraDayOff(date("2026-01-02"), "n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in 2025");
    assertThatThrownBy(
            () ->
                OfficialCalendarData.forYear(2026, "x")
                    .tetDaysOff(date("2026-02-01"), date("2026-02-05")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must contain the lunar new year's day 2026-02-17");
    assertThatThrownBy(
            () ->
                WorkingCalendar.builder()
                    .official(OfficialCalendarData.forYear(2026, "A").build())
                    .official(OfficialCalendarData.forYear(2026, "B").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already given by A");
  }

  @Test
  void countingWorkingDaysAcrossAYearBoundary() {
    // Wed 31/12/2025 + 1 -> Fri 2/1/2026 (1/1 is a holiday)
    assertThat(LAW.nextWorkingDay(date("2025-12-31"))).isEqualTo("2026-01-02");
    assertThat(LAW.plusWorkingDays(date("2025-12-30"), 3)).isEqualTo("2026-01-05");
    assertThat(LAW.plusWorkingDays(date("2025-12-30"), 0)).isEqualTo("2025-12-30");
    assertThat(LAW.workingDaysBetween(date("2025-12-30"), date("2026-01-05"))).isEqualTo(3);
    assertThat(LAW.workingDayOnOrAfter(date("2026-01-01"))).isEqualTo("2026-01-02");
    assertThat(LAW.workingDayOnOrAfter(date("2026-01-02"))).isEqualTo("2026-01-02");
  }

  @Test
  void aYearHasAboutTwoHundredFortyFiveWorkingDays() {
    assertThat(LAW.workingDaysBetween(date("2025-12-31"), date("2026-12-31")))
        .isEqualTo(261 - 11); // 261 weekdays, 11 off: 1/1, 5 Tết, 27/4, 30/4, 1/5, 1/9, 2/9
  }

  @Test
  void datesOutsideTheSupportedRangeAreRejected() {
    assertThatThrownBy(() -> LAW.isWorkingDay(date("1899-12-29")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> LAW.specialDays(2200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year 2200");
    assertThatThrownBy(() -> LAW.plusWorkingDays(date("2199-12-30"), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> LAW.plusWorkingDays(date("2026-01-05"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not negative");
    assertThatThrownBy(() -> OfficialCalendarData.forYear(1899, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void everyYearOfTheRangeHasItsHolidaysAndARealisticNumberOfWorkingDays() {
    for (int year = 1900; year <= 2199; year++) {
      List<CalendarDay> days = LAW.specialDays(year);
      assertThat(days).filteredOn(day -> day.type() == DayType.HOLIDAY).hasSizeBetween(11, 12);
      // 1 January is never a working day, so this counts the whole year
      int working = LAW.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      assertThat(working).as("working days in %d", year).isBetween(246, 252);
    }
  }
}
