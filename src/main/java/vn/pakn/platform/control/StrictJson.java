package vn.pakn.platform.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one JSON reader for request bodies, stricter than JSON-P's own: one value and nothing after
 * it, no key twice in an object (RFC 8259 §4 leaves duplicates to the reader; two readers taking
 * different copies is a known way to smuggle a value past a check), at most {@value #MAX_DEPTH}
 * levels of nesting, and numbers of at most {@value #MAX_NUMBER_CHARS} characters with a small
 * exponent, so no value can make the server recurse, loop or allocate beyond the request's size.
 * Every refusal names the member where it was found.
 */
public final class StrictJson {

  public static final int MAX_DEPTH = 32;
  public static final int MAX_NUMBER_CHARS = 40;
  private static final int MAX_EXPONENT = 100;
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

  private final JsonParser parser;
  private final String root;

  private StrictJson(JsonParser parser, String root) {
    this.parser = parser;
    this.root = root;
  }

  /**
   * Reads exactly one JSON value from the text.
   *
   * @param root the name of the whole value in violations, e.g. {@code body}
   * @throws ProblemException 400 naming the member at fault
   */
  public static JsonValue read(String text, String root) {
    if (text.isBlank()) {
      throw ProblemException.invalid(new Violation(root, "json.empty"));
    }
    try (JsonParser parser = Jsons.JSON.createParser(new StringReader(text))) {
      var reader = new StrictJson(parser, root);
      JsonValue value = reader.value(parser.next(), root, 1);
      reader.requireEnd();
      return value;
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw malformed(
          root, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw malformed(root, 0, 0);
    }
  }

  private static ProblemException malformed(String root, long line, long column) {
    return ProblemException.invalid(new Violation(root, "json.malformed", line, column));
  }

  private void requireEnd() {
    boolean more;
    try {
      more = parser.hasNext();
    } catch (JsonParsingException trailingGarbage) {
      more = true;
    }
    if (more) {
      throw ProblemException.invalid(new Violation(root, "json.trailing"));
    }
  }

  private JsonValue value(Event event, String path, int depth) {
    return switch (event) {
      case START_OBJECT -> object(path, nested(path, depth));
      case START_ARRAY -> array(path, nested(path, depth));
      case VALUE_STRING -> Jsons.JSON.createValue(parser.getString());
      case VALUE_NUMBER -> number(parser.getString(), path);
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw malformed(root, 0, 0);
    };
  }

  /** Refuses nesting past the limit, naming the request's own member that holds it. */
  private int nested(String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw ProblemException.invalid(new Violation(outermost(path), "json.tooDeep", MAX_DEPTH));
    }
    return depth + 1;
  }

  private String outermost(String path) {
    if (path.startsWith(root + "[")) {
      return root;
    }
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    return shortened(path.substring(0, end));
  }

  /** A member's path as shown to the caller; a key of any length must not echo back whole. */
  private static String shortened(String path) {
    return path.length() <= 100 ? path : path.substring(0, 99) + "…";
  }

  private JsonValue object(String path, int depth) {
    JsonObjectBuilder object = Jsons.JSON.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String key = parser.getString();
      String member = path.equals(root) ? key : path + "." + key;
      if (!keys.add(key)) {
        throw ProblemException.invalid(
            new Violation(shortened(member), "json.duplicateKey", shortened(key)));
      }
      object.add(key, value(parser.next(), member, depth));
    }
    return object.build();
  }

  private JsonValue array(String path, int depth) {
    JsonArrayBuilder array = Jsons.JSON.createArrayBuilder();
    int index = 0;
    for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
      array.add(value(event, path + "[" + index++ + "]", depth));
    }
    return array.build();
  }

  private static JsonValue number(String text, String path) {
    if (text.length() > MAX_NUMBER_CHARS || !NUMBER.matcher(text).matches()) {
      throw ProblemException.invalid(
          new Violation(shortened(path), "json.number", MAX_NUMBER_CHARS));
    }
    BigDecimal number = new BigDecimal(text);
    if (Math.abs(number.scale()) > MAX_EXPONENT) {
      throw ProblemException.invalid(
          new Violation(shortened(path), "json.number", MAX_NUMBER_CHARS));
    }
    if (number.scale() <= 0 && number.precision() - number.scale() <= 18) {
      return Jsons.JSON.createValue(number.longValueExact());
    }
    return Jsons.JSON.createValue(number);
  }
}
