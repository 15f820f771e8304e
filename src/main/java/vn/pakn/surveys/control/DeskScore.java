package vn.pakn.surveys.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.pakn.surveys.control.SurveyDefinition.DeskScoring;

/**
 * The desk evaluation score of Decree 61/2018 Art. 31 and Circular 01/2018/TT-VPCP: each criterion
 * gives 0–2 points, a response totals at most 18, and totals are banded by the definition's bands.
 *
 * <p>A response's points are computed once when it is stored ({@link #of}); a group is summarised
 * from the count of responses at each total ({@code SELECT desk_points, count(*) … GROUP BY
 * <group>, desk_points}), never by loading responses.
 */
public final class DeskScore {

  /** One response's total and band. */
  public record Points(int total, Band band) {}

  /**
   * A group's desk scores.
   *
   * @param responses the response count, empty when the group is not shown
   * @param meanPoints the mean total with a 95% normal interval clipped to [0, max]
   * @param bandOfMean the band the mean falls in (empty when not shown)
   * @param bandShares share of responses whose own total falls in each band, Wilson 95%
   */
  public record Summary(
      OptionalLong responses,
      Figure meanPoints,
      Optional<Band> bandOfMean,
      Map<String, Figure> bandShares) {}

  private DeskScore() {}

  /** The points of one validated response; an unanswered optional question gives 0 points. */
  public static Points of(SurveyDefinition definition, ResponseValidator.Answers answers) {
    DeskScoring scoring = scoring(definition);
    int total = answers.ratings().values().stream().mapToInt(Integer::intValue).sum();
    return new Points(total, scoring.bands().bandOf(BigDecimal.valueOf(total)).orElseThrow());
  }

  /**
   * @param responsesByTotal how many responses reached each total
   */
  public static Summary summarize(
      SurveyDefinition definition, Map<Integer, Long> responsesByTotal, Suppression suppression) {
    DeskScoring scoring = scoring(definition);
    long n = 0;
    double sum = 0;
    double sumOfSquares = 0;
    Map<String, Long> perBand = new LinkedHashMap<>();
    scoring.bands().bands().forEach(b -> perBand.put(b.id(), 0L));
    for (var entry : responsesByTotal.entrySet()) {
      int total = entry.getKey();
      long count = entry.getValue();
      if (total < 0 || total > scoring.maxPoints() || count < 0) {
        throw new IllegalArgumentException(count + " responses with " + total + " points");
      }
      n += count;
      sum += (double) total * count;
      sumOfSquares += (double) total * total * count;
      Band band = scoring.bands().bandOf(BigDecimal.valueOf(total)).orElseThrow();
      perBand.merge(band.id(), count, Long::sum);
    }
    if (suppression.hides(n)) {
      Figure hidden = new Figure.NotShown(suppression.minimumCount());
      Map<String, Figure> shares = new LinkedHashMap<>();
      perBand.keySet().forEach(id -> shares.put(id, hidden));
      return new Summary(OptionalLong.empty(), hidden, Optional.empty(), shares);
    }
    double mean = sum / n;
    double variance = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : 0;
    double halfWidth = WilsonInterval.Z95 * Math.sqrt(variance / n);
    var interval =
        new Interval(
            Math.max(0, mean - halfWidth), Math.min(scoring.maxPoints(), mean + halfWidth));
    Map<String, Figure> shares = new LinkedHashMap<>();
    long responses = n;
    perBand.forEach((id, count) -> shares.put(id, suppression.proportion(count, responses)));
    return new Summary(
        OptionalLong.of(n),
        new Figure.Shown(mean, interval, n),
        scoring.bands().bandOf(mean),
        shares);
  }

  private static DeskScoring scoring(SurveyDefinition definition) {
    return definition
        .deskScoring()
        .orElseThrow(() -> new IllegalArgumentException(definition.id() + " has no desk score"));
  }
}
