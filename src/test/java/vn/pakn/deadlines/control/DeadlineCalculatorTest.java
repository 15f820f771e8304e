package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pakn.platform.control.VietnamTime;

class DeadlineCalculatorTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DeadlineCalculator LAW = new DeadlineCalculator(WorkingCalendar.standard());

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static LocalDateTime at(String isoDateTime) {
    return LocalDateTime.parse(isoDateTime);
  }

  /** 00:00 Vietnam time (UTC+7) of a day, the instant that represents 24:00 of the day before. */
  private static Instant midnightStarting(String isoDate) {
    return Instant.parse(isoDate + "T00:00:00Z").minusSeconds(7 * 3600);
  }

  @Test
  void tetExampleWithThePublishedSpan2026() {
    // Tết Bính Ngọ 2026 as announced: off Sat 14/02 to Sun 22/02 (configured explicitly; the
    // computed default, 16–20/02, gives the same working days)
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .official(
                OfficialCalendarData.forYear(2026, "Thông báo lịch nghỉ Tết Bính Ngọ 2026")
                    .tetDaysOff(date("2026-02-14"), date("2026-02-22"))
                    .build())
            .build();

    Deadline deadline = new DeadlineCalculator(calendar).deadline(at("2026-02-13T16:20"), 5);

    assertThat(deadline.receivedAfterCutoff()).isTrue();
    assertThat(deadline.countsAsReceivedOn()).isEqualTo("2026-02-23");
    assertThat(deadline.countedDays())
        .containsExactly(
            date("2026-02-24"),
            date("2026-02-25"),
            date("2026-02-26"),
            date("2026-02-27"),
            date("2026-03-02"));
    assertThat(deadline.lastDay()).isEqualTo("2026-03-02");
    assertThat(deadline.due()).isEqualTo(midnightStarting("2026-03-03"));
    assertThat(deadline.explanation(Locale.ENGLISH))
        .isEqualTo(
            "received Fri 13/02/2026 16:20, after 15:00 → treated as received on the next working"
                + " day, Mon 23/02 (days off: 14–22/02 Lunar New Year); 5 working days: 24, 25,"
                + " 26, 27/02, 02/03 → due Mon 02/03/2026 24:00");
    assertThat(deadline.explanation(VI))
        .isEqualTo(
            "nhận lúc 16:20 thứ Sáu 13/02/2026, sau 15:00 → tính là nhận vào ngày làm việc tiếp"
                + " theo, thứ Hai 23/02 (ngày nghỉ: 14–22/02 Tết Nguyên đán); 5 ngày làm việc:"
                + " 24, 25, 26, 27/02, 02/03 → hạn: 24:00 thứ Hai 02/03/2026");
  }

  @Test
  void tetExampleWithTheComputedDefault2026() {
    Deadline deadline = LAW.deadline(at("2026-02-13T16:20"), 5);

    assertThat(deadline.lastDay()).isEqualTo("2026-03-02");
    assertThat(deadline.explanation(Locale.ENGLISH))
        .contains("Mon 23/02 (days off: 16–20/02 Lunar New Year)")
        .endsWith("→ due Mon 02/03/2026 24:00");
  }

  @ParameterizedTest(name = "received {0} -> counts from {1}, 1 working day due end of {2}")
  @CsvSource({
    "2026-03-10T14:59:59, 2026-03-10, 2026-03-11", // before the cut-off
    "2026-03-10T15:00:00, 2026-03-10, 2026-03-11", // 15:00 still counts for the day
    "2026-03-10T15:00:59, 2026-03-10, 2026-03-11", // the receipt says 15:00
    "2026-03-10T15:01:00, 2026-03-11, 2026-03-12", // after 15:00
    "2026-03-10T23:59:59, 2026-03-11, 2026-03-12",
    "2026-03-10T00:00:00, 2026-03-10, 2026-03-11",
  })
  void theCutoffIs1500InclusiveAtMinutePrecision(
      LocalDateTime received, LocalDate countsFrom, LocalDate lastDay) {
    Deadline deadline = LAW.deadline(received, 1);

    assertThat(deadline.countsAsReceivedOn()).isEqualTo(countsFrom);
    assertThat(deadline.lastDay()).isEqualTo(lastDay);
    assertThat(LAW.due(received, 1)).isEqualTo(deadline.due());
    assertThat(deadline.receivedAfterCutoff())
        .isEqualTo(!countsFrom.equals(received.toLocalDate()));
  }

  @Test
  void theCutoffIsConfigurable() {
    DeadlineCalculator calculator =
        new DeadlineCalculator(WorkingCalendar.standard(), LocalTime.of(16, 30));

    assertThat(calculator.lastDay(instant("2026-03-10T16:30"), 1)).isEqualTo("2026-03-11");
    assertThat(calculator.lastDay(instant("2026-03-10T16:31"), 1)).isEqualTo("2026-03-12");
    assertThat(calculator.deadline(at("2026-03-10T16:45"), 1).explanation(Locale.ENGLISH))
        .contains("after 16:30");
    assertThatThrownBy(
            () -> new DeadlineCalculator(WorkingCalendar.standard(), LocalTime.of(15, 0, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole minutes");
  }

  @Test
  void aPeriodStartsTheDayAfterReceiptAndSkipsTheWeekend() {
    // received Thu 12/03/2026 10:00; 3 working days: Fri 13, Mon 16, Tue 17
    Deadline deadline = LAW.deadline(at("2026-03-12T10:00"), 3);

    assertThat(deadline.countedDays())
        .containsExactly(date("2026-03-13"), date("2026-03-16"), date("2026-03-17"));
    assertThat(deadline.due()).isEqualTo(midnightStarting("2026-03-18"));
    assertThat(deadline.explanation(Locale.ENGLISH))
        .isEqualTo(
            "received Thu 12/03/2026 10:00; 3 working days: 13, 16, 17/03 → due Tue 17/03/2026"
                + " 24:00");
  }

  @Test
  void aReceiptOnANonWorkingDayCountsFromTheNextWorkingDay() {
    // Sat 25/04/2026; Sun 26/04 is Hùng Kings' day, Mon 27/04 its compensatory day
    Deadline deadline = LAW.deadline(at("2026-04-25T09:00"), 2);

    assertThat(deadline.receivedAfterCutoff()).isFalse();
    assertThat(deadline.countsAsReceivedOn()).isEqualTo("2026-04-28");
    assertThat(deadline.countedDays()).containsExactly(date("2026-04-29"), date("2026-05-04"));
    assertThat(deadline.explanation(Locale.ENGLISH))
        .isEqualTo(
            "received Sat 25/04/2026 09:00, not a working day → treated as received on the next"
                + " working day, Tue 28/04 (days off: 26/04 Hùng Kings' Commemoration Day, 27/04"
                + " Compensatory day off (Hùng Kings' Commemoration Day)); 2 working days (days off"
                + " skipped: 30/04 Reunification Day, 01/05 International Labour Day): 29/04, 04/05"
                + " → due Mon 04/05/2026 24:00");
    assertThat(deadline.explanation(VI))
        .startsWith("nhận lúc 09:00 thứ Bảy 25/04/2026, ngày nghỉ → tính là nhận vào ngày làm")
        .contains("không tính ngày nghỉ: 30/04 Ngày Chiến thắng, 01/05 Quốc tế Lao động");
  }

  @Test
  void aReceiptOnAHolidayMorningIsNotOnTime() {
    // 10:00 on 1 January counts from Fri 2 January 2026
    assertThat(LAW.countsAsReceivedOn(instant("2026-01-01T10:00"))).isEqualTo("2026-01-02");
  }

  @Test
  void aWorkingSaturdayCountsAndAReceiptOnItIsOnTime() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .official(
                OfficialCalendarData.forYear(2024, "Công văn 2450/VPCP-KGVX")
                    .extraDayOff(date("2024-04-29"), "Hoán đổi ngày làm việc dịp 30/4–1/5")
                    .workingDay(date("2024-05-04"), "Làm bù cho thứ Hai 29/4")
                    .build())
            .build();
    DeadlineCalculator calculator = new DeadlineCalculator(calendar);

    // Fri 26/04/2024 + 3: Thu 2, Fri 3, Sat 4 May (29/4..1/5 off)
    assertThat(calculator.deadline(at("2024-04-26T09:00"), 3).countedDays())
        .containsExactly(date("2024-05-02"), date("2024-05-03"), date("2024-05-04"));
    assertThat(calculator.countsAsReceivedOn(instant("2024-05-04T10:00"))).isEqualTo("2024-05-04");
    // the same period under the law alone ends on Monday 6 May
    assertThat(LAW.lastDay(instant("2024-04-26T09:00"), 3)).isEqualTo("2024-05-03");
    assertThat(calculator.deadline(at("2024-04-26T09:00"), 3).explanation(Locale.ENGLISH))
        .contains(
            "days off skipped: 29/04 Extra day off (Hoán đổi ngày làm việc dịp 30/4–1/5), 30/04"
                + " Reunification Day, 01/05 International Labour Day");
  }

  @Test
  void aDeadlineAcrossTheNewYear() {
    // Wed 31/12/2025 11:00; 1/1/2026 is a holiday
    Deadline deadline = LAW.deadline(at("2025-12-30T11:00"), 3);

    assertThat(deadline.countedDays())
        .containsExactly(date("2025-12-31"), date("2026-01-02"), date("2026-01-05"));
    assertThat(deadline.due()).isEqualTo(midnightStarting("2026-01-06"));
    assertThat(deadline.explanation(Locale.ENGLISH))
        .contains(
            "3 working days (days off skipped: 01/01 New Year's Day): 31/12/2025, 02, 05/01/2026")
        .endsWith("due Mon 05/01/2026 24:00");
  }

  @Test
  void zeroWorkingDaysIsDueAtTheEndOfTheDayTheReceiptCountsFor() {
    assertThat(LAW.due(at("2026-03-10T09:00"), 0)).isEqualTo(midnightStarting("2026-03-11"));
    assertThat(LAW.due(at("2026-03-10T16:00"), 0)).isEqualTo(midnightStarting("2026-03-12"));
    Deadline deadline = LAW.deadline(at("2026-03-14T09:00"), 0); // a Saturday

    assertThat(deadline.countedDays()).isEmpty();
    assertThat(deadline.lastDay()).isEqualTo("2026-03-16");
    assertThat(deadline.explanation(Locale.ENGLISH))
        .endsWith("Mon 16/03; 0 working days → due Mon 16/03/2026 24:00");
  }

  @Test
  void theDueInstantIsMidnightVietnamTimeAndWorkBeforeItIsOnTime() {
    Deadline deadline = LAW.deadline(at("2026-03-12T10:00"), 3);

    assertThat(deadline.due()).isEqualTo(Instant.parse("2026-03-17T17:00:00Z"));
    assertThat(deadline.isMetBy(Instant.parse("2026-03-17T16:59:59.999Z"))).isTrue();
    assertThat(deadline.isMetBy(Instant.parse("2026-03-17T17:00:00Z"))).isFalse();
  }

  @Test
  void anInstantIsReadInVietnamTime() {
    // 08:30 UTC is 15:30 in Hà Nội: after the cut-off
    assertThat(LAW.countsAsReceivedOn(Instant.parse("2026-03-10T08:30:00Z")))
        .isEqualTo("2026-03-11");
    // 07:59 UTC is 14:59
    assertThat(LAW.countsAsReceivedOn(Instant.parse("2026-03-10T07:59:00Z")))
        .isEqualTo("2026-03-10");
    // 18:00 UTC on Monday is 01:00 on Tuesday in Vietnam
    assertThat(LAW.countsAsReceivedOn(Instant.parse("2026-03-09T18:00:00Z")))
        .isEqualTo("2026-03-10");
  }

  @Test
  void longPeriodsListOnlyTheirFirstAndLastDays() {
    Deadline deadline = LAW.deadline(at("2026-03-02T09:00"), 30);

    assertThat(deadline.countedDays()).hasSize(30);
    assertThat(deadline.explanation(Locale.ENGLISH)).contains("30 working days").contains(" … ");
    assertThat(LAW.deadline(at("2026-03-02T09:00"), 1).explanation(Locale.ENGLISH))
        .contains("1 working day:");
  }

  @Test
  void theLargestPeriodIsAboutFifteenYears() {
    assertThat(LAW.lastDay(instant("2026-03-02T09:00"), DeadlineCalculator.MAX_WORKING_DAYS))
        .isBetween(date("2040-06-01"), date("2041-06-01"));
  }

  @Test
  void negativeOrAbsurdPeriodsAreRejected() {
    Instant now = instant("2026-03-02T09:00");
    assertThatThrownBy(() -> LAW.due(now, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 3650 working days");
    assertThatThrownBy(() -> LAW.due(now, 3651))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3651");
    assertThatThrownBy(() -> LAW.deadline(now, -5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void receiptsOutsideTheSupportedRangeAreRejected() {
    assertThatThrownBy(() -> LAW.due(at("1899-12-31T10:00"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> LAW.due(at("2199-12-30T10:00"), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> LAW.due(Instant.MAX, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void theFastPathAgreesWithTheDetailedOneEveryHourOfTwoYears() {
    Instant start = instant("2025-01-01T00:00");
    for (int hour = 0; hour < 2 * 365 * 24; hour += 7) {
      Instant received = start.plusSeconds(hour * 3600L);
      int days = hour % 23;
      Deadline deadline = LAW.deadline(received, days);
      if (!LAW.due(received, days).equals(deadline.due())) {
        throw new AssertionError(received + " + " + days + ": " + deadline);
      }
      assertThat(deadline.countedDays()).hasSize(days).allMatch(LAW.calendar()::isWorkingDay);
    }
  }

  private static Instant instant(String vietnamDateTime) {
    return LocalDateTime.parse(vietnamDateTime).atZone(VietnamTime.ZONE).toInstant();
  }
}
