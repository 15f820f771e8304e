package vn.pakn.platform.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a newer contract breaks for partners built on an older one (docs/api.md, change policy): an
 * operation that disappears, or a required field of a named schema that disappears, unless the
 * older contract already marked it {@code deprecated: true}. Adding is always allowed.
 */
final class ContractCompatibility {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private ContractCompatibility() {}

  static List<String> breakingChanges(JsonObject released, JsonObject current) {
    List<String> breaks = new ArrayList<>();
    JsonObject oldPaths = object(released, "paths");
    JsonObject newPaths = object(current, "paths");
    for (String path : oldPaths.keySet()) {
      JsonObject oldItem = oldPaths.getJsonObject(path);
      JsonObject newItem = object(newPaths, path);
      for (String method : oldItem.keySet()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        JsonObject operation = oldItem.getJsonObject(method);
        if (!newItem.containsKey(method) && !deprecated(operation)) {
          breaks.add(
              "operation removed without deprecation: "
                  + method.toUpperCase()
                  + " "
                  + path
                  + " ("
                  + operation.getString("operationId", "?")
                  + ")");
        }
      }
    }
    JsonObject oldSchemas = object(object(released, "components"), "schemas");
    JsonObject newSchemas = object(object(current, "components"), "schemas");
    for (String name : oldSchemas.keySet()) {
      JsonObject oldSchema = oldSchemas.getJsonObject(name);
      if (deprecated(oldSchema)) {
        continue;
      }
      if (!newSchemas.containsKey(name)) {
        breaks.add("schema removed without deprecation: " + name);
        continue;
      }
      JsonObject newSchema = newSchemas.getJsonObject(name);
      for (String field : strings(oldSchema.get("required"))) {
        JsonObject property = object(object(oldSchema, "properties"), field);
        if (!deprecated(property) && !strings(newSchema.get("required")).contains(field)) {
          breaks.add("required field removed without deprecation: " + name + "." + field);
        }
      }
    }
    return breaks;
  }

  private static boolean deprecated(JsonObject o) {
    return o.get("deprecated") == JsonValue.TRUE;
  }

  private static JsonObject object(JsonObject o, String name) {
    return o.get(name) instanceof JsonObject value ? value : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static List<String> strings(JsonValue value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonString s) {
          out.add(s.getString());
        }
      }
    }
    return out;
  }
}
