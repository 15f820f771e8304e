package vn.pakn.deadlines.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Deployments;

/**
 * The calendar over HTTP on real PostgreSQL: the public contract (year, deadline, lunar, solar),
 * bad input named, administrators' official data (PUT, CSV and iCalendar import) stored whole or
 * not at all, and a stored change reaching the public calendar. Changes go to 2026 (Tết span only,
 * as announced: 14–22 February) and 2030, far from the deadlines other tests count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// failsafe sets the container's jar; a unit-test run selecting this package (-Dtest=...) skips it
@EnabledIfSystemProperty(named = "payara.microJar", matches = ".+")
class CalendarIT {

  static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  static final String TET_2026 =
      "{\"days\":["
          + "{\"date\":\"2026-02-14\",\"type\":\"TET_FIRST\",\"name\":\"Tết Bính Ngọ\","
          + "\"legalReference\":\"Thông báo lịch nghỉ Tết Bính Ngọ 2026\"},"
          + "{\"date\":\"2026-02-22\",\"type\":\"TET_LAST\",\"name\":\"Tết Bính Ngọ\","
          + "\"legalReference\":\"Thông báo lịch nghỉ Tết Bính Ngọ 2026\"}]}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void aYearListsHolidaysEvenOnAWeekendWithTheirCompensatoryDays() {
    ok(api.put("api/calendar/2026/official", TET_2026, admin()));
    JsonObject english = ok(api.get("api/calendar/2026", "Accept-Language", "en")).json();
    assertThat(english.getInt("year")).isEqualTo(2026);
    List<String> days =
        english.getJsonArray("days").stream()
            .map(JsonObject.class::cast)
            .map(d -> d.getString("date") + " " + d.getString("type") + " " + d.getString("name"))
            .toList();
    assertThat(days)
        .contains(
            "2026-01-01 HOLIDAY New Year's Day",
            "2026-02-14 HOLIDAY Lunar New Year",
            "2026-02-17 HOLIDAY Lunar New Year",
            "2026-02-22 HOLIDAY Lunar New Year",
            "2026-04-26 HOLIDAY Hùng Kings' Commemoration Day",
            "2026-04-27 COMPENSATORY_DAY_OFF Compensatory day off (Hùng Kings' Commemoration Day)",
            "2026-09-02 HOLIDAY National Day");
    JsonObject vietnamese = ok(api.get("api/calendar/2026")).json();
    assertThat(vietnamese.getJsonArray("days").stream().map(JsonObject.class::cast))
        .anyMatch(
            d ->
                d.getString("date").equals("2026-04-26")
                    && d.getString("name").equals("Giỗ Tổ Hùng Vương"));
  }

  @Test
  void theDeadlineExampleOnceTheOfficialTetSpanIsStored() {
    ok(api.put("api/calendar/2026/official", TET_2026, admin()));
    for (String start :
        List.of("2026-02-13T16:20", "2026-02-13T09:20:00Z", "2026-02-13T16:20+07:00")) {
      JsonObject deadline =
          ok(api.get(
                  "api/calendar/deadline?start=" + encode(start) + "&workingDays=5",
                  "Accept-Language",
                  "en"))
              .json();
      assertThat(deadline.getString("lastDay")).as(start).isEqualTo("2026-03-02");
      assertThat(deadline.getString("due")).isEqualTo("2026-03-03T00:00:00+07:00");
      assertThat(deadline.getString("explanation"))
          .contains("after 15:00")
          .contains("Mon 23/02")
          .endsWith("due Mon 02/03/2026 24:00");
    }
    assertThat(
            ok(api.get("api/calendar/deadline?start=2026-02-13T16:20&workingDays=5"))
                .json()
                .getString("explanation"))
        .contains("hạn: 24:00 thứ Hai 02/03/2026");
  }

  @Test
  void lunarAndSolarDates() {
    JsonObject tet = ok(api.get("api/calendar/lunar?date=2026-02-17")).json();
    assertThat(tet.getInt("day")).isEqualTo(1);
    assertThat(tet.getInt("month")).isEqualTo(1);
    assertThat(tet.getInt("year")).isEqualTo(2026);
    assertThat(tet.getBoolean("leapMonth")).isFalse();
    assertThat(ok(api.get("api/calendar/solar?year=2026&month=3&day=10")).json().getString("date"))
        .isEqualTo("2026-04-26");
    String leap =
        ok(api.get("api/calendar/solar?year=2025&month=6&day=1&leapMonth=true"))
            .json()
            .getString("date");
    JsonObject back = ok(api.get("api/calendar/lunar?date=" + leap)).json();
    assertThat(back.getBoolean("leapMonth")).isTrue();
    assertThat(back.getInt("month")).isEqualTo(6);
  }

  @Test
  void badInputIsRefusedNamingTheParameter() {
    expect(api.get("api/calendar/1899"), 400, "year");
    expect(api.get("api/calendar/2200"), 400, "year");
    expect(api.get("api/calendar/twenty"), 400, "year");
    String deadline = "api/calendar/deadline?";
    expect(api.get(deadline + "start=yesterday&workingDays=5"), 400, "start");
    expect(api.get(deadline + "start=2026-02-30T10:00&workingDays=5"), 400, "start");
    expect(
        api.get(deadline + "start=" + encode("2026-02-13T16:20[Mars/Olympus]") + "&workingDays=5"),
        400,
        "start");
    expect(api.get(deadline + "start=2026-02-13T16:20PST&workingDays=5"), 400, "start");
    expect(api.get(deadline + "start=1899-12-31T10:00&workingDays=5"), 400, "start");
    expect(api.get(deadline + "start=2200-01-01T10:00&workingDays=5"), 400, "start");
    expect(api.get(deadline + "workingDays=5"), 400, "start");
    expect(api.get(deadline + "start=2026-02-13T16:20&workingDays=-1"), 400, "workingDays");
    expect(api.get(deadline + "start=2026-02-13T16:20&workingDays=3651"), 400, "workingDays");
    expect(
        api.get(deadline + "start=2026-02-13T16:20&workingDays=99999999999"), 400, "workingDays");
    expect(api.get(deadline + "start=2026-02-13T16:20&workingDays=five"), 400, "workingDays");
    expect(api.get(deadline + "start=2199-12-30T10:00&workingDays=10"), 400, "workingDays");
    expect(api.get("api/calendar/lunar?date=2026-02-30"), 400, "date");
    expect(api.get("api/calendar/lunar?date=1899-12-31"), 400, "date");
    expect(api.get("api/calendar/lunar"), 400, "date");
    expect(api.get("api/calendar/solar?year=2026&month=13&day=1"), 400, "month");
    expect(api.get("api/calendar/solar?year=2026&month=1&day=31"), 400, "day");
    expect(api.get("api/calendar/solar?year=1800&month=1&day=1"), 400, "year");
    expect(api.get("api/calendar/solar?year=2025&month=5&day=1&leapMonth=true"), 400, "leapMonth");
    expect(api.get("api/calendar/solar?year=2026&month=1&day=1&leapMonth=maybe"), 400, "leapMonth");
  }

  @Test
  void onlyAdministratorsReadAndChangeOfficialData() {
    String csv = "2030-01-02,EXTRA_DAY_OFF,Nghỉ,Thông báo\n";
    assertThat(api.get("api/calendar/2030/official").status()).isEqualTo(401);
    assertThat(api.put("api/calendar/2030/official", "{\"days\":[]}").status()).isEqualTo(401);
    assertThat(api.postBytes("api/calendar/import", "text/csv", bytes(csv)).status())
        .isEqualTo(401);
    String[] receiver = bearer("receiver");
    assertThat(api.get("api/calendar/2030/official", receiver).status()).isEqualTo(403);
    assertThat(api.put("api/calendar/2030/official", "{\"days\":[]}", receiver).status())
        .isEqualTo(403);
    assertThat(api.postBytes("api/calendar/import", "text/csv", bytes(csv), receiver).status())
        .isEqualTo(403);
    assertThat(api.get("api/calendar/2030").status()).isEqualTo(200);
  }

  @Test
  void anImportWithOneBadLineImportsNothing() {
    int revision = revision(2030);
    Reply csv =
        api.postBytes(
            "api/calendar/import",
            "text/csv",
            bytes(
                "date,type,name,legalReference\n"
                    + "2030-01-02,EXTRA_DAY_OFF,Nghỉ thêm,Thông báo\n"
                    + "2030-01-05,EXTRA_DAY_OFF,Thứ Bảy,Thông báo\n"
                    + "2030-01-07,HOLIDAY,Sai loại,Thông báo\n"),
            admin());
    expect(csv, 400, "line 3");
    assertThat(csv.violatedFields()).containsExactly("line 3", "line 4");
    assertThat(csv.json().getString("type")).isEqualTo("urn:pakn:problem:calendar-import");
    Reply ics =
        api.postBytes(
            "api/calendar/import",
            "text/calendar",
            bytes(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20300102\r\nSUMMARY:A\r\n"
                    + "END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20300103T080000\r\nSUMMARY:B\r\n"
                    + "END:VEVENT\r\nEND:VCALENDAR\r\n"),
            admin());
    expect(ics, 400, "line 7");
    assertThat(revision(2030)).isEqualTo(revision);
    expect(
        api.postBytes("api/calendar/import", "application/pdf", bytes("%PDF"), admin()), 415, null);
  }

  @Test
  void contradictoryDataIsRefusedWhole() {
    ok(api.put("api/calendar/2026/official", TET_2026, admin()));
    int revision = revision(2026);
    String contradictory =
        TET_2026.replace(
            "]}",
            ",{\"date\":\"2026-04-26\",\"type\":\"WORKING_WEEKEND_DAY\",\"name\":\"Làm bù\","
                + "\"legalReference\":\"Thông báo\"}]}");
    Reply put = api.put("api/calendar/2026/official", contradictory, admin());
    expect(put, 409, "days[2]");
    Reply imported =
        api.postBytes(
            "api/calendar/import",
            "text/csv",
            bytes(
                "2026-02-14,TET_FIRST,T,R\n2026-02-22,TET_LAST,T,R\n2026-02-21,WORKING_WEEKEND_DAY,L,R\n"),
            admin());
    expect(imported, 409, "line 3");
    assertThat(revision(2026)).isEqualTo(revision);
    Reply stale =
        api.put(
            "api/calendar/2026/official",
            TET_2026.replace("{\"days\"", "{\"revision\":" + (revision - 1) + ",\"days\""),
            admin());
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
  }

  @Test
  void aStoredChangeAltersTheCalendarAndIsAudited() {
    String wednesday = "2030-01-02 EXTRA_DAY_OFF";
    ok(api.put("api/calendar/2030/official", "{\"days\":[]}", admin()));
    assertThat(special(2030)).doesNotContain(wednesday);
    // received on New Year's Day (a Tuesday): counted from Wednesday 2 January, due Thursday
    assertThat(lastDay("2030-01-01T10:00", 1)).isEqualTo("2030-01-03");
    String ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20300102\r\n"
            + "SUMMARY:Nghỉ hoán đổi\r\nCATEGORIES:EXTRA_DAY_OFF\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20300105\r\nSUMMARY:Làm bù\r\n"
            + "CATEGORIES:WORKING_WEEKEND_DAY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    // no DESCRIPTION and no legal reference for the import: every event is refused
    Reply unreferenced = api.postBytes("api/calendar/import", "text/calendar", bytes(ics), admin());
    expect(unreferenced, 400, "line 3");
    assertThat(unreferenced.violatedFields()).containsExactly("line 3", "line 8");
    ok(
        api.postBytes(
            "api/calendar/import?legalReference=" + encode("Thông báo hoán đổi 2030"),
            "text/calendar",
            bytes(ics),
            admin()));
    assertThat(special(2030)).contains(wednesday, "2030-01-05 WORKING_WEEKEND_DAY");
    // 2 January is now off: counted from Thursday 3 January, due Friday
    assertThat(lastDay("2030-01-01T10:00", 1)).isEqualTo("2030-01-04");

    ok(api.put("api/calendar/2030/official", "{\"days\":[]}", admin()));
    assertThat(special(2030)).doesNotContain(wednesday);
    JsonObject official = ok(api.get("api/calendar/2030/official", admin())).json();
    assertThat(official.getJsonArray("days")).isEmpty();
    var history = official.getJsonArray("history").stream().map(JsonObject.class::cast).toList();
    assertThat(history.get(0).getString("source")).isEqualTo("PUT");
    assertThat(history.get(0).getString("changedBy")).isEqualTo("admin");
    assertThat(history.get(1).getString("source")).isEqualTo("ICALENDAR");
    assertThat(history.get(1).getInt("revision")).isEqualTo(history.get(0).getInt("revision") - 1);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private List<String> special(int year) {
    return ok(api.get("api/calendar/" + year)).json().getJsonArray("days").stream()
        .map(JsonObject.class::cast)
        .map(d -> d.getString("date") + " " + d.getString("type"))
        .toList();
  }

  private String lastDay(String start, int workingDays) {
    return ok(api.get("api/calendar/deadline?start=" + start + "&workingDays=" + workingDays))
        .json()
        .getString("lastDay");
  }

  private int revision(int year) {
    return ok(api.get("api/calendar/" + year + "/official", admin())).json().getInt("revision");
  }

  private String[] admin() {
    return bearer("admin");
  }

  private String[] bearer(String account) {
    return new String[] {
      "Authorization", "Bearer " + TOKENS.computeIfAbsent(account, this::signIn)
    };
  }

  private String signIn(String account) {
    Reply reply =
        api.postJson("api/tokens", "{\"username\":\"" + account + "\",\"password\":\"demo\"}");
    assertThat(reply.status()).as(account + ": " + reply).isEqualTo(201);
    return reply.json().getString("token");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Reply ok(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply;
  }

  private static void expect(Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    if (field != null) {
      assertThat(reply.violatedFields()).as(reply.toString()).contains(field);
    }
  }
}
