package vn.pakn.platform.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads typed members of a JSON request with the text rules every request follows; a member of the
 * wrong type or out of range is refused with a problem naming it.
 */
public record JsonFields(JsonObject json) {

  /** A text member, in NFC and trimmed; null when absent or blank. */
  public String text(String name, int max) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw ProblemException.invalid(new Violation(name, "type.string"));
    }
    var forbidden = TextRules.forbiddenCharacter(s.getString(), true);
    if (forbidden.isPresent()) {
      throw ProblemException.invalid(new Violation(name, forbidden.get()));
    }
    String text = TextRules.normalize(s.getString());
    if (text.codePointCount(0, text.length()) > max) {
      throw ProblemException.invalid(new Violation(name, "text.tooLong", max));
    }
    return TextRules.isBlank(text) ? null : text;
  }

  /**
   * A code from a fixed list (an enum constant), exactly as sent: not trimmed or normalised, so
   * {@code " PERSON"} is not {@code PERSON}; null when absent.
   */
  public String code(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw ProblemException.invalid(new Violation(name, "type.string"));
    }
    return s.getString();
  }

  public String requiredText(String name, int max) {
    String text = text(name, max);
    if (text == null) {
      throw ProblemException.invalid(new Violation(name, "required"));
    }
    return text;
  }

  public boolean bool(String name) {
    JsonValue value = json.get(name);
    if (value == JsonValue.TRUE) {
      return true;
    }
    if (value == JsonValue.FALSE) {
      return false;
    }
    throw ProblemException.invalid(
        new Violation(
            name, value == null || value == JsonValue.NULL ? "required" : "type.boolean"));
  }

  public int integer(String name, int min, int max) {
    JsonValue value = json.get(name);
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      throw ProblemException.invalid(
          new Violation(name, value == null ? "required" : "type.integer"));
    }
    if (n.longValue() < min || n.longValue() > max) {
      throw ProblemException.invalid(new Violation(name, "number.range", min, max));
    }
    return n.intValue();
  }
}
