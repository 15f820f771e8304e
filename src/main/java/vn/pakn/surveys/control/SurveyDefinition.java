package vn.pakn.surveys.control;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of a survey, as read and validated from {@code surveys/<id>.v<version>.json}. Every
 * reference inside it has been checked: questions name existing scales and criteria, every
 * criterion is fed by a question, bands cover the score range. Immutable.
 *
 * @param source the file's JSON as read, served as is by {@code GET /api/surveys/{id}}
 */
public record SurveyDefinition(
    String id,
    int version,
    Label title,
    Kind kind,
    Aggregation aggregation,
    List<Scale> scales,
    List<Aspect> aspects,
    List<Question> questions,
    Optional<FreeText> freeText,
    Optional<DeskScoring> deskScoring,
    Optional<PetitionVerdict> petitionVerdict,
    JsonObject source) {

  public enum Kind {
    /** The 9-criterion, 18-point evaluation of Decree 61/2018 Art. 31 and Circular 01/2018. */
    DESK_EVALUATION,
    /** A SIPAS-style questionnaire: aspects of the service, each with criteria. */
    SIPAS,
    /** A one- or few-question survey on a kiosk or tablet at the desk. */
    KIOSK,
    /** How a petition (phản ánh, kiến nghị) was handled, asked of its sender. */
    PETITION_HANDLING
  }

  /** How an aspect's index is built from its criteria. (confirm) */
  public enum AspectRule {
    /** The unweighted mean of the criterion indices (SIPAS, Decision 2640/QĐ-BNV). */
    MEAN_OF_CRITERIA,
    /** Satisfied answers over all answers of the aspect's questions. */
    POOLED_ANSWERS
  }

  /** How the overall index is built. (confirm) */
  public enum OverallRule {
    /** The unweighted mean of the aspect indices (SIPAS). */
    MEAN_OF_ASPECTS,
    /** The unweighted mean of all criterion indices. */
    MEAN_OF_CRITERIA,
    /** Satisfied answers over all answers. */
    POOLED_ANSWERS
  }

  public record Aggregation(AspectRule aspect, OverallRule overall) {
    public static final Aggregation SIPAS =
        new Aggregation(AspectRule.MEAN_OF_CRITERIA, OverallRule.MEAN_OF_ASPECTS);
  }

  /** An answer level: the integer stored, its label, and whether it counts as satisfied. */
  public record Level(int value, Label label, boolean satisfied, Optional<String> icon) {}

  /** Levels in ascending order of value. */
  public record Scale(String id, List<Level> levels) {

    public Optional<Level> level(int value) {
      return levels.stream().filter(l -> l.value() == value).findFirst();
    }

    public boolean isSatisfied(int value) {
      return level(value).map(Level::satisfied).orElse(false);
    }

    public int minValue() {
      return levels.stream().mapToInt(Level::value).min().orElseThrow();
    }

    public int maxValue() {
      return levels.stream().mapToInt(Level::value).max().orElseThrow();
    }

    public Set<Integer> values() {
      return levels.stream().map(Level::value).collect(Collectors.toUnmodifiableSet());
    }
  }

  public record Criterion(String id, Label title) {}

  public record Aspect(String id, Label title, List<Criterion> criteria) {}

  /** A rated question; its answers feed one criterion. */
  public record Question(String id, Label text, String scale, boolean required, String criterion) {}

  /** The optional comment field: at most {@code maxLength} characters (code points, in NFC). */
  public record FreeText(String id, Label label, int maxLength, boolean required) {}

  /**
   * The points total of a desk evaluation: the sum of the answered values (each question's scale
   * gives its points), at most {@code maxPoints}, banded.
   */
  public record DeskScoring(int maxPoints, Bands bands) {}

  /**
   * Which answer marks a petition as handled to the sender's dissatisfaction, for the petition
   * satisfaction rate of Decision 766/QĐ-TTg. (confirm)
   */
  public record PetitionVerdict(String question, Set<Integer> unsatisfiedValues) {}

  public SurveyDefinition {
    scales = List.copyOf(scales);
    aspects = List.copyOf(aspects);
    questions = List.copyOf(questions);
  }

  public Optional<Scale> scale(String scaleId) {
    return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** The scale of a question of this definition. */
  public Scale scaleOf(Question question) {
    return scale(question.scale()).orElseThrow();
  }

  public List<Criterion> criteria() {
    return aspects.stream().flatMap(a -> a.criteria().stream()).toList();
  }

  public List<Question> questionsOf(String criterionId) {
    return questions.stream().filter(q -> q.criterion().equals(criterionId)).toList();
  }

  public Map<String, Question> questionsById() {
    return questions.stream()
        .collect(Collectors.toUnmodifiableMap(Question::id, Function.identity()));
  }

  /** The highest points a response can reach (the sum of every question's top value). */
  public int maxPoints() {
    return questions.stream().mapToInt(q -> scaleOf(q).maxValue()).sum();
  }

  /** The band of a desk score, when this is a desk evaluation. */
  public Optional<Band> deskBand(BigDecimal points) {
    return deskScoring.flatMap(d -> d.bands().bandOf(points));
  }
}
