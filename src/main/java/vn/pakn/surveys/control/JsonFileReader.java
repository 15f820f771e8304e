package vn.pakn.surveys.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.pakn.platform.control.Jsons;

/**
 * Reads one JSON definition file strictly: every field of the wrong type, missing, blank or not
 * known is recorded as a {@link DefinitionProblem} with its JSON path, and reading goes on so that
 * one run reports every problem of the file. Getters return {@code null} when the value is absent
 * or unusable (the problem is already recorded).
 */
final class JsonFileReader {

  /** An element of an array of objects with its path. */
  record At(String path, JsonObject value) {}

  private final String file;
  private final List<DefinitionProblem> problems = new ArrayList<>();

  JsonFileReader(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  List<DefinitionProblem> problems() {
    return List.copyOf(problems);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  void problem(String path, String key, Object... args) {
    problems.add(new DefinitionProblem(file, path, key, List.of(args)));
  }

  /** The top-level object, or null when the text is not a JSON object. */
  JsonObject parse(String content) {
    try (var reader = Jsons.JSON.createReader(new StringReader(content))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        problem("$", "surveys.json.type.object");
        return null;
      }
      return value.asJsonObject();
    } catch (JsonParsingException e) {
      var location = e.getLocation();
      problem(
          "$",
          "surveys.json.syntax",
          location == null ? -1 : location.getLineNumber(),
          location == null ? -1 : location.getColumnNumber());
      return null;
    } catch (JsonException e) {
      problem("$", "surveys.json.syntax", -1, -1);
      return null;
    }
  }

  static String child(String path, String name) {
    return path + "." + name;
  }

  /** Records every field of {@code object} that is not among {@code allowed}. */
  void onlyFields(JsonObject object, String path, Set<String> allowed) {
    for (String name : object.keySet()) {
      if (!allowed.contains(name)) {
        problem(child(path, name), "surveys.json.unknownField", name);
      }
    }
  }

  private JsonValue value(JsonObject object, String path, String name, boolean required) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        problem(child(path, name), "surveys.json.required");
      }
      return null;
    }
    return value;
  }

  String text(JsonObject object, String path, String name, boolean required) {
    JsonValue value = value(object, path, name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      problem(child(path, name), "surveys.json.type.string");
      return null;
    }
    if (string.getString().isBlank()) {
      problem(child(path, name), "surveys.json.blank");
      return null;
    }
    return string.getString().strip();
  }

  /** An integral number that fits an int. */
  Integer integer(JsonObject object, String path, String name, boolean required) {
    JsonValue value = value(object, path, name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber number) || !isInt(number)) {
      problem(child(path, name), "surveys.json.type.integer");
      return null;
    }
    return number.intValue();
  }

  static boolean isInt(JsonNumber number) {
    try {
      number.bigDecimalValue().intValueExact();
      return true;
    } catch (ArithmeticException notAnInt) {
      return false;
    }
  }

  BigDecimal number(JsonObject object, String path, String name, boolean required) {
    JsonValue value = value(object, path, name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      problem(child(path, name), "surveys.json.type.number");
      return null;
    }
    return number.bigDecimalValue().stripTrailingZeros();
  }

  /** A boolean; {@code fallback} when absent (a null fallback makes the field required). */
  Boolean bool(JsonObject object, String path, String name, Boolean fallback) {
    JsonValue value = value(object, path, name, fallback == null);
    if (value == null) {
      return fallback;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    if (value == JsonValue.FALSE) {
      return false;
    }
    problem(child(path, name), "surveys.json.type.boolean");
    return null;
  }

  JsonObject object(JsonObject object, String path, String name, boolean required) {
    JsonValue value = value(object, path, name, required);
    if (value == null) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problem(child(path, name), "surveys.json.type.object");
      return null;
    }
    return value.asJsonObject();
  }

  JsonArray array(JsonObject object, String path, String name, boolean required) {
    JsonValue value = value(object, path, name, required);
    if (value == null) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      problem(child(path, name), "surveys.json.type.array");
      return null;
    }
    return value.asJsonArray();
  }

  /** The objects of a non-empty array; elements that are not objects are reported and skipped. */
  List<At> objects(JsonObject object, String path, String name, boolean required) {
    JsonArray array = array(object, path, name, required);
    if (array == null) {
      return List.of();
    }
    String arrayPath = child(path, name);
    if (array.isEmpty()) {
      problem(arrayPath, "surveys.json.emptyArray");
    }
    List<At> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String itemPath = arrayPath + "[" + i + "]";
      if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        problem(itemPath, "surveys.json.type.object");
      } else {
        result.add(new At(itemPath, array.getJsonObject(i)));
      }
    }
    return result;
  }

  /** A {@code {"vi": …, "en": …}} object, both texts non-blank. */
  Label label(JsonObject object, String path, String name, boolean required) {
    JsonObject labels = object(object, path, name, required);
    if (labels == null) {
      return null;
    }
    String labelPath = child(path, name);
    onlyFields(labels, labelPath, Set.of("vi", "en"));
    String vi = text(labels, labelPath, "vi", true);
    String en = text(labels, labelPath, "en", true);
    return vi == null || en == null ? null : new Label(vi, en);
  }

  /**
   * A {@link Bands} object ({@code [{"id","label","min","minInclusive","max","maxInclusive"}]}).
   */
  Bands bands(JsonObject object, String path, String name, BigDecimal from, BigDecimal to) {
    List<At> items = objects(object, path, name, true);
    List<Band> bands = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (At at : items) {
      String p = at.path();
      JsonObject o = at.value();
      onlyFields(o, p, Set.of("id", "label", "min", "minInclusive", "max", "maxInclusive", "note"));
      String id = text(o, p, "id", true);
      Label label = label(o, p, "label", true);
      BigDecimal min = number(o, p, "min", true);
      Boolean minInclusive = bool(o, p, "minInclusive", null);
      BigDecimal max = number(o, p, "max", true);
      Boolean maxInclusive = bool(o, p, "maxInclusive", null);
      text(o, p, "note", false);
      if (id != null
          && label != null
          && min != null
          && max != null
          && minInclusive != null
          && maxInclusive != null) {
        if (min.compareTo(max) >= 0) {
          problem(p, "surveys.bands.empty", min, max);
          continue;
        }
        bands.add(new Band(id, label, min, minInclusive, max, maxInclusive));
        paths.add(p);
      }
    }
    if (bands.size() != items.size() || items.isEmpty()) {
      return null;
    }
    List<Bands.Finding> findings = Bands.coverageProblems(bands, from, to);
    for (Bands.Finding f : findings) {
      problem(paths.get(f.index()), f.key(), f.args().toArray());
    }
    return findings.isEmpty() ? new Bands(bands) : null;
  }
}
