package vn.pakn.search.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;
import vn.pakn.search.control.AnswerSearch;
import vn.pakn.search.control.SynonymDictionary;
import vn.pakn.search.control.SynonymVersions;

/**
 * The dictionary of citizens' words and official terms that search expands queries with, for
 * administrators: read it with its history, save an edit (checked as a whole, refused with a reason
 * per line), read an earlier version. A saved version is searched with on every node within about a
 * second, without a restart or a rebuild.
 */
@Path("admin/search-synonyms")
@Produces(MediaType.APPLICATION_JSON)
public class SearchSynonymsResource {

  static final int MAX_BODY = 1_000_000;
  static final int MAX_REASON = 2000;
  private static final Set<String> FIELDS = Set.of("text", "reason", "version");

  @Inject CurrentOfficer officer;
  @Inject SynonymVersions versions;
  @Inject AnswerSearch search;

  Clock clock = Clock.systemUTC();

  /**
   * @param version the version shown (0: the set shipped with the application)
   * @param inUse the version this node searches with now
   */
  public record Dictionary(
      int version, String text, int inUse, List<SynonymVersions.Saved> history) {}

  @GET
  @Operation(summary = "The dictionary in use (administrator): {version, text, inUse, history}")
  public Dictionary current() {
    officer.require(Role.ADMIN);
    return view(versions.current());
  }

  @GET
  @Path("{version}")
  @Operation(summary = "An earlier version of the dictionary (administrator)")
  public Dictionary version(@PathParam("version") String version) {
    officer.require(Role.ADMIN);
    int number;
    try {
      number = Integer.parseInt(version);
    } catch (NumberFormatException notANumber) {
      throw new ProblemException(404, "synonyms-version-not-found");
    }
    return view(
        versions
            .find(number)
            .orElseThrow(() -> new ProblemException(404, "synonyms-version-not-found")));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save a new version (administrator): {text, reason, version (the one edited)}; refused"
              + " with a reason per line for empty sides, cycles, too many expansions; 409 when"
              + " another version was saved meanwhile")
  public Dictionary save(InputStream body) throws IOException {
    Actor admin = officer.require(Role.ADMIN);
    JsonObject json = JsonBodies.parseObject(JsonBodies.readAtMost(body, MAX_BODY), "body");
    var violations = new ArrayList<Violation>();
    for (String name : json.keySet()) {
      if (!FIELDS.contains(name)) {
        violations.add(new Violation(name, "search.unknownProperty", String.join(", ", FIELDS)));
      }
    }
    String text = string(json, "text", SynonymDictionary.MAX_CHARS, violations);
    String reason = string(json, "reason", MAX_REASON, violations);
    if (reason != null && TextRules.isBlank(reason)) {
      violations.add(new Violation("reason", "required"));
    }
    Integer basedOn = null;
    JsonValue version = json.get("version");
    if (version == null || version.getValueType() != JsonValue.ValueType.NUMBER) {
      violations.add(new Violation("version", "type.integer"));
    } else {
      basedOn = json.getJsonNumber("version").isIntegral() ? json.getInt("version") : null;
      if (basedOn == null || basedOn < 0) {
        violations.add(new Violation("version", "type.integer"));
      }
    }
    if (text != null) {
      for (SynonymDictionary.Problem p : SynonymDictionary.problems(text)) {
        var args = new ArrayList<Object>();
        args.add(p.line());
        args.addAll(p.args());
        violations.add(new Violation("text", p.key(), args));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    var checked = SynonymDictionary.checked(text, basedOn + 1);
    int saved = versions.save(checked, basedOn, admin.username(), reason.strip(), clock.instant());
    return view(new SynonymDictionary(text, saved));
  }

  private Dictionary view(SynonymDictionary dictionary) {
    return new Dictionary(
        dictionary.version(), dictionary.text(), search.synonymVersion(), versions.history());
  }

  private static String string(JsonObject json, String name, int max, List<Violation> violations) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      violations.add(new Violation(name, "required"));
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      violations.add(new Violation(name, "type.string"));
      return null;
    }
    String text = ((JsonString) value).getString();
    var forbidden = TextRules.forbiddenCharacter(text, true);
    if (forbidden.isPresent()) {
      violations.add(new Violation(name, forbidden.get()));
      return null;
    }
    if (text.length() > max) {
      violations.add(new Violation(name, "text.tooLong", max));
      return null;
    }
    return text;
  }
}
