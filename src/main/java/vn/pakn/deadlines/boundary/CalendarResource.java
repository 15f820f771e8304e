package vn.pakn.deadlines.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.deadlines.control.CalendarDay;
import vn.pakn.deadlines.control.Deadline;
import vn.pakn.deadlines.control.DeadlineCalculator;
import vn.pakn.deadlines.control.LunarCalendar;
import vn.pakn.deadlines.control.LunarDate;
import vn.pakn.deadlines.control.OfficialCalendarStore;
import vn.pakn.deadlines.control.OfficialDay;
import vn.pakn.deadlines.control.OfficialDayType;
import vn.pakn.deadlines.control.OfficialDays;
import vn.pakn.deadlines.control.OfficialDaysCsv;
import vn.pakn.deadlines.control.OfficialDaysICalendar;
import vn.pakn.deadlines.control.ParsedDays;
import vn.pakn.deadlines.control.SourcedDay;
import vn.pakn.deadlines.control.WorkingCalendars;
import vn.pakn.deadlines.entity.CalendarRevision;
import vn.pakn.deadlines.entity.CalendarYear;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.Limits;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.platform.control.Violation;

/**
 * The working calendar over HTTP: the special days of a year, deadlines with their explanation and
 * lunar conversions for everyone; the official yearly data for administrators.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  static final int MAX_IMPORT_BYTES = 1024 * 1024;
  private static final Pattern YEAR = Pattern.compile("\\d{1,9}");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern LOCAL_PREFIX =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(.*)");

  @Inject CallerContext caller;
  @Inject CurrentOfficer officer;
  @Inject WorkingCalendars calendars;
  @Inject OfficialCalendarStore store;
  @Inject Limits limits;

  // --- public ------------------------------------------------------------------------------------

  @GET
  @Path("{year}")
  @Operation(summary = "Public holidays and days off or worked unlike an ordinary week, of a year")
  public JsonObject year(@PathParam("year") String year) {
    int number = year(year, "year");
    Locale locale = caller.locale();
    JsonArrayBuilder days = Jsons.JSON.createArrayBuilder();
    for (CalendarDay day : calendars.current().specialDays(number)) {
      days.add(
          Jsons.JSON
              .createObjectBuilder()
              .add("date", day.date().toString())
              .add("type", day.type().name())
              .add("name", day.name(locale)));
    }
    return Jsons.JSON.createObjectBuilder().add("year", number).add("days", days).build();
  }

  @GET
  @Path("deadline")
  @Operation(summary = "When a period of working days from a receipt ends, with its explanation")
  public JsonObject deadline(
      @QueryParam("start") String start, @QueryParam("workingDays") String workingDays) {
    List<Violation> problems = new ArrayList<>();
    Instant received = start(start, problems);
    int days = workingDays(workingDays, problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    Deadline deadline;
    try {
      deadline = calendars.calculator().deadline(received, days);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(new Violation("workingDays", "calendar.result.range"));
    }
    JsonArrayBuilder counted = Jsons.JSON.createArrayBuilder();
    deadline.countedDays().forEach(day -> counted.add(day.toString()));
    return Jsons.JSON
        .createObjectBuilder()
        .add(
            "due",
            deadline
                .due()
                .atZone(VietnamTime.ZONE)
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .add("lastDay", deadline.lastDay().toString())
        .add("countsAsReceivedOn", deadline.countsAsReceivedOn().toString())
        .add("countedDays", counted)
        .add("explanation", deadline.explanation(caller.locale()))
        .build();
  }

  @GET
  @Path("lunar")
  @Operation(summary = "The Vietnamese lunar date (UTC+7) of a Gregorian date")
  public JsonObject lunar(@QueryParam("date") String date) {
    LocalDate solar = date(date, "date");
    LunarDate lunar = LunarCalendar.toLunar(solar);
    return Jsons.JSON
        .createObjectBuilder()
        .add("day", lunar.day())
        .add("month", lunar.month())
        .add("year", lunar.year())
        .add("leapMonth", lunar.leapMonth())
        .build();
  }

  @GET
  @Path("solar")
  @Operation(summary = "The Gregorian date of a Vietnamese lunar date")
  public JsonObject solar(
      @QueryParam("year") String year,
      @QueryParam("month") String month,
      @QueryParam("day") String day,
      @QueryParam("leapMonth") String leapMonth) {
    List<Violation> problems = new ArrayList<>();
    Integer y = integer(year, "year", problems);
    Integer m = integer(month, "month", problems);
    Integer d = integer(day, "day", problems);
    boolean leap = false;
    if (leapMonth != null && !leapMonth.isBlank()) {
      if (leapMonth.equals("true") || leapMonth.equals("false")) {
        leap = Boolean.parseBoolean(leapMonth);
      } else {
        problems.add(new Violation("leapMonth", "calendar.leapMonth.format"));
      }
    }
    if (y != null && (y < LunarCalendar.FIRST_YEAR || y > LunarCalendar.LAST_YEAR)) {
      problems.add(yearRange("year"));
    }
    if (m != null && (m < 1 || m > 12)) {
      problems.add(new Violation("month", "calendar.month.range"));
    }
    if (d != null && (d < 1 || d > 30)) {
      problems.add(new Violation("day", "calendar.day.range"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    try {
      if (leap && LunarCalendar.leapMonth(y) != m) {
        throw ProblemException.invalid(
            new Violation("leapMonth", "calendar.leapMonth.none", String.valueOf(y), m));
      }
      int length = LunarCalendar.monthLength(y, m, leap);
      if (d > length) {
        throw ProblemException.invalid(new Violation("day", "calendar.day.tooLong", length));
      }
      LocalDate date = LunarCalendar.toSolar(new LunarDate(d, m, y, leap));
      return Jsons.JSON.createObjectBuilder().add("date", date.toString()).build();
    } catch (IllegalArgumentException outside) {
      throw ProblemException.invalid(yearRange("year"));
    }
  }

  // --- administrators ----------------------------------------------------------------------------

  @GET
  @Path("{year}/official")
  @Operation(summary = "The official data stored for a year, with its history (administrator)")
  public JsonObject official(@PathParam("year") String year) {
    officer.require(Role.ADMIN);
    int number = year(year, "year");
    var stored = store.year(number);
    var doc =
        Jsons.JSON
            .createObjectBuilder()
            .add("year", number)
            .add("revision", stored.map(CalendarYear::revision).orElse(0))
            .add("days", days(stored.map(CalendarYear::days).orElse(List.of())));
    stored.ifPresent(
        y -> doc.add("updatedBy", y.updatedBy()).add("updatedAt", y.updatedAt().toString()));
    JsonArrayBuilder history = Jsons.JSON.createArrayBuilder();
    for (CalendarRevision revision : store.history(number)) {
      history.add(
          Jsons.JSON
              .createObjectBuilder()
              .add("revision", revision.revision())
              .add("changedBy", revision.changedBy())
              .add("changedAt", revision.changedAt().toString())
              .add("source", revision.source().name()));
    }
    return doc.add("history", history).build();
  }

  @PUT
  @Path("{year}/official")
  @Operation(summary = "Replace the official data of a year (administrator)")
  public JsonObject replace(@PathParam("year") String year, InputStream body) throws IOException {
    String by = officer.require(Role.ADMIN).username();
    int number = year(year, "year");
    JsonObject json =
        JsonBodies.parseObject(JsonBodies.readAtMost(body, limits.maxJsonBytes()), "body");
    Integer expected = null;
    if (json.containsKey("revision") && json.get("revision") != JsonValue.NULL) {
      expected = new vn.pakn.platform.control.JsonFields(json).integer("revision", 0, 1_000_000);
    }
    List<SourcedDay> days = jsonDays(json, number);
    List<Violation> problems = OfficialDays.check(days);
    refuseIfAny(problems, "validation");
    store.replace(
        Map.of(number, days.stream().map(SourcedDay::day).toList()),
        by,
        CalendarRevision.Source.PUT,
        expected);
    return official(year);
  }

  @POST
  @Path("import")
  @Operation(
      summary =
          "Import official data from CSV (date,type,name,legalReference) or iCalendar; replaces the"
              + " data of every year in the file, or changes nothing when a line is bad"
              + " (administrator)")
  public JsonObject importFile(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("legalReference") String legalReference,
      InputStream body)
      throws IOException {
    String by = officer.require(Role.ADMIN).username();
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    boolean ics = type.equals("text/calendar");
    if (!ics && !type.equals("text/csv") && !type.equals("text/plain")) {
      throw new ProblemException(415, "calendar-media-type");
    }
    String text = JsonBodies.decodeUtf8(JsonBodies.readAtMost(body, MAX_IMPORT_BYTES), "file");
    String reference =
        legalReference == null || TextRules.isBlank(legalReference)
            ? null
            : TextRules.normalize(legalReference);
    ParsedDays parsed =
        ics ? OfficialDaysICalendar.parse(text, reference) : OfficialDaysCsv.parse(text);
    refuseIfAny(parsed.problems(), "calendar-import");
    Map<Integer, List<OfficialDay>> years = new java.util.TreeMap<>();
    OfficialDays.byYear(parsed.days())
        .forEach((y, days) -> years.put(y, days.stream().map(SourcedDay::day).toList()));
    Map<Integer, Integer> revisions =
        store.replace(
            years, by, ics ? CalendarRevision.Source.ICALENDAR : CalendarRevision.Source.CSV, null);
    JsonArrayBuilder list = Jsons.JSON.createArrayBuilder();
    revisions.forEach(
        (y, revision) ->
            list.add(
                Jsons.JSON
                    .createObjectBuilder()
                    .add("year", y)
                    .add("revision", revision)
                    .add("days", years.get(y).size())));
    return Jsons.JSON.createObjectBuilder().add("years", list).build();
  }

  // --- reading parameters ------------------------------------------------------------------------

  private static void refuseIfAny(List<Violation> problems, String key) {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.stream().allMatch(OfficialDays::contradiction)) {
      throw new ProblemException(409, "calendar-contradiction", problems);
    }
    throw new ProblemException(400, key, problems);
  }

  private static List<SourcedDay> jsonDays(JsonObject json, int year) {
    JsonValue value = json.get("days");
    if (!(value instanceof JsonArray array)) {
      throw ProblemException.invalid(
          new Violation("days", value == null ? "required" : "type.array"));
    }
    List<SourcedDay> days = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String where = "days[" + i + "]";
      if (!(array.get(i) instanceof JsonObject item)) {
        problems.add(new Violation(where, "type.object"));
        continue;
      }
      LocalDate date = null;
      String dateText = string(item, "date");
      try {
        date = LocalDate.parse(dateText == null ? "" : dateText);
        if (date.getYear() != year) {
          problems.add(
              new Violation(
                  where + ".date", "calendar.day.otherYear", dateText, String.valueOf(year)));
          date = null;
        }
      } catch (DateTimeParseException e) {
        problems.add(
            new Violation(where + ".date", "calendar.date.format", String.valueOf(dateText)));
      }
      OfficialDayType type = null;
      String typeText = string(item, "type");
      try {
        type = OfficialDayType.valueOf(typeText == null ? "" : typeText);
      } catch (IllegalArgumentException e) {
        problems.add(
            new Violation(
                where + ".type", "calendar.type.unknown", String.valueOf(typeText), types()));
      }
      String name = string(item, "name");
      String reference = string(item, "legalReference");
      if (date != null && type != null) {
        days.add(
            new SourcedDay(
                where,
                new OfficialDay(
                    date,
                    type,
                    name == null ? "" : TextRules.normalize(name),
                    reference == null ? "" : TextRules.normalize(reference))));
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return days;
  }

  private static String types() {
    return String.join(
        ", ", java.util.Arrays.stream(OfficialDayType.values()).map(Enum::name).toList());
  }

  private static String string(JsonObject item, String name) {
    return item.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static JsonArray days(List<OfficialDay> days) {
    JsonArrayBuilder list = Jsons.JSON.createArrayBuilder();
    for (OfficialDay day : days) {
      list.add(
          Jsons.JSON
              .createObjectBuilder()
              .add("date", day.date().toString())
              .add("type", day.type().name())
              .add("name", day.name())
              .add("legalReference", day.legalReference()));
    }
    return list.build();
  }

  private static int year(String text, String field) {
    if (text == null || !YEAR.matcher(text).matches()) {
      throw ProblemException.invalid(new Violation(field, "calendar.year.format"));
    }
    int year = Integer.parseInt(text);
    if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
      throw ProblemException.invalid(yearRange(field));
    }
    return year;
  }

  private static Violation yearRange(String field) {
    return new Violation(
        field,
        "calendar.year.range",
        String.valueOf(LunarCalendar.FIRST_YEAR),
        String.valueOf(LunarCalendar.LAST_YEAR));
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalid(new Violation(field, "required"));
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(new Violation(field, "calendar.date.format", text));
    }
    if (date.getYear() < LunarCalendar.FIRST_YEAR || date.getYear() > LunarCalendar.LAST_YEAR) {
      throw ProblemException.invalid(dateRange(field, text));
    }
    return date;
  }

  private static Violation dateRange(String field, String text) {
    return new Violation(
        field,
        "calendar.date.range",
        text,
        String.valueOf(LunarCalendar.FIRST_YEAR),
        String.valueOf(LunarCalendar.LAST_YEAR));
  }

  /**
   * An instant ({@code 2026-02-13T09:20:00Z}, {@code 2026-02-13T16:20+07:00}, with or without a
   * {@code [region]}) or a local date-time in Vietnam time ({@code 2026-02-13T16:20}).
   */
  static Instant start(String text, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new Violation("start", "required"));
      return null;
    }
    ZonedDateTime time;
    try {
      time = LocalDateTime.parse(text).atZone(VietnamTime.ZONE);
    } catch (DateTimeParseException notLocal) {
      try {
        time = ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
      } catch (java.time.DateTimeException e) {
        Matcher m = LOCAL_PREFIX.matcher(text);
        boolean localPart = false;
        if (m.matches()) {
          try {
            LocalDateTime.parse(m.group(1));
            localPart = true;
          } catch (DateTimeParseException bad) {
            // the date-time itself is bad
          }
        }
        problems.add(
            new Violation(
                "start", localPart ? "calendar.start.zone" : "calendar.start.format", text));
        return null;
      }
    }
    LocalDate local = time.withZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    if (local.getYear() < LunarCalendar.FIRST_YEAR || local.getYear() > LunarCalendar.LAST_YEAR) {
      problems.add(dateRange("start", text));
      return null;
    }
    return time.toInstant();
  }

  private static int workingDays(String text, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new Violation("workingDays", "required"));
      return 0;
    }
    if (!text.matches("-?\\d+")) {
      problems.add(new Violation("workingDays", "calendar.workingDays.format"));
      return 0;
    }
    if (text.length() > 9
        || Integer.parseInt(text) < 0
        || Integer.parseInt(text) > DeadlineCalculator.MAX_WORKING_DAYS) {
      problems.add(
          new Violation(
              "workingDays",
              "calendar.workingDays.range",
              String.valueOf(DeadlineCalculator.MAX_WORKING_DAYS)));
      return 0;
    }
    return Integer.parseInt(text);
  }

  private static Integer integer(String text, String field, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new Violation(field, "required"));
      return null;
    }
    if (!INTEGER.matcher(text).matches()) {
      problems.add(new Violation(field, "calendar.number.format"));
      return null;
    }
    return Integer.parseInt(text);
  }
}
