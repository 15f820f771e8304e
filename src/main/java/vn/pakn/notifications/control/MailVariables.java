package vn.pakn.notifications.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.pakn.platform.control.Jsons;

/**
 * A mail's variables as stored in the outbox: one JSON object of strings, names sorted, so the
 * sending job renders exactly the values that were checked when the mail was enqueued.
 */
public final class MailVariables {

  private MailVariables() {}

  public static String toJson(Map<String, String> values) {
    var object = Jsons.JSON.createObjectBuilder();
    new TreeMap<>(values).forEach(object::add);
    return object.build().toString();
  }

  /**
   * @throws jakarta.json.JsonException when the text is not an object of strings
   */
  public static Map<String, String> fromJson(String json) {
    JsonObject object;
    try (var reader = Jsons.JSON.createReader(new StringReader(json))) {
      object = reader.readObject();
    }
    Map<String, String> values = new LinkedHashMap<>();
    object.forEach(
        (name, value) -> {
          if (!(value instanceof JsonString text)) {
            throw new jakarta.json.JsonException("variable " + name + " is not a string");
          }
          values.put(name, text.getString());
        });
    return values;
  }
}
