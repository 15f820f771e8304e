package vn.pakn.surveys.control;

import vn.pakn.surveys.control.SurveyDefinition.PetitionVerdict;

/**
 * The petition satisfaction rate of Decision 766/QĐ-TTg (2022): petitions handled, less those the
 * sender marked unsatisfied or that were handled late, over petitions handled.
 *
 * <pre>
 *   rate = (handled − unsatisfied-or-overdue) ÷ handled
 * </pre>
 *
 * A petition both late and marked unsatisfied counts once, which is why the input is the count of
 * the union ({@code count(*) FILTER (WHERE marked_unsatisfied OR overdue)}), not two counts.
 */
public final class PetitionSatisfaction {

  /** The aggregate row of one group. */
  public record Counts(long handled, long unsatisfiedOrOverdue) {
    public Counts {
      if (handled < 0 || unsatisfiedOrOverdue < 0 || unsatisfiedOrOverdue > handled) {
        throw new IllegalArgumentException(unsatisfiedOrOverdue + " of " + handled);
      }
    }
  }

  private PetitionSatisfaction() {}

  public static Figure rate(Counts counts, Suppression suppression) {
    return suppression.proportion(
        counts.handled() - counts.unsatisfiedOrOverdue(), counts.handled());
  }

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
