package vn.pakn.surveys.control;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.pakn.surveys.control.JsonFileReader.At;
import vn.pakn.surveys.control.ParScheme.Component;
import vn.pakn.surveys.control.ParScheme.Feed;
import vn.pakn.surveys.control.ParScheme.Formula;
import vn.pakn.surveys.control.ParScheme.Item;
import vn.pakn.surveys.control.ParScheme.Source;

/**
 * Every PAR scoring scheme edition of the installation ({@code surveys/par-scheme.<edition>.json}),
 * validated at start-up: maxima of the components add up to the declared total, parts add up to
 * their component, survey-fed items name an index and a formula, bands cover 0 to the total. Any
 * problem in any file throws {@link InvalidDefinitionException} listing all of them.
 */
public final class ParSchemes {

  public static final String FILE_PREFIX = "par-scheme.";
  static final Pattern INDEX = Pattern.compile("[a-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  private final TreeMap<Integer, ParScheme> byEdition;

  private ParSchemes(TreeMap<Integer, ParScheme> byEdition) {
    this.byEdition = byEdition;
  }

  public static ParSchemes load(Path directory) {
    return load(SourceFile.inDirectory(directory, SurveyDefinitions::isParScheme));
  }

  public static ParSchemes load(Collection<SourceFile> files) {
    List<DefinitionProblem> problems = new ArrayList<>();
    TreeMap<Integer, ParScheme> byEdition = new TreeMap<>();
    for (SourceFile file : files) {
      var in = new JsonFileReader(file.name());
      ParScheme scheme = read(in, file.content());
      problems.addAll(in.problems());
      if (scheme != null && !in.hasProblems()) {
        byEdition.put(scheme.edition(), scheme);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(problems);
    }
    return new ParSchemes(byEdition);
  }

  public Optional<ParScheme> edition(int edition) {
    return Optional.ofNullable(byEdition.get(edition));
  }

  /** The edition in force for a year: the newest edition not after it. */
  public Optional<ParScheme> forYear(int year) {
    return Optional.ofNullable(byEdition.floorEntry(year)).map(e -> e.getValue());
  }

  public List<ParScheme> all() {
    return List.copyOf(byEdition.values());
  }

  private static ParScheme read(JsonFileReader in, String content) {
    JsonObject root = in.parse(content);
    if (root == null) {
      return null;
    }
    String $ = "$";
    in.onlyFields(
        root,
        $,
        Set.of("edition", "title", "legalBasis", "note", "totalPoints", "components", "bands"));
    Integer edition = in.integer(root, $, "edition", true);
    if (edition != null && !in.file().equals(FILE_PREFIX + edition + ".json")) {
      in.problem($, "surveys.fileName", FILE_PREFIX + edition + ".json");
    }
    Label title = in.label(root, $, "title", true);
    String legalBasis = in.text(root, $, "legalBasis", false);
    in.text(root, $, "note", false);
    BigDecimal total = positive(in, root, $, "totalPoints");
    Set<String> ids = new HashSet<>();
    List<Component> components = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (At at : in.objects(root, $, "components", true)) {
      Component component = component(in, at, ids);
      if (component == null) {
        complete = false;
      } else {
        components.add(component);
        sum = sum.add(component.maxPoints());
      }
    }
    if (complete && total != null && sum.compareTo(total) != 0) {
      in.problem($ + ".totalPoints", "par.total.mismatch", total, sum);
    }
    Bands bands = total == null ? null : in.bands(root, $, "bands", BigDecimal.ZERO, total);
    if (in.hasProblems()) {
      return null;
    }
    return new ParScheme(edition, title, Optional.ofNullable(legalBasis), total, components, bands);
  }

  private static Component component(JsonFileReader in, At at, Set<String> ids) {
    String path = at.path();
    JsonObject o = at.value();
    in.onlyFields(
        o,
        path,
        Set.of("id", "title", "maxPoints", "source", "index", "formula", "floor", "parts", "note"));
    if (!o.containsKey("parts")) {
      Item item = item(in, at, ids);
      return item == null
          ? null
          : new Component(item.id(), item.title(), item.maxPoints(), List.of(item));
    }
    for (String leafOnly : List.of("source", "index", "formula", "floor")) {
      if (o.containsKey(leafOnly)) {
        in.problem(path + "." + leafOnly, "par.component.partsAndSource");
      }
    }
    String id = id(in, o, path, ids);
    Label title = in.label(o, path, "title", true);
    in.text(o, path, "note", false);
    BigDecimal max = positive(in, o, path, "maxPoints");
    List<Item> items = new ArrayList<>();
    boolean complete = true;
    BigDecimal sum = BigDecimal.ZERO;
    for (At part : in.objects(o, path, "parts", true)) {
      in.onlyFields(
          part.value(),
          part.path(),
          Set.of("id", "title", "maxPoints", "source", "index", "formula", "floor", "note"));
      Item item = item(in, part, ids);
      if (item == null) {
        complete = false;
      } else {
        items.add(item);
        sum = sum.add(item.maxPoints());
      }
    }
    if (complete && max != null && sum.compareTo(max) != 0) {
      in.problem(path + ".maxPoints", "par.parts.mismatch", max, sum);
    }
    if (id == null || title == null || max == null || !complete) {
      return null;
    }
    return new Component(id, title, max, items);
  }

  private static Item item(JsonFileReader in, At at, Set<String> ids) {
    String path = at.path();
    JsonObject o = at.value();
    String id = id(in, o, path, ids);
    Label title = in.label(o, path, "title", true);
    in.text(o, path, "note", false);
    BigDecimal max = positive(in, o, path, "maxPoints");
    String sourceText = in.text(o, path, "source", true);
    Source source = null;
    if (sourceText != null) {
      try {
        source = Source.valueOf(sourceText);
      } catch (IllegalArgumentException unknown) {
        in.problem(path + ".source", "surveys.json.unknownValue", sourceText, "ENTERED, SURVEY");
      }
    }
    Optional<Feed> feed = Optional.empty();
    if (source == Source.ENTERED) {
      for (String surveyOnly : List.of("index", "formula", "floor")) {
        if (o.containsKey(surveyOnly)) {
          in.problem(path + "." + surveyOnly, "par.feed.notAllowed");
        }
      }
    } else if (source == Source.SURVEY) {
      // a bad feed is reported; the item still counts towards the sums so they are checked too
      feed = feed(in, o, path);
    }
    if (id == null || title == null || max == null || source == null) {
      return null;
    }
    return new Item(id, title, max, source, feed);
  }

  private static Optional<Feed> feed(JsonFileReader in, JsonObject o, String path) {
    String index = in.text(o, path, "index", true);
    if (index != null && !INDEX.matcher(index).matches()) {
      in.problem(path + ".index", "par.feed.index", index);
      index = null;
    }
    String formulaText = in.text(o, path, "formula", true);
    Formula formula = null;
    if (formulaText != null) {
      try {
        formula = Formula.valueOf(formulaText);
      } catch (IllegalArgumentException unknown) {
        in.problem(
            path + ".formula",
            "surveys.json.unknownValue",
            formulaText,
            "INDEX_TIMES_MAX, SCALED_ABOVE_FLOOR");
      }
    }
    BigDecimal floor = BigDecimal.ZERO;
    if (formula == Formula.SCALED_ABOVE_FLOOR) {
      floor = in.number(o, path, "floor", true);
      if (floor != null && (floor.signum() < 0 || floor.compareTo(BigDecimal.ONE) >= 0)) {
        in.problem(path + ".floor", "par.feed.floor");
        floor = null;
      }
    } else if (formula != null && o.containsKey("floor")) {
      in.problem(path + ".floor", "par.feed.notAllowed");
    }
    if (index == null || formula == null || floor == null) {
      return Optional.empty();
    }
    return Optional.of(new Feed(index, formula, floor));
  }

  private static String id(JsonFileReader in, JsonObject o, String path, Set<String> ids) {
    String id = in.text(o, path, "id", true);
    if (id == null) {
      return null;
    }
    if (!SurveyDefinitionReader.ID.matcher(id).matches()) {
      in.problem(path + ".id", "surveys.id.pattern", id);
      return null;
    }
    if (!ids.add(id)) {
      in.problem(path + ".id", "surveys.json.duplicateId", id);
    }
    return id;
  }

  private static BigDecimal positive(JsonFileReader in, JsonObject o, String path, String name) {
    BigDecimal value = in.number(o, path, name, true);
    if (value != null && value.signum() <= 0) {
      in.problem(path + "." + name, "par.points.positive");
      return null;
    }
    if (value != null && value.scale() > 2) {
      in.problem(path + "." + name, "par.points.decimals");
      return null;
    }
    return value;
  }
}
