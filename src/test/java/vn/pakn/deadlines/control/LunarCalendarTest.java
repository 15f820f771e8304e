package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

  /**
   * Tết (1/1 lunar). 1996–2019 agree with published Chinese New Year lists except 2007; 2023–2026
   * are the dates in the domain brief; 1985, 2007, 2030 and 2053 are the years where Vietnam
   * (UTC+7) is a day (1985: a month) earlier than China (UTC+8).
   */
  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "1968, 1968-01-29", // Tết Mậu Thân in the North, already on UTC+7 (the South used 01-30)
    "1985, 1985-01-21", // China: 1985-02-20
    "1996, 1996-02-19",
    "1997, 1997-02-07",
    "1998, 1998-01-28",
    "1999, 1999-02-16",
    "2000, 2000-02-05",
    "2001, 2001-01-24",
    "2002, 2002-02-12",
    "2003, 2003-02-01",
    "2004, 2004-01-22",
    "2005, 2005-02-09",
    "2006, 2006-01-29",
    "2007, 2007-02-17", // China: 2007-02-18
    "2008, 2008-02-07",
    "2009, 2009-01-26",
    "2010, 2010-02-14",
    "2011, 2011-02-03",
    "2012, 2012-01-23",
    "2013, 2013-02-10",
    "2014, 2014-01-31",
    "2015, 2015-02-19",
    "2016, 2016-02-08",
    "2017, 2017-01-28",
    "2018, 2018-02-16",
    "2019, 2019-02-05",
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2030, 2030-02-02", // China: 2030-02-03
    "2053, 2053-02-18", // China: 2053-02-19
  })
  void tetFallsOnThePublishedVietnameseDate(int year, LocalDate tet) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(1, 1, year));
    assertThat(LunarCalendar.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
  }

  @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
  @CsvSource({
    "2012, 2012-03-31",
    "2023, 2023-04-29",
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26",
  })
  void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate day) {
    assertThat(LunarCalendar.toSolar(LunarDate.of(10, 3, year))).isEqualTo(day);
    assertThat(LunarCalendar.toLunar(day)).isEqualTo(LunarDate.of(10, 3, year));
  }

  @ParameterizedTest(name = "lunar year {0} has leap month {1}")
  @CsvSource({
    "2020, 4",
    "2023, 2",
    "2025, 6",
    "2028, 5",
    "2033, 11",
    "1900, 8",
    "2024, 0",
    "2026, 0"
  })
  void leapMonths(int year, int leapMonth) {
    assertThat(LunarCalendar.leapMonth(year)).isEqualTo(leapMonth);
  }

  @Test
  void leapSixthMonthOf2025FollowsTheOrdinarySixthMonth() {
    LocalDate sixth = LunarCalendar.toSolar(LunarDate.of(1, 6, 2025));
    LocalDate leapSixth = LunarCalendar.toSolar(new LunarDate(1, 6, 2025, true));
    LocalDate seventh = LunarCalendar.toSolar(LunarDate.of(1, 7, 2025));

    assertThat(sixth).isEqualTo(LocalDate.of(2025, 6, 25));
    assertThat(leapSixth).isEqualTo(LocalDate.of(2025, 7, 25));
    assertThat(seventh).isEqualTo(LocalDate.of(2025, 8, 23));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 1)))
        .isEqualTo(new LunarDate(8, 6, 2025, true));
  }

  @Test
  void leapEleventhMonthOf2033BelongsToTheYearBeforeItsTet() {
    LocalDate leapEleventh = LunarCalendar.toSolar(new LunarDate(1, 11, 2033, true));

    assertThat(leapEleventh).isBetween(LocalDate.of(2033, 12, 1), LocalDate.of(2034, 1, 31));
    assertThat(LunarCalendar.toLunar(leapEleventh)).isEqualTo(new LunarDate(1, 11, 2033, true));
    assertThat(LunarCalendar.newYear(2034)).isAfter(leapEleventh);
  }

  @Test
  void everyDayFrom1900To2199RoundTripsAndLunarDaysAdvanceOneByOne() {
    LocalDate last = LunarCalendar.LAST_DAY;
    LunarDate previous = LunarCalendar.toLunar(LunarCalendar.FIRST_DAY);
    int days = 1;
    for (LocalDate d = LunarCalendar.FIRST_DAY.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      LunarDate lunar = LunarCalendar.toLunar(d);
      if (!LunarCalendar.toSolar(lunar).equals(d)) {
        throw new AssertionError(d + " -> " + lunar + " -> " + LunarCalendar.toSolar(lunar));
      }
      if (lunar.day() == 1) {
        assertThat(previous.day()).as("length of the month before %s", d).isIn(29, 30);
      } else if (lunar.day() != previous.day() + 1
          || lunar.month() != previous.month()
          || lunar.leapMonth() != previous.leapMonth()) {
        throw new AssertionError(previous + " is followed by " + lunar + " on " + d);
      }
      previous = lunar;
      days++;
    }
    assertThat(days)
        .isEqualTo(ChronoUnit.DAYS.between(LunarCalendar.FIRST_DAY, last.plusDays(1)))
        .isEqualTo(109_573);
  }

  @Test
  void tetAlwaysFallsBetween21JanuaryAnd20FebruaryAndYearsHave12Or13Months() {
    for (int year = 1901; year <= 2199; year++) {
      LocalDate tet = LunarCalendar.newYear(year);
      assertThat(tet)
          .as("Tết %d", year)
          .isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
      long length = ChronoUnit.DAYS.between(LunarCalendar.newYear(year - 1), tet);
      assertThat(length)
          .as("length of lunar year %d", year - 1)
          .isIn(353L, 354L, 355L, 383L, 384L, 385L);
      assertThat(length > 370).isEqualTo(LunarCalendar.leapMonth(year - 1) != 0);
    }
  }

  @Test
  void monthLengthsAreTwentyNineOrThirtyDays() {
    assertThat(LunarCalendar.monthLength(2025, 12, false)).isEqualTo(29); // 2026-01-19..02-16
    assertThat(LunarCalendar.monthLength(2025, 6, true)).isEqualTo(29);
    assertThat(LunarCalendar.monthLength(2024, 1, false)).isIn(29, 30);
  }

  @Test
  void aLeapMonthTheYearDoesNotHaveIsRejected() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 3, 2025, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no leap month 3")
        .hasMessageContaining("its leap month is 6");
    assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 3, 2024, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it has no leap month");
  }

  @Test
  void dayThirtyOfATwentyNineDayMonthIsRejected() {
    assertThat(LunarCalendar.toSolar(LunarDate.of(29, 12, 2025))).isEqualTo("2026-02-16");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(30, 12, 2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 29 days");
  }

  @Test
  void impossibleDayAndMonthNumbersAreRejected() {
    assertThatThrownBy(() -> LunarDate.of(31, 1, 2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 30");
    assertThatThrownBy(() -> LunarDate.of(1, 13, 2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 12");
  }

  @Test
  void datesOutside1900To2199AreRejectedWithTheSupportedRange() {
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1900-01-01 to 2199-12-31")
        .hasMessageContaining("1899-12-31");
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2200-01-01");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(1, 1, 2200)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> LunarCalendar.leapMonth(2200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lunar year 2200");
    assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(1, 11, 1899)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void theEdgesOfTheRangeConvert() {
    assertThat(LunarCalendar.toLunar(LocalDate.of(1900, 1, 1)))
        .isEqualTo(LunarDate.of(1, 12, 1899));
    assertThat(LunarCalendar.toLunar(LocalDate.of(1900, 1, 31)))
        .isEqualTo(LunarDate.of(1, 1, 1900));
    assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(LocalDate.of(2199, 12, 31))))
        .isEqualTo("2199-12-31");
  }
}
