package vn.pakn.officers.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/** A user name and password as sent to sign in or to get a token. */
record Credentials(String username, String password) {

  static Credentials from(JsonObject json) {
    var violations = new ArrayList<Violation>();
    String username = string(json, "username", violations);
    String password = string(json, "password", violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return new Credentials(username, password);
  }

  private static String string(JsonObject json, String name, ArrayList<Violation> violations) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      violations.add(new Violation(name, "required"));
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      violations.add(new Violation(name, "type.string"));
      return null;
    }
    String text = ((JsonString) value).getString();
    if (text.isBlank()) {
      violations.add(new Violation(name, "required"));
    }
    return text;
  }
}
