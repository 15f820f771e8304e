package vn.pakn.petitions.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.petitions.entity.Action;
import vn.pakn.platform.control.JsonFields;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * An officer's step as sent by a page or a partner: the action, the version of the petition the
 * officer saw (so a step taken on stale data is refused, not applied), and the step's own fields.
 */
public record ActionRequest(Action action, long version, JsonObject fields) {

  public static ActionRequest read(JsonObject json) {
    List<Violation> violations = new ArrayList<>();
    Action action = null;
    JsonValue a = json.get("action");
    if (!(a instanceof JsonString s)) {
      violations.add(new Violation("action", a == null ? "required" : "type.string"));
    } else {
      try {
        action = Action.valueOf(s.getString());
      } catch (IllegalArgumentException unknown) {
        violations.add(
            new Violation(
                "action", "enum.unknown", s.getString(), List.of(Action.values()).toString()));
      }
    }
    long version = 0;
    JsonValue v = json.get("version");
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      violations.add(new Violation("version", v == null ? "required" : "type.integer"));
    } else {
      version = n.longValue();
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return new ActionRequest(action, version, json);
  }

  public String text(String name, int max) {
    return new JsonFields(fields).text(name, max);
  }

  public String code(String name) {
    return new JsonFields(fields).code(name);
  }

  public String requiredText(String name, int max) {
    return new JsonFields(fields).requiredText(name, max);
  }

  public boolean bool(String name) {
    return new JsonFields(fields).bool(name);
  }

  public int integer(String name, int min, int max) {
    return new JsonFields(fields).integer(name, min, max);
  }
}
