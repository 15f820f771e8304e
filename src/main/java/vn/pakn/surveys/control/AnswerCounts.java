package vn.pakn.surveys.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the database reports for one group (agency, desk, service, officer, period): how many
 * responses, and how many answers each question received at each level. The shape of
 *
 * <pre>
 *   SELECT question_id, answer_value, count(*) FROM survey_answer … GROUP BY &lt;group&gt;, question_id, answer_value
 * </pre>
 *
 * or of the same sums over monthly roll-ups; rows with the same question and value are added up, so
 * roll-up rows can be passed as they come. Scores are never computed by loading responses.
 */
public record AnswerCounts(long responses, Map<String, Map<Integer, Long>> byQuestion) {

  /** One aggregate row. */
  public record Row(String questionId, int value, long count) {
    public Row {
      if (count < 0) {
        throw new IllegalArgumentException("negative count for " + questionId);
      }
    }
  }

  public AnswerCounts {
    if (responses < 0) {
      throw new IllegalArgumentException("negative responses");
    }
    Map<String, Map<Integer, Long>> copy = new HashMap<>();
    byQuestion.forEach((q, levels) -> copy.put(q, Map.copyOf(levels)));
    byQuestion = Map.copyOf(copy);
  }

  public static AnswerCounts of(long responses, Collection<Row> rows) {
    Map<String, Map<Integer, Long>> byQuestion = new HashMap<>();
    for (Row row : rows) {
      byQuestion
          .computeIfAbsent(row.questionId(), q -> new HashMap<>())
          .merge(row.value(), row.count(), Long::sum);
    }
    return new AnswerCounts(responses, byQuestion);
  }

  public long count(String questionId, int value) {
    return byQuestion.getOrDefault(questionId, Map.of()).getOrDefault(value, 0L);
  }

  /** Answers a question received, at any level. */
  public long answers(String questionId) {
    return byQuestion.getOrDefault(questionId, Map.of()).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }
}
