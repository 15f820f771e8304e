package vn.pakn.surveys.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.ParScheme.Item;
import vn.pakn.surveys.control.ParScheme.Source;

/**
 * Reads entered PAR points from CSV ({@code agencyCode,period,componentId,points}, UTF-8, comma
 * separated, an optional header line, optional double quotes around a field, decimal point "."),
 * checked against a scheme. All or nothing: every bad line is reported with its line number and
 * nothing is imported when any line is bad.
 */
public final class ParEntryCsv {

  public static final String HEADER = "agencyCode,period,componentId,points";
  static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9._-]{1,50}");
  static final Pattern PERIOD = Pattern.compile("\\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?");
  static final Pattern POINTS = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
  static final int MAX_LINES = 100_000;

  /** One imported line. {@code componentId} is the id of an entered item of the scheme. */
  public record Entry(String agencyCode, String period, String componentId, BigDecimal points) {}

  /** A bad line: 1-based line number, the column at fault (null for the whole line), a key. */
  public record LineProblem(int line, String column, String key, List<Object> args) {
    public LineProblem {
      args = List.copyOf(args);
    }

    /** As a field violation, field {@code line[n].column}. */
    public Violation violation() {
      return new Violation("line[" + line + "]" + (column == null ? "" : "." + column), key, args);
    }
  }

  /** The entries when every line is good (then {@code problems} is empty), otherwise none. */
  public record Result(List<Entry> entries, List<LineProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private ParEntryCsv() {}

  public static Result parse(String text, ParScheme scheme) {
    List<Entry> entries = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    String[] lines =
        text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
    if (lines.length > MAX_LINES) {
      return new Result(
          List.of(),
          List.of(
              new LineProblem(MAX_LINES + 1, null, "par.csv.tooManyLines", List.of(MAX_LINES))));
    }
    boolean first = true;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (first && line.replace("\"", "").replace(" ", "").equalsIgnoreCase(HEADER)) {
        first = false;
        continue;
      }
      first = false;
      Optional<List<String>> fields = fields(line);
      if (fields.isEmpty()) {
        problems.add(new LineProblem(number, null, "par.csv.quotes", List.of()));
        continue;
      }
      List<String> f = fields.get();
      if (f.size() != 4) {
        problems.add(new LineProblem(number, null, "par.csv.columns", List.of(f.size())));
        continue;
      }
      int before = problems.size();
      String agency = f.get(0);
      String period = f.get(1);
      String componentId = f.get(2);
      String pointsText = f.get(3);
      if (!AGENCY.matcher(agency).matches()) {
        problems.add(new LineProblem(number, "agencyCode", "par.csv.agency", List.of(agency)));
      }
      if (!PERIOD.matcher(period).matches()) {
        problems.add(new LineProblem(number, "period", "par.csv.period", List.of(period)));
      }
      Optional<Item> item = scheme.item(componentId);
      if (item.isEmpty()) {
        problems.add(
            new LineProblem(number, "componentId", "par.entry.unknown", List.of(componentId)));
      } else if (item.get().source() != Source.ENTERED) {
        problems.add(
            new LineProblem(number, "componentId", "par.entry.surveyFed", List.of(componentId)));
      }
      BigDecimal points = null;
      if (!POINTS.matcher(pointsText).matches()) {
        problems.add(new LineProblem(number, "points", "par.csv.points", List.of(pointsText)));
      } else {
        points = new BigDecimal(pointsText);
        if (item.isPresent() && points.compareTo(item.get().maxPoints()) > 0) {
          problems.add(
              new LineProblem(
                  number,
                  "points",
                  "par.entry.range",
                  List.of(item.get().maxPoints().toPlainString())));
        }
      }
      if (problems.size() > before) {
        continue;
      }
      Integer earlier = firstLine.putIfAbsent(agency + "|" + period + "|" + componentId, number);
      if (earlier != null) {
        problems.add(new LineProblem(number, null, "par.csv.duplicate", List.of(earlier)));
        continue;
      }
      entries.add(new Entry(agency, period, componentId, points));
    }
    if (problems.isEmpty() && entries.isEmpty()) {
      problems.add(new LineProblem(1, null, "par.csv.empty", List.of()));
    }
    return problems.isEmpty()
        ? new Result(List.copyOf(entries), List.of())
        : new Result(List.of(), List.copyOf(problems));
  }

  /** The fields of a line, or empty when its quotes are unbalanced. */
  static Optional<List<String>> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return Optional.empty();
    }
    fields.add(field.toString().strip());
    return Optional.of(fields);
  }
}
