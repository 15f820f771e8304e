package vn.pakn.officers.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.pakn.notifications.control.MailAddresses;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;

/**
 * What an administrator types to create or change an officer's account, checked as a whole: every
 * field in error is named at once. Names and addresses are single lines (a line break in them could
 * forge mail headers).
 *
 * @param active only on a change; a new account is active
 * @param language of the activation mail
 */
public record OfficerForm(
    String username,
    String displayName,
    String email,
    String agencyCode,
    Set<Role> roles,
    boolean active,
    Locale language) {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** For a new account: username, displayName, email, agency, roles, optional language. */
  public static OfficerForm forNew(JsonObject json) {
    return read(json, true);
  }

  /** For a change: displayName, email, agency, roles, active. */
  public static OfficerForm forChange(JsonObject json) {
    return read(json, false);
  }

  private static OfficerForm read(JsonObject json, boolean isNew) {
    List<Violation> violations = new ArrayList<>();
    String username = null;
    if (isNew) {
      username = line(json, "username", 64, violations);
      if (username != null) {
        username = username.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
          violations.add(new Violation("username", "username.format"));
        }
      }
    }
    String displayName = line(json, "displayName", 200, violations);
    String email = line(json, "email", 254, violations);
    if (email != null
        && (!EMAIL.matcher(email).matches() || !MailAddresses.isValidAddress(email))) {
      violations.add(new Violation("email", "email.format"));
    }
    String agency = line(json, "agency", 32, violations);
    Set<Role> roles = roles(json, violations);
    boolean active = true;
    if (!isNew) {
      JsonValue value = json.get("active");
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        active = value == JsonValue.TRUE;
      } else {
        violations.add(
            new Violation(
                "active", value == null || value == JsonValue.NULL ? "required" : "type.boolean"));
      }
    }
    Locale language = Locale.forLanguageTag("vi");
    JsonValue lang = json.get("language");
    if (lang != null && lang != JsonValue.NULL) {
      if (lang instanceof JsonString s
          && (s.getString().equals("vi") || s.getString().equals("en"))) {
        language = Locale.forLanguageTag(s.getString());
      } else {
        violations.add(new Violation("language", "enum.unknown", String.valueOf(lang), "[vi, en]"));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return new OfficerForm(username, displayName, email, agency, roles, active, language);
  }

  /** A required one-line text, in NFC and trimmed; null (and a violation) when unusable. */
  private static String line(JsonObject json, String name, int max, List<Violation> violations) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      violations.add(new Violation(name, "required"));
      return null;
    }
    if (!(value instanceof JsonString s)) {
      violations.add(new Violation(name, "type.string"));
      return null;
    }
    var forbidden = TextRules.forbiddenCharacter(s.getString(), false);
    if (forbidden.isPresent()) {
      violations.add(new Violation(name, forbidden.get()));
      return null;
    }
    String text = TextRules.normalize(s.getString());
    if (TextRules.isBlank(text)) {
      violations.add(new Violation(name, "required"));
      return null;
    }
    if (text.codePointCount(0, text.length()) > max) {
      violations.add(new Violation(name, "text.tooLong", max));
      return null;
    }
    return text;
  }

  private static Set<Role> roles(JsonObject json, List<Violation> violations) {
    JsonValue value = json.get("roles");
    if (!(value instanceof JsonArray array)) {
      violations.add(
          new Violation(
              "roles", value == null || value == JsonValue.NULL ? "required" : "type.array"));
      return Set.of();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (JsonValue item : array) {
      String code = item instanceof JsonString s ? s.getString() : String.valueOf(item);
      try {
        roles.add(Role.valueOf(code));
      } catch (IllegalArgumentException unknown) {
        violations.add(
            new Violation("roles", "enum.unknown", code, Arrays.toString(Role.values())));
      }
    }
    if (roles.isEmpty() && array.isEmpty()) {
      violations.add(new Violation("roles", "required"));
    }
    return roles;
  }
}
