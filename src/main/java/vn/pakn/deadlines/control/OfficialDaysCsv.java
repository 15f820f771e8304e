package vn.pakn.deadlines.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;

/**
 * Reads official yearly data as CSV, one entry a line: {@code date,type,name,legalReference} with
 * an ISO date and a {@link OfficialDayType}. Fields containing commas or quotes are quoted as in
 * RFC 4180 (a quote inside doubled); a quoted field does not span lines. An optional header line,
 * blank lines and lines starting with {@code #} are skipped. Every bad line is reported (as {@code
 * line N}), together with the problems of each year as a whole.
 */
public final class OfficialDaysCsv {

  public static final String HEADER = "date,type,name,legalReference";
  public static final int MAX_LINES = 5000;

  private OfficialDaysCsv() {}

  public static ParsedDays parse(String text) {
    List<SourcedDay> days = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    if (lines.length > MAX_LINES) {
      return new ParsedDays(
          List.of(),
          List.of(new Violation("line " + (MAX_LINES + 1), "calendar.tooManyLines", MAX_LINES)));
    }
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 ? stripBom(lines[i]) : lines[i];
      String where = "line " + (i + 1);
      if (line.isBlank() || line.startsWith("#") || (i == 0 && isHeader(line))) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      String error = split(line, fields);
      if (error != null) {
        problems.add(new Violation(where, error));
        continue;
      }
      if (fields.size() != 4) {
        problems.add(new Violation(where, "calendar.csv.columns", fields.size(), HEADER));
        continue;
      }
      entry(where, fields, days, problems);
    }
    if (problems.isEmpty() && days.isEmpty()) {
      problems.add(new Violation("file", "calendar.import.empty"));
    }
    if (problems.isEmpty()) {
      problems.addAll(OfficialDays.check(days));
    }
    return new ParsedDays(days, problems);
  }

  private static void entry(
      String where, List<String> fields, List<SourcedDay> days, List<Violation> problems) {
    int before = problems.size();
    LocalDate date = date(where, fields.get(0).strip(), problems);
    OfficialDayType type = type(where, fields.get(1).strip(), problems);
    String name = TextRules.normalize(fields.get(2));
    String reference = TextRules.normalize(fields.get(3));
    if (date == null || type == null) {
      return;
    }
    OfficialDay day = new OfficialDay(date, type, name, reference);
    problems.addAll(OfficialDays.check(where, day));
    if (problems.size() == before) {
      days.add(new SourcedDay(where, day));
    }
  }

  static LocalDate date(String where, String text, List<Violation> problems) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new Violation(where, "calendar.date.format", text));
      return null;
    }
  }

  static OfficialDayType type(String where, String text, List<Violation> problems) {
    try {
      return OfficialDayType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new Violation(where, "calendar.type.unknown", text, types()));
      return null;
    }
  }

  static String types() {
    return String.join(
        ", ", java.util.Arrays.stream(OfficialDayType.values()).map(Enum::name).toList());
  }

  /** Splits one line into fields; returns the key of the problem, or null. */
  private static String split(String line, List<String> fields) {
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            return "calendar.csv.unclosedQuote";
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          return "calendar.csv.afterQuote";
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            return "calendar.csv.strayQuote";
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= line.length()) {
        return null;
      }
      i++; // the comma
    }
  }

  private static boolean isHeader(String line) {
    return line.replace(" ", "").equalsIgnoreCase(HEADER);
  }

  static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** Writes entries as CSV that {@link #parse(String)} reads back. */
  public static String write(List<OfficialDay> days) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (OfficialDay day : days) {
      out.append(day.date())
          .append(',')
          .append(day.type().name())
          .append(',')
          .append(quote(day.name()))
          .append(',')
          .append(quote(day.legalReference()))
          .append('\n');
    }
    return out.toString();
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"")
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }
}
