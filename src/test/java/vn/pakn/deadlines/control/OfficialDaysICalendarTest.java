package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Violation;

class OfficialDaysICalendarTest {

  static String calendar(String... lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + String.join("\r\n", lines)
        + (lines.length == 0 ? "" : "\r\n")
        + "END:VCALENDAR\r\n";
  }

  @Test
  void readsDayEventsWithCategoriesFoldingAndEscapes() {
    ParsedDays parsed =
        OfficialDaysICalendar.parse(
            calendar(
                "BEGIN:VTIMEZONE", // line 4
                "TZID:Asia/Ho_Chi_Minh",
                "END:VTIMEZONE",
                "BEGIN:VEVENT", // line 7
                "UID:1",
                "DTSTART;VALUE=DATE:20260214",
                "SUMMARY:Tết Bính Ngọ",
                "CATEGORIES:TET_FIRST",
                "DESCRIPTION:Thông báo lịch nghỉ Tết\\, 2026",
                "END:VEVENT",
                "BEGIN:VEVENT", // line 14
                "DTSTART;VALUE=DATE:20260222",
                "DTEND;VALUE=DATE:20260223",
                "SUMMARY:Tết",
                " Bính Ngọ",
                "CATEGORIES:Holiday,tet-last",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "END:VALARM",
                "END:VEVENT",
                "BEGIN:VEVENT", // line 24
                "DTSTART;VALUE=DATE:20260102",
                "SUMMARY:Nghỉ hoán đổi",
                "END:VEVENT"),
            "Thông báo mặc định");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.days())
        .extracting(SourcedDay::where)
        .containsExactly("line 7", "line 14", "line 24");
    assertThat(parsed.days())
        .extracting(SourcedDay::day)
        .containsExactly(
            new OfficialDay(
                LocalDate.of(2026, 2, 14),
                OfficialDayType.TET_FIRST,
                "Tết Bính Ngọ",
                "Thông báo lịch nghỉ Tết, 2026"),
            new OfficialDay(
                LocalDate.of(2026, 2, 22),
                OfficialDayType.TET_LAST,
                "TếtBính Ngọ",
                "Thông báo mặc định"),
            new OfficialDay(
                LocalDate.of(2026, 1, 2),
                OfficialDayType.EXTRA_DAY_OFF,
                "Nghỉ hoán đổi",
                "Thông báo mặc định"));
  }

  @Test
  void reportsEveryBadEventAndLine() {
    ParsedDays parsed =
        OfficialDaysICalendar.parse(
            calendar(
                "BEGIN:VEVENT", // 4: no date
                "SUMMARY:A",
                "END:VEVENT",
                "BEGIN:VEVENT", // 7
                "DTSTART:20260102T000000", // 8: a date-time
                "SUMMARY:A",
                "END:VEVENT",
                "BEGIN:VEVENT", // 11
                "DTSTART;VALUE=DATE:2026-01-02", // 12: not basic format
                "END:VEVENT",
                "BEGIN:VEVENT", // 14
                "DTSTART;VALUE=DATE:20260102",
                "SUMMARY:A",
                "CATEGORIES:HOLIDAY", // 17: unknown type
                "END:VEVENT",
                "BEGIN:VEVENT", // 19: three days long
                "DTSTART;VALUE=DATE:20260102",
                "DTEND;VALUE=DATE:20260105",
                "SUMMARY:A",
                "END:VEVENT",
                "BEGIN:VEVENT", // 24
                "DTSTART;VALUE=DATE:20260102",
                "RRULE:FREQ=YEARLY", // 26: recurring
                "SUMMARY:A",
                "END:VEVENT",
                "BEGIN:VEVENT", // 29: no summary, no reference
                "DTSTART;VALUE=DATE:20260102",
                "END:VEVENT",
                "BEGIN:VEVENT", // 32: a Saturday off
                "DTSTART;VALUE=DATE:20260103",
                "SUMMARY:A",
                "DESCRIPTION:R",
                "END:VEVENT",
                "this line has no colon", // 37
                "BEGIN:VEVENT", // 38
                "BEGIN:VEVENT", // 39: nested
                "END:VEVENT",
                "BEGIN:VEVENT", // 41
                "END:VTODO", // 42: wrong end
                "END:VEVENT"),
            null);
    assertThat(parsed.problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            tuple("line 37", "calendar.ics.syntax"),
            tuple("line 4", "calendar.ics.noDate"),
            tuple("line 8", "calendar.ics.date"),
            tuple("line 12", "calendar.ics.date"),
            tuple("line 17", "calendar.type.unknown"),
            tuple("line 19", "calendar.ics.oneDay"),
            tuple("line 26", "calendar.ics.recurring"),
            tuple("line 29", "calendar.name.required"),
            tuple("line 29", "calendar.legalReference.required"),
            tuple("line 32", "calendar.day.weekend"),
            tuple("line 39", "calendar.ics.nestedEvent"),
            tuple("line 42", "calendar.ics.unexpectedEnd"));
  }

  @Test
  void refusesWhatIsNotACalendar() {
    assertThat(OfficialDaysICalendar.parse("date,type\n", "R").problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(tuple("line 1", "calendar.ics.noCalendar"));
    assertThat(OfficialDaysICalendar.parse("", "R").problems())
        .extracting(Violation::key)
        .containsExactly("calendar.ics.noCalendar");
    assertThat(
            OfficialDaysICalendar.parse(
                    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260102\n", "R")
                .problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(tuple("line 2", "calendar.ics.unclosedEvent"));
    assertThat(OfficialDaysICalendar.parse("BEGIN:VCALENDAR\nVERSION:2.0\n", "R").problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(tuple("line 2", "calendar.ics.unclosedCalendar"));
    assertThat(OfficialDaysICalendar.parse(calendar(), "R").problems())
        .extracting(Violation::key)
        .containsExactly("calendar.import.empty");
    assertThat(OfficialDaysICalendar.parse(calendar() + "BEGIN:VEVENT\n", "R").problems())
        .extracting(Violation::key)
        .containsExactly("calendar.ics.afterEnd");
  }

  @Test
  void checksTheYearAsAWhole() {
    ParsedDays parsed =
        OfficialDaysICalendar.parse(
            calendar(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260426",
                "SUMMARY:Làm bù",
                "CATEGORIES:WORKING_WEEKEND_DAY",
                "END:VEVENT"),
            "R");
    assertThat(parsed.problems())
        .extracting(Violation::field, Violation::key)
        .containsExactly(tuple("line 4", OfficialDays.CONTRADICTION));
  }
}
