package vn.pakn.surveys.control;

import vn.pakn.surveys.control.SurveyDefinition.PetitionVerdict;

/**
 * The sender's verdict in the petition survey, one of the ways a petition counts as unsatisfied in
 * the satisfaction rate of Decision 766/QĐ-TTg (defined in {@code reports.control.Decision766}).
 */
public final class PetitionSatisfaction {

  private PetitionSatisfaction() {}

  /**
   * Whether a petition-handling response marks the petition as unsatisfied, by the definition's
   * verdict question; an unanswered verdict question does not.
   */
  public static boolean marksUnsatisfied(
      SurveyDefinition definition, ResponseValidator.Answers answers) {
    PetitionVerdict verdict =
        definition
            .petitionVerdict()
            .orElseThrow(
                () -> new IllegalArgumentException(definition.id() + " has no petition verdict"));
    Integer value = answers.ratings().get(verdict.question());
    return value != null && verdict.unsatisfiedValues().contains(value);
  }
}
