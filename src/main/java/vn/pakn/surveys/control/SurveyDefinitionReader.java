package vn.pakn.surveys.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.pakn.surveys.control.JsonFileReader.At;
import vn.pakn.surveys.control.SurveyDefinition.Aggregation;
import vn.pakn.surveys.control.SurveyDefinition.Aspect;
import vn.pakn.surveys.control.SurveyDefinition.AspectRule;
import vn.pakn.surveys.control.SurveyDefinition.Criterion;
import vn.pakn.surveys.control.SurveyDefinition.DeskScoring;
import vn.pakn.surveys.control.SurveyDefinition.FreeText;
import vn.pakn.surveys.control.SurveyDefinition.Kind;
import vn.pakn.surveys.control.SurveyDefinition.Level;
import vn.pakn.surveys.control.SurveyDefinition.OverallRule;
import vn.pakn.surveys.control.SurveyDefinition.PetitionVerdict;
import vn.pakn.surveys.control.SurveyDefinition.Question;
import vn.pakn.surveys.control.SurveyDefinition.Scale;

/**
 * Reads and validates one survey definition file (format: {@code surveys/README.md}). Collects
 * every problem of the file; yields a definition only when there is none.
 */
final class SurveyDefinitionReader {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_FREE_TEXT = 4000;

  /** A definition, or the problems that prevented it. */
  record Result(Optional<SurveyDefinition> definition, List<DefinitionProblem> problems) {}

  private final JsonFileReader in;
  private final Set<String> ids = new HashSet<>();
  private final Set<String> answerKeys = new HashSet<>();

  private SurveyDefinitionReader(String file) {
    this.in = new JsonFileReader(file);
  }

  static Result read(SourceFile file) {
    var reader = new SurveyDefinitionReader(file.name());
    SurveyDefinition definition = reader.definition(file);
    List<DefinitionProblem> problems = reader.in.problems();
    return new Result(
        problems.isEmpty() ? Optional.ofNullable(definition) : Optional.empty(), problems);
  }

  private SurveyDefinition definition(SourceFile file) {
    JsonObject root = in.parse(file.content());
    if (root == null) {
      return null;
    }
    String $ = "$";
    in.onlyFields(
        root,
        $,
        Set.of(
            "id",
            "version",
            "title",
            "kind",
            "description",
            "legalBasis",
            "note",
            "aggregation",
            "scales",
            "aspects",
            "questions",
            "freeText",
            "deskScore",
            "petitionVerdict"));
    String id = id(root, $, "id");
    Integer version = in.integer(root, $, "version", true);
    if (version != null && version < 1) {
      in.problem($ + ".version", "surveys.version.positive");
    }
    if (id != null && version != null) {
      String expected = id + ".v" + version + ".json";
      if (!expected.equals(in.file())) {
        in.problem($, "surveys.fileName", expected);
      }
    }
    Label title = in.label(root, $, "title", true);
    in.label(root, $, "description", false);
    in.text(root, $, "legalBasis", false);
    in.text(root, $, "note", false);
    Kind kind = constant(Kind.class, root, $, "kind", null);
    Aggregation aggregation = aggregation(root, $);
    Map<String, Scale> scales = scales(root, $);
    List<Aspect> aspects = aspects(root, $);
    Set<String> criteria = new HashSet<>();
    aspects.forEach(a -> a.criteria().forEach(c -> criteria.add(c.id())));
    List<Question> questions = questions(root, $, scales, criteria);
    Optional<FreeText> freeText = freeText(root, $);
    Optional<DeskScoring> desk = deskScoring(root, $, kind, questions, scales);
    Optional<PetitionVerdict> verdict = verdict(root, $, kind, questions, scales);
    if (in.hasProblems()) {
      return null;
    }
    return new SurveyDefinition(
        id,
        version,
        title,
        kind,
        aggregation,
        List.copyOf(scales.values()),
        aspects,
        questions,
        freeText,
        desk,
        verdict,
        root);
  }

  /**
   * An id of the file's id space (scales, aspects, criteria, questions): unique and well-formed.
   */
  private String id(JsonObject object, String path, String name) {
    String id = in.text(object, path, name, true);
    if (id == null) {
      return null;
    }
    if (!ID.matcher(id).matches()) {
      in.problem(JsonFileReader.child(path, name), "surveys.id.pattern", id);
      return null;
    }
    return id;
  }

  private void unique(String id, String path) {
    if (id != null && !ids.add(id)) {
      in.problem(path, "surveys.json.duplicateId", id);
    }
  }

  private <E extends Enum<E>> E constant(
      Class<E> type, JsonObject object, String path, String name, E fallback) {
    String text = in.text(object, path, name, fallback == null);
    if (text == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException unknown) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      in.problem(
          JsonFileReader.child(path, name),
          "surveys.json.unknownValue",
          text,
          String.join(", ", names));
      return null;
    }
  }

  private Aggregation aggregation(JsonObject root, String $) {
    JsonObject object = in.object(root, $, "aggregation", false);
    if (object == null) {
      return Aggregation.SIPAS;
    }
    String path = $ + ".aggregation";
    in.onlyFields(object, path, Set.of("aspect", "overall"));
    AspectRule aspect =
        constant(AspectRule.class, object, path, "aspect", AspectRule.MEAN_OF_CRITERIA);
    OverallRule overall =
        constant(OverallRule.class, object, path, "overall", OverallRule.MEAN_OF_ASPECTS);
    return new Aggregation(aspect, overall);
  }

  private Map<String, Scale> scales(JsonObject root, String $) {
    Map<String, Scale> scales = new java.util.LinkedHashMap<>();
    for (At at : in.objects(root, $, "scales", true)) {
      String path = at.path();
      in.onlyFields(at.value(), path, Set.of("id", "levels", "note"));
      in.text(at.value(), path, "note", false);
      String id = id(at.value(), path, "id");
      if (id != null && scales.containsKey(id)) {
        in.problem(path + ".id", "surveys.json.duplicateId", id);
      }
      List<Level> levels = new ArrayList<>();
      List<At> levelObjects = in.objects(at.value(), path, "levels", true);
      for (At levelAt : levelObjects) {
        String lp = levelAt.path();
        JsonObject o = levelAt.value();
        in.onlyFields(o, lp, Set.of("value", "label", "satisfied", "icon"));
        Integer value = in.integer(o, lp, "value", true);
        Label label = in.label(o, lp, "label", true);
        Boolean satisfied = in.bool(o, lp, "satisfied", null);
        String icon = in.text(o, lp, "icon", false);
        if (value != null && label != null && satisfied != null) {
          if (!levels.isEmpty() && levels.get(levels.size() - 1).value() >= value) {
            in.problem(lp + ".value", "surveys.scale.order");
          }
          levels.add(new Level(value, label, satisfied, Optional.ofNullable(icon)));
        }
      }
      if (levelObjects.size() == 1) {
        in.problem(path + ".levels", "surveys.scale.tooFewLevels");
      }
      if (!levels.isEmpty() && levels.stream().noneMatch(Level::satisfied)) {
        in.problem(path + ".levels", "surveys.scale.noneSatisfied");
      }
      if (!levels.isEmpty() && levels.stream().allMatch(Level::satisfied)) {
        in.problem(path + ".levels", "surveys.scale.allSatisfied");
      }
      if (id != null && !levels.isEmpty()) {
        scales.put(id, new Scale(id, levels));
      }
    }
    return scales;
  }

  private List<Aspect> aspects(JsonObject root, String $) {
    List<Aspect> aspects = new ArrayList<>();
    for (At at : in.objects(root, $, "aspects", true)) {
      String path = at.path();
      in.onlyFields(at.value(), path, Set.of("id", "title", "criteria"));
      String id = id(at.value(), path, "id");
      unique(id, path + ".id");
      Label title = in.label(at.value(), path, "title", true);
      List<Criterion> criteria = new ArrayList<>();
      for (At c : in.objects(at.value(), path, "criteria", true)) {
        in.onlyFields(c.value(), c.path(), Set.of("id", "title"));
        String cid = id(c.value(), c.path(), "id");
        unique(cid, c.path() + ".id");
        Label ctitle = in.label(c.value(), c.path(), "title", true);
        if (cid != null && ctitle != null) {
          criteria.add(new Criterion(cid, ctitle));
        }
      }
      if (id != null && title != null) {
        aspects.add(new Aspect(id, title, criteria));
      }
    }
    return aspects;
  }

  private List<Question> questions(
      JsonObject root, String $, Map<String, Scale> scales, Set<String> criteria) {
    List<Question> questions = new ArrayList<>();
    Set<String> questionIds = new HashSet<>();
    Set<String> fed = new HashSet<>();
    for (At at : in.objects(root, $, "questions", true)) {
      String path = at.path();
      JsonObject o = at.value();
      in.onlyFields(o, path, Set.of("id", "text", "hint", "scale", "required", "criterion"));
      String id = id(o, path, "id");
      if (id != null && !questionIds.add(id)) {
        in.problem(path + ".id", "surveys.json.duplicateId", id);
      }
      Label text = in.label(o, path, "text", true);
      in.label(o, path, "hint", false);
      String scale = in.text(o, path, "scale", true);
      if (scale != null && !scales.containsKey(scale)) {
        in.problem(path + ".scale", "surveys.scale.unknown", scale);
      }
      Boolean required = in.bool(o, path, "required", Boolean.TRUE);
      String criterion = in.text(o, path, "criterion", true);
      if (criterion != null && !criteria.contains(criterion)) {
        in.problem(path + ".criterion", "surveys.criterion.unknown", criterion);
      }
      fed.add(criterion);
      if (id != null && text != null && scale != null && required != null && criterion != null) {
        questions.add(new Question(id, text, scale, required, criterion));
      }
    }
    List<At> aspectObjects = in.objects(root, $, "aspects", false);
    for (At aspect : aspectObjects) {
      JsonArray list = aspect.value().getJsonArray("criteria");
      for (int i = 0; list != null && i < list.size(); i++) {
        if (list.get(i) instanceof JsonObject c
            && c.get("id") instanceof jakarta.json.JsonString cid
            && !fed.contains(cid.getString())) {
          in.problem(
              aspect.path() + ".criteria[" + i + "]", "surveys.criterion.unused", cid.getString());
        }
      }
    }
    answerKeys.addAll(questionIds);
    return questions;
  }

  private Optional<FreeText> freeText(JsonObject root, String $) {
    JsonObject o = in.object(root, $, "freeText", false);
    if (o == null) {
      return Optional.empty();
    }
    String path = $ + ".freeText";
    in.onlyFields(o, path, Set.of("id", "label", "maxLength", "required"));
    String id = id(o, path, "id");
    if (id != null && answerKeys.contains(id)) {
      in.problem(path + ".id", "surveys.json.duplicateId", id);
    }
    Label label = in.label(o, path, "label", true);
    Integer maxLength = in.integer(o, path, "maxLength", true);
    if (maxLength != null && (maxLength < 1 || maxLength > MAX_FREE_TEXT)) {
      in.problem(path + ".maxLength", "surveys.freeText.maxLength", MAX_FREE_TEXT);
    }
    Boolean required = in.bool(o, path, "required", Boolean.FALSE);
    if (id == null || label == null || maxLength == null || required == null) {
      return Optional.empty();
    }
    return Optional.of(new FreeText(id, label, maxLength, required));
  }

  private Optional<DeskScoring> deskScoring(
      JsonObject root, String $, Kind kind, List<Question> questions, Map<String, Scale> scales) {
    JsonObject o = in.object(root, $, "deskScore", false);
    String path = $ + ".deskScore";
    if (kind != Kind.DESK_EVALUATION) {
      if (o != null) {
        in.problem(path, "surveys.deskScore.notAllowed");
      }
      return Optional.empty();
    }
    if (o == null) {
      in.problem(path, "surveys.deskScore.required");
      return Optional.empty();
    }
    in.onlyFields(o, path, Set.of("maxPoints", "bands", "note"));
    in.text(o, path, "note", false);
    Integer maxPoints = in.integer(o, path, "maxPoints", true);
    if (maxPoints == null) {
      return Optional.empty();
    }
    int sum = 0;
    boolean complete = true;
    for (Question q : questions) {
      Scale scale = scales.get(q.scale());
      if (scale == null) {
        complete = false;
        continue;
      }
      if (scale.minValue() < 0) {
        in.problem(path, "surveys.deskScore.negative", scale.id());
      }
      sum += scale.maxValue();
    }
    if (complete && sum != maxPoints) {
      in.problem(path + ".maxPoints", "surveys.deskScore.maxPoints", maxPoints, sum);
    }
    Bands bands = in.bands(o, path, "bands", BigDecimal.ZERO, BigDecimal.valueOf(maxPoints));
    return bands == null ? Optional.empty() : Optional.of(new DeskScoring(maxPoints, bands));
  }

  private Optional<PetitionVerdict> verdict(
      JsonObject root, String $, Kind kind, List<Question> questions, Map<String, Scale> scales) {
    JsonObject o = in.object(root, $, "petitionVerdict", false);
    String path = $ + ".petitionVerdict";
    if (kind != Kind.PETITION_HANDLING) {
      if (o != null) {
        in.problem(path, "surveys.verdict.notAllowed");
      }
      return Optional.empty();
    }
    if (o == null) {
      in.problem(path, "surveys.verdict.required");
      return Optional.empty();
    }
    in.onlyFields(o, path, Set.of("question", "unsatisfiedValues", "note"));
    in.text(o, path, "note", false);
    String questionId = in.text(o, path, "question", true);
    JsonArray values = in.array(o, path, "unsatisfiedValues", true);
    if (questionId == null || values == null) {
      return Optional.empty();
    }
    Optional<Question> question =
        questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    if (question.isEmpty()) {
      in.problem(path + ".question", "surveys.question.unknown", questionId);
      return Optional.empty();
    }
    Scale scale = scales.get(question.get().scale());
    Set<Integer> unsatisfied = new LinkedHashSet<>();
    if (values.isEmpty()) {
      in.problem(path + ".unsatisfiedValues", "surveys.json.emptyArray");
    }
    for (int i = 0; i < values.size(); i++) {
      String vp = path + ".unsatisfiedValues[" + i + "]";
      if (values.get(i) instanceof JsonNumber n && JsonFileReader.isInt(n)) {
        if (scale != null && scale.level(n.intValue()).isEmpty()) {
          in.problem(vp, "surveys.verdict.value", n.intValue(), scale.id());
        }
        unsatisfied.add(n.intValue());
      } else {
        in.problem(vp, "surveys.json.type.integer");
      }
    }
    return Optional.of(new PetitionVerdict(questionId, Set.copyOf(unsatisfied)));
  }
}
