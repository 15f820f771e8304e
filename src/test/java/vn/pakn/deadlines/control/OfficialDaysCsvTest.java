package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Violation;

class OfficialDaysCsvTest {

  static final String TET_2026 =
      "date,type,name,legalReference\n"
          + "2026-02-14,TET_FIRST,Tết Bính Ngọ,\"Thông báo lịch nghỉ Tết 2026, Bộ Nội vụ\"\n"
          + "2026-02-22,TET_LAST,Tết Bính Ngọ,\"Thông báo lịch nghỉ Tết 2026, Bộ Nội vụ\"\n";

  @Test
  void readsEveryTypeWithQuotedFields() {
    ParsedDays parsed =
        OfficialDaysCsv.parse(
            "\uFEFF"
                + TET_2026
                + "\n# a comment\n"
                + "2026-09-03,national_day_second,Quốc khánh,Thông báo A\r\n"
                + "2026-01-02,EXTRA_DAY_OFF,\"Nghỉ \"\"hoán đổi\"\"\",Thông báo A\n"
                + "2026-01-10,WORKING_WEEKEND_DAY,Làm bù,Thông báo A\n"
                + "2026-03-24,LOCAL_DAY_OFF,Ngày giải phóng tỉnh,Quyết định UBND tỉnh\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.days()).hasSize(6);
    assertThat(parsed.days().get(0).where()).isEqualTo("line 2");
    assertThat(parsed.days().get(0).day().legalReference())
        .isEqualTo("Thông báo lịch nghỉ Tết 2026, Bộ Nội vụ");
    assertThat(parsed.days().get(3).day())
        .isEqualTo(
            new OfficialDay(
                LocalDate.of(2026, 1, 2),
                OfficialDayType.EXTRA_DAY_OFF,
                "Nghỉ \"hoán đổi\"",
                "Thông báo A"));
    WorkingCalendar calendar =
        OfficialDays.calendar(
            java.util.Map.of(2026, parsed.days().stream().map(SourcedDay::day).toList()));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 20))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 24))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isFalse();
  }

  @Test
  void writesWhatItReads() {
    List<OfficialDay> days =
        OfficialDaysCsv.parse(TET_2026).days().stream().map(SourcedDay::day).toList();
    assertThat(OfficialDaysCsv.parse(OfficialDaysCsv.write(days)).days())
        .extracting(SourcedDay::day)
        .isEqualTo(days);
  }

  @Test
  void reportsEveryBadLineAndKeepsNothingUsable() {
    ParsedDays parsed =
        OfficialDaysCsv.parse(
            String.join(
                "\n",
                "date,type,name,legalReference",
                "2026-13-01,EXTRA_DAY_OFF,A,B", // 2 bad date
                "2026-01-02,HOLIDAY,A,B", // 3 unknown type
                "2026-01-02,EXTRA_DAY_OFF,A", // 4 three columns
                "2026-01-02,EXTRA_DAY_OFF,A,B,C", // 5 five columns
                "2026-01-02,EXTRA_DAY_OFF,\"A,B", // 6 unclosed quote
                "2026-01-02,EXTRA_DAY_OFF,\"A\"x,B", // 7 text after a quote
                "2026-01-02,EXTRA_DAY_OFF,A\"B,C", // 8 stray quote
                "2026-01-02,EXTRA_DAY_OFF, ,B", // 9 no name
                "2026-01-02,EXTRA_DAY_OFF,A,", // 10 no reference
                "2026-01-03,EXTRA_DAY_OFF,A,B", // 11 a Saturday off
                "2026-01-05,WORKING_WEEKEND_DAY,A,B", // 12 a Monday worked
                "2026-09-04,NATIONAL_DAY_SECOND,A,B", // 13 not 1 or 3 September
                "1899-12-29,EXTRA_DAY_OFF,A,B", // 14 out of range
                "2026-06-01,TET_FIRST,A,B", // 15 Tết in June
                "2026-01-02,LOCAL_DAY_OFF,A\u200B,B", // 16 invisible character
                "2026-01-02,LOCAL_DAY_OFF," + "x".repeat(201) + ",B", // 17 too long
                "2026-01-06,EXTRA_DAY_OFF,Good,B")); // 18 fine
    assertThat(parsed.problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line 2", "calendar.date.format"),
            org.assertj.core.groups.Tuple.tuple("line 3", "calendar.type.unknown"),
            org.assertj.core.groups.Tuple.tuple("line 4", "calendar.csv.columns"),
            org.assertj.core.groups.Tuple.tuple("line 5", "calendar.csv.columns"),
            org.assertj.core.groups.Tuple.tuple("line 6", "calendar.csv.unclosedQuote"),
            org.assertj.core.groups.Tuple.tuple("line 7", "calendar.csv.afterQuote"),
            org.assertj.core.groups.Tuple.tuple("line 8", "calendar.csv.strayQuote"),
            org.assertj.core.groups.Tuple.tuple("line 9", "calendar.name.required"),
            org.assertj.core.groups.Tuple.tuple("line 10", "calendar.legalReference.required"),
            org.assertj.core.groups.Tuple.tuple("line 11", "calendar.day.weekend"),
            org.assertj.core.groups.Tuple.tuple("line 12", "calendar.day.notWeekend"),
            org.assertj.core.groups.Tuple.tuple("line 13", "calendar.nationalDay.date"),
            org.assertj.core.groups.Tuple.tuple("line 14", "calendar.date.range"),
            org.assertj.core.groups.Tuple.tuple("line 15", "calendar.tet.outside"),
            org.assertj.core.groups.Tuple.tuple("line 16", "text.invisibleCharacter"),
            org.assertj.core.groups.Tuple.tuple("line 17", "text.tooLong"));
    assertThat(parsed.ok()).isFalse();
  }

  @Test
  void checksEachYearAsAWhole() {
    assertThat(
            OfficialDaysCsv.parse(
                    "2026-02-14,TET_FIRST,T,R\n"
                        + "2026-02-16,TET_FIRST,T,R\n"
                        + "2026-02-22,TET_LAST,T,R\n"
                        + "2026-01-02,EXTRA_DAY_OFF,A,R\n"
                        + "2026-01-02,LOCAL_DAY_OFF,A,R\n")
                .problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line 2", "calendar.once"),
            org.assertj.core.groups.Tuple.tuple("line 5", "calendar.day.duplicate"));
    assertThat(OfficialDaysCsv.parse("2026-02-14,TET_FIRST,T,R\n").problems())
        .extracting(Violation::key)
        .containsExactly("calendar.tet.incomplete");
    assertThat(
            OfficialDaysCsv.parse("2026-02-18,TET_FIRST,T,R\n2026-02-22,TET_LAST,T,R\n").problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("line 1", "calendar.tet.span"));
    assertThat(
            OfficialDaysCsv.parse("2026-01-01,TET_FIRST,T,R\n2026-02-22,TET_LAST,T,R\n").problems())
        .extracting(Violation::key)
        .containsExactly("calendar.tet.long");
    assertThat(OfficialDaysCsv.parse("date,type,name,legalReference\n\n").problems())
        .extracting(Violation::key)
        .containsExactly("calendar.import.empty");
  }

  @Test
  void aDayBothOffAndWorkedIsAContradiction() {
    // Hùng Kings' day 2026 is Sunday 26/04; the Tết span includes Saturday 21/02.
    ParsedDays parsed =
        OfficialDaysCsv.parse(
            "2026-02-14,TET_FIRST,T,R\n"
                + "2026-02-22,TET_LAST,T,R\n"
                + "2026-02-21,WORKING_WEEKEND_DAY,Làm bù,R\n"
                + "2026-04-26,WORKING_WEEKEND_DAY,Làm bù,R\n");
    assertThat(parsed.problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line 3", OfficialDays.CONTRADICTION),
            org.assertj.core.groups.Tuple.tuple("line 4", OfficialDays.CONTRADICTION));
    assertThat(parsed.problems()).allMatch(OfficialDays::contradiction);
  }

  @Test
  void tooManyLinesAreRefusedAtOnce() {
    String line = "2026-01-02,EXTRA_DAY_OFF,A,B\n";
    assertThat(OfficialDaysCsv.parse(line.repeat(OfficialDaysCsv.MAX_LINES + 1)).problems())
        .extracting(Violation::key)
        .containsExactly("calendar.tooManyLines");
  }
}
