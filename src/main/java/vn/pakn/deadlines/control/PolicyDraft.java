package vn.pakn.deadlines.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.pakn.deadlines.entity.DeadlinePolicy;
import vn.pakn.deadlines.entity.Stage;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.platform.control.JsonFields;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * A new version of a deadline policy as an administrator asks for it, checked: a known stage, a
 * known petition kind or {@code ALL}, 1 to {@value #MAX_WORKING_DAYS} working days (more than a
 * year of working days is not a deadline), a legal basis, and a date in the calendar's range.
 */
public record PolicyDraft(
    Stage stage, String kind, int workingDays, String legalBasis, LocalDate effectiveFrom) {

  public static final int MAX_WORKING_DAYS = 250;
  public static final int MAX_LEGAL_BASIS = 500;

  /**
   * @throws ProblemException 400 naming every member at fault
   */
  public static PolicyDraft of(JsonObject json) {
    List<Violation> problems = new ArrayList<>();
    Stage stage = stage(json.get("stage"), problems);
    String kind = kind(json.get("kind"), problems);
    Integer days = workingDays(json.get("workingDays"), problems);
    String legalBasis = null;
    try {
      legalBasis = new JsonFields(json).requiredText("legalBasis", MAX_LEGAL_BASIS);
    } catch (ProblemException e) {
      problems.addAll(e.violations());
    }
    LocalDate from = date(json.get("effectiveFrom"), problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return new PolicyDraft(stage, kind, days, legalBasis, from);
  }

  private static Stage stage(JsonValue value, List<Violation> problems) {
    String text = text(value, "stage", problems);
    if (text == null) {
      return null;
    }
    try {
      return Stage.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.add(new Violation("stage", "enum.unknown", text, Arrays.toString(Stage.values())));
      return null;
    }
  }

  private static String kind(JsonValue value, List<Violation> problems) {
    if (value == null || value == JsonValue.NULL) {
      return DeadlinePolicy.ALL_KINDS;
    }
    String text = text(value, "kind", problems);
    if (text == null || DeadlinePolicy.ALL_KINDS.equals(text)) {
      return text;
    }
    try {
      return PetitionKind.valueOf(text).name();
    } catch (IllegalArgumentException e) {
      problems.add(
          new Violation(
              "kind",
              "enum.unknown",
              text,
              DeadlinePolicy.ALL_KINDS + ", " + Arrays.toString(PetitionKind.values())));
      return null;
    }
  }

  private static Integer workingDays(JsonValue value, List<Violation> problems) {
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      problems.add(
          new Violation(
              "workingDays",
              value == null || value == JsonValue.NULL ? "required" : "type.integer"));
      return null;
    }
    if (n.bigIntegerValue().compareTo(java.math.BigInteger.ONE) < 0
        || n.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(MAX_WORKING_DAYS)) > 0) {
      problems.add(new Violation("workingDays", "number.range", 1, MAX_WORKING_DAYS));
      return null;
    }
    return n.intValue();
  }

  private static LocalDate date(JsonValue value, List<Violation> problems) {
    String text = text(value, "effectiveFrom", problems);
    if (text == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new Violation("effectiveFrom", "calendar.date.format", text));
      return null;
    }
    if (date.getYear() < LunarCalendar.FIRST_YEAR || date.getYear() > LunarCalendar.LAST_YEAR) {
      problems.add(
          new Violation(
              "effectiveFrom",
              "calendar.date.range",
              text,
              LunarCalendar.FIRST_YEAR + "-01-01",
              LunarCalendar.LAST_YEAR + "-12-31"));
      return null;
    }
    return date;
  }

  private static String text(JsonValue value, String field, List<Violation> problems) {
    if (value == null || value == JsonValue.NULL) {
      problems.add(new Violation(field, "required"));
      return null;
    }
    if (!(value instanceof JsonString s)) {
      problems.add(new Violation(field, "type.string"));
      return null;
    }
    String text = s.getString().strip();
    if (text.isEmpty() || text.length() > 40) {
      problems.add(new Violation(field, text.isEmpty() ? "required" : "text.tooLong", 40));
      return null;
    }
    return text;
  }
}
