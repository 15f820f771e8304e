package vn.pakn.surveys.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.SurveyDefinition.FreeText;
import vn.pakn.surveys.control.SurveyDefinition.Question;
import vn.pakn.surveys.control.SurveyDefinition.Scale;

/**
 * Checks a response against the definition version it answers. Ordinary bad input (unknown
 * question, value outside the scale, missing required answer, free text too long or with control or
 * invisible characters) gives violations with the field's path, never an exception; every violation
 * is reported, not only the first.
 */
public final class ResponseValidator {

  /** Single-use tokens are printed as QR codes or issued to kiosks: short and URL-safe. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  /** Validated answers: the rated questions answered, and the free text (NFC, trimmed) if any. */
  public record Answers(Map<String, Integer> ratings, Optional<String> freeText) {
    public Answers {
      ratings = Map.copyOf(ratings);
    }
  }

  /** Answers when the response is valid, otherwise the violations (never both). */
  public record Outcome(Optional<Answers> answers, List<Violation> violations) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /**
   * A {@code POST /api/surveys/{id}/responses} body: {@code {"token", "version"?, "answers"}}. The
   * version defaults to the newest; every response records the version it answered.
   */
  public sealed interface Submission {
    record UnknownSurvey(String surveyId) implements Submission {}

    record Rejected(List<Violation> violations) implements Submission {}

    record Accepted(SurveyDefinition definition, String token, Answers answers)
        implements Submission {}
  }

  private ResponseValidator() {}

  public static Submission readSubmission(
      SurveyDefinitions definitions, String surveyId, JsonObject body) {
    if (definitions.latest(surveyId).isEmpty()) {
      return new Submission.UnknownSurvey(surveyId);
    }
    List<Violation> violations = new ArrayList<>();
    for (String name : body.keySet()) {
      if (!Set.of("token", "version", "answers").contains(name)) {
        violations.add(new Violation(name, "survey.field.unknown", name));
      }
    }
    String token = null;
    JsonValue tokenValue = body.get("token");
    if (tokenValue == null || tokenValue == JsonValue.NULL) {
      violations.add(new Violation("token", "required"));
    } else if (!(tokenValue instanceof JsonString s) || !TOKEN.matcher(s.getString()).matches()) {
      violations.add(new Violation("token", "survey.token.format"));
    } else {
      token = s.getString();
    }
    SurveyDefinition definition = definitions.latest(surveyId).orElseThrow();
    JsonValue versionValue = body.get("version");
    if (versionValue != null && versionValue != JsonValue.NULL) {
      if (versionValue instanceof JsonNumber n && JsonFileReader.isInt(n)) {
        Optional<SurveyDefinition> chosen = definitions.find(surveyId, n.intValue());
        if (chosen.isPresent()) {
          definition = chosen.get();
        } else {
          violations.add(new Violation("version", "survey.version.unknown", n.intValue()));
          return new Submission.Rejected(violations);
        }
      } else {
        violations.add(new Violation("version", "survey.answer.notInteger"));
        return new Submission.Rejected(violations);
      }
    }
    Outcome outcome = validate(definition, body.get("answers"));
    violations.addAll(outcome.violations());
    if (!violations.isEmpty()) {
      return new Submission.Rejected(violations);
    }
    return new Submission.Accepted(definition, token, outcome.answers().orElseThrow());
  }

  /**
   * Validates the {@code answers} object of a response (field paths start with {@code answers}).
   */
  public static Outcome validate(SurveyDefinition definition, JsonValue answers) {
    if (answers == null || answers == JsonValue.NULL) {
      return rejected(new Violation("answers", "required"));
    }
    if (answers.getValueType() != JsonValue.ValueType.OBJECT) {
      return rejected(new Violation("answers", "survey.answers.notObject"));
    }
    JsonObject object = answers.asJsonObject();
    List<Violation> violations = new ArrayList<>();
    Map<String, Question> questions = definition.questionsById();
    Optional<FreeText> freeText = definition.freeText();
    for (String key : object.keySet()) {
      boolean isFreeText = freeText.map(f -> f.id().equals(key)).orElse(false);
      if (!questions.containsKey(key) && !isFreeText) {
        violations.add(new Violation(path(key), "survey.answer.unknown", key));
      }
    }
    Map<String, Integer> ratings = new LinkedHashMap<>();
    for (Question question : definition.questions()) {
      JsonValue value = object.get(question.id());
      if (value == null || value == JsonValue.NULL) {
        if (question.required()) {
          violations.add(new Violation(path(question.id()), "required"));
        }
        continue;
      }
      Scale scale = definition.scaleOf(question);
      if (!(value instanceof JsonNumber number) || !JsonFileReader.isInt(number)) {
        violations.add(new Violation(path(question.id()), "survey.answer.notInteger"));
      } else if (scale.level(number.intValue()).isEmpty()) {
        violations.add(
            new Violation(
                path(question.id()),
                "survey.answer.outOfScale",
                number.toString(),
                scale.levels().stream()
                    .map(l -> String.valueOf(l.value()))
                    .collect(Collectors.joining(", "))));
      } else {
        ratings.put(question.id(), number.intValue());
      }
    }
    Optional<String> text = Optional.empty();
    if (freeText.isPresent()) {
      text = freeText(freeText.get(), object.get(freeText.get().id()), violations);
    }
    if (!violations.isEmpty()) {
      return new Outcome(Optional.empty(), List.copyOf(violations));
    }
    return new Outcome(Optional.of(new Answers(ratings, text)), List.of());
  }

  private static Optional<String> freeText(
      FreeText definition, JsonValue value, List<Violation> violations) {
    String field = path(definition.id());
    if (value == null || value == JsonValue.NULL) {
      if (definition.required()) {
        violations.add(new Violation(field, "required"));
      }
      return Optional.empty();
    }
    if (!(value instanceof JsonString string)) {
      violations.add(new Violation(field, "survey.answer.notText"));
      return Optional.empty();
    }
    String text =
        Normalizer.normalize(string.getString(), Normalizer.Form.NFC)
            .replace("\r\n", "\n")
            .replace('\r', '\n')
            .strip();
    Optional<String> forbidden = forbiddenCharacter(text);
    if (forbidden.isPresent()) {
      violations.add(new Violation(field, forbidden.get()));
      return Optional.empty();
    }
    if (text.isEmpty()) {
      if (definition.required()) {
        violations.add(new Violation(field, "required"));
      }
      return Optional.empty();
    }
    if (text.codePointCount(0, text.length()) > definition.maxLength()) {
      violations.add(new Violation(field, "survey.answer.tooLong", definition.maxLength()));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * The platform's text rules (control, invisible and broken characters), under this component's
   * violation codes.
   */
  static Optional<String> forbiddenCharacter(String text) {
    return TextRules.forbiddenCharacter(text, true)
        .map(code -> "survey.answer." + code.substring("text.".length()));
  }

  private static String path(String key) {
    return "answers." + key;
  }

  private static Outcome rejected(Violation violation) {
    return new Outcome(Optional.empty(), List.of(violation));
  }
}
