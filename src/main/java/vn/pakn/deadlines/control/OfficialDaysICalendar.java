package vn.pakn.deadlines.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;

/**
 * Reads official yearly data from iCalendar (RFC 5545): one {@code VEVENT} per day, with {@code
 * DTSTART;VALUE=DATE}, {@code SUMMARY} (the name), optional {@code CATEGORIES} naming the {@link
 * OfficialDayType} (default {@code EXTRA_DAY_OFF}) and optional {@code DESCRIPTION} (the legal
 * reference; the one given for the whole import otherwise). An all-day event lasts one day:
 * recurring or longer events are refused rather than guessed at. Every problem names its line (the
 * first physical line of a folded content line).
 */
public final class OfficialDaysICalendar {

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private OfficialDaysICalendar() {}

  /** One unfolded content line. */
  private record ContentLine(int number, String name, String params, String value) {
    String where() {
      return "line " + number;
    }
  }

  /** The event being read. */
  private static final class Event {
    final int line;
    LocalDate date;
    LocalDate end;
    String summary;
    String description;
    OfficialDayType type = OfficialDayType.EXTRA_DAY_OFF;
    boolean bad;

    Event(int line) {
      this.line = line;
    }
  }

  /**
   * @param defaultReference the legal reference of events without a {@code DESCRIPTION}; may be
   *     null
   */
  public static ParsedDays parse(String text, String defaultReference) {
    List<SourcedDay> days = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    String body = OfficialDaysCsv.stripBom(text);
    String[] physical = body.split("\r\n|\n|\r", -1);
    for (int i = 0; i < physical.length; i++) {
      if (!physical[i].isBlank()) {
        if (!physical[i].strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
          return new ParsedDays(
              List.of(), List.of(new Violation("line " + (i + 1), "calendar.ics.noCalendar")));
        }
        break;
      }
    }
    List<ContentLine> lines = unfold(body, problems);
    boolean inCalendar = false;
    boolean calendarSeen = false;
    boolean calendarClosed = false;
    Event event = null;
    String skipping = null;
    int skipDepth = 0;
    int lastLine = 0;
    for (ContentLine line : lines) {
      lastLine = line.number();
      String name = line.name();
      String value = line.value();
      if (skipping != null) {
        if (name.equals("BEGIN") && value.equalsIgnoreCase(skipping)) {
          skipDepth++;
        } else if (name.equals("END") && value.equalsIgnoreCase(skipping) && --skipDepth == 0) {
          skipping = null;
        }
        continue;
      }
      if (!inCalendar) {
        if (name.equals("BEGIN") && value.equalsIgnoreCase("VCALENDAR") && !calendarSeen) {
          inCalendar = true;
          calendarSeen = true;
        } else {
          problems.add(
              new Violation(
                  line.where(),
                  calendarSeen ? "calendar.ics.afterEnd" : "calendar.ics.noCalendar"));
          if (!calendarSeen) {
            break;
          }
        }
        continue;
      }
      if (event == null) {
        if (name.equals("BEGIN") && value.equalsIgnoreCase("VEVENT")) {
          event = new Event(line.number());
        } else if (name.equals("BEGIN")) {
          skipping = value;
          skipDepth = 1;
        } else if (name.equals("END") && value.equalsIgnoreCase("VCALENDAR")) {
          inCalendar = false;
          calendarClosed = true;
        }
        continue;
      }
      switch (name) {
        case "BEGIN" -> {
          if (value.equalsIgnoreCase("VEVENT")) {
            problems.add(new Violation(line.where(), "calendar.ics.nestedEvent"));
            event.bad = true;
          } else {
            skipping = value;
            skipDepth = 1;
          }
        }
        case "END" -> {
          if (value.equalsIgnoreCase("VEVENT")) {
            finish(event, defaultReference, days, problems);
            event = null;
          } else {
            problems.add(new Violation(line.where(), "calendar.ics.unexpectedEnd", value));
            event.bad = true;
          }
        }
        case "DTSTART" -> event.date = date(line, event, problems);
        case "DTEND" -> event.end = date(line, event, problems);
        case "SUMMARY" -> event.summary = unescape(value);
        case "DESCRIPTION" -> event.description = unescape(value);
        case "CATEGORIES" -> category(line, event, problems);
        case "RRULE", "RDATE" -> {
          problems.add(new Violation(line.where(), "calendar.ics.recurring"));
          event.bad = true;
        }
        default -> {}
      }
    }
    if (event != null) {
      problems.add(new Violation("line " + event.line, "calendar.ics.unclosedEvent"));
    } else if (calendarSeen && !calendarClosed) {
      problems.add(new Violation("line " + Math.max(lastLine, 1), "calendar.ics.unclosedCalendar"));
    } else if (!calendarSeen && problems.isEmpty()) {
      problems.add(new Violation("line 1", "calendar.ics.noCalendar"));
    }
    if (problems.isEmpty() && days.isEmpty()) {
      problems.add(new Violation("file", "calendar.import.empty"));
    }
    if (problems.isEmpty()) {
      problems.addAll(OfficialDays.check(days));
    }
    return new ParsedDays(days, problems);
  }

  private static void finish(
      Event event, String defaultReference, List<SourcedDay> days, List<Violation> problems) {
    String where = "line " + event.line;
    if (event.bad) {
      return;
    }
    if (event.date == null) {
      problems.add(new Violation(where, "calendar.ics.noDate"));
      return;
    }
    if (event.end != null && !event.end.equals(event.date.plusDays(1))) {
      problems.add(
          new Violation(where, "calendar.ics.oneDay", event.date.toString(), event.end.toString()));
      return;
    }
    String reference = event.description != null ? event.description : defaultReference;
    OfficialDay day =
        new OfficialDay(
            event.date,
            event.type,
            event.summary == null ? "" : TextRules.normalize(event.summary),
            reference == null ? "" : TextRules.normalize(reference));
    List<Violation> own = OfficialDays.check(where, day);
    if (own.isEmpty()) {
      days.add(new SourcedDay(where, day));
    } else {
      problems.addAll(own);
    }
  }

  private static LocalDate date(ContentLine line, Event event, List<Violation> problems) {
    boolean dateValue = false;
    for (String param : line.params().split(";")) {
      if (param.equalsIgnoreCase("VALUE=DATE")) {
        dateValue = true;
      }
    }
    try {
      if (dateValue) {
        return LocalDate.parse(line.value().strip(), BASIC_DATE);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(new Violation(line.where(), "calendar.ics.date", line.name(), line.value()));
    event.bad = true;
    return null;
  }

  private static void category(ContentLine line, Event event, List<Violation> problems) {
    for (String category : line.value().split(",")) {
      String name = unescape(category).strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (OfficialDayType type : OfficialDayType.values()) {
        if (type.name().equals(name)) {
          event.type = type;
          return;
        }
      }
    }
    problems.add(
        new Violation(
            line.where(), "calendar.type.unknown", line.value(), OfficialDaysCsv.types()));
    event.bad = true;
  }

  private static List<ContentLine> unfold(String text, List<Violation> problems) {
    String[] physical = text.split("\r\n|\n|\r", -1);
    List<ContentLine> lines = new ArrayList<>();
    StringBuilder current = null;
    int start = 0;
    for (int i = 0; i <= physical.length; i++) {
      String line = i < physical.length ? physical[i] : "";
      boolean continuation = i < physical.length && (line.startsWith(" ") || line.startsWith("\t"));
      if (continuation && current != null) {
        current.append(line, 1, line.length());
        continue;
      }
      if (current != null) {
        ContentLine parsed = parseLine(start, current.toString(), problems);
        if (parsed != null) {
          lines.add(parsed);
        }
        current = null;
      }
      if (i < physical.length && !line.isBlank()) {
        if (continuation) {
          problems.add(new Violation("line " + (i + 1), "calendar.ics.syntax"));
          continue;
        }
        current = new StringBuilder(line);
        start = i + 1;
      }
    }
    return lines;
  }

  private static ContentLine parseLine(int number, String line, List<Violation> problems) {
    boolean quoted = false;
    int colon = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon <= 0) {
      problems.add(new Violation("line " + number, "calendar.ics.syntax"));
      return null;
    }
    String head = line.substring(0, colon);
    int semicolon = head.indexOf(';');
    String name =
        (semicolon < 0 ? head : head.substring(0, semicolon)).strip().toUpperCase(Locale.ROOT);
    String params = semicolon < 0 ? "" : head.substring(semicolon + 1);
    return new ContentLine(number, name, params, line.substring(colon + 1));
  }

  /** RFC 5545 §3.3.11 text: {@code \n}, {@code \,}, {@code \;} and {@code \\}. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' || next == 'N' ? ' ' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
