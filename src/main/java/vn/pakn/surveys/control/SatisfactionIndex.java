package vn.pakn.surveys.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import vn.pakn.surveys.control.SurveyDefinition.Aspect;
import vn.pakn.surveys.control.SurveyDefinition.Criterion;
import vn.pakn.surveys.control.SurveyDefinition.Question;
import vn.pakn.surveys.control.SurveyDefinition.Scale;

/**
 * Satisfaction indices of one group from its {@link AnswerCounts} (SIPAS method, Decision
 * 2640/QĐ-BNV and Decision 1001/QĐ-BNV; the aggregation rule is the definition's, since it is to be
 * confirmed):
 *
 * <ul>
 *   <li>criterion index = answers at a "satisfied" level ÷ answers, over the questions feeding the
 *       criterion;
 *   <li>aspect index = mean of its criteria's indices, or pooled answers;
 *   <li>overall index = mean of the aspects, mean of all criteria, or pooled answers.
 * </ul>
 *
 * A criterion with no answer is left out of the means. Intervals are Wilson 95%; for an aggregate
 * the count is its smallest criterion count, which also decides whether it is shown — so an
 * aggregate is shown only when every criterion it rests on could be.
 */
public final class SatisfactionIndex {

  /**
   * @param responses the group's response count, empty when the group is not shown
   */
  public record Report(
      OptionalLong responses,
      Figure overall,
      Map<String, Figure> aspects,
      Map<String, Figure> criteria) {}

  /** A raw estimate before suppression. */
  private record Estimate(double value, long satisfied, long count) {}

  private final SurveyDefinition definition;
  private final Suppression suppression;

  public SatisfactionIndex(SurveyDefinition definition, Suppression suppression) {
    this.definition = Objects.requireNonNull(definition);
    this.suppression = Objects.requireNonNull(suppression);
  }

  public Report compute(AnswerCounts counts) {
    Map<String, Estimate> criteria = new LinkedHashMap<>();
    for (Criterion criterion : definition.criteria()) {
      criteria.put(criterion.id(), criterion(criterion, counts));
    }
    Map<String, Estimate> aspects = new LinkedHashMap<>();
    for (Aspect aspect : definition.aspects()) {
      List<Estimate> parts = aspect.criteria().stream().map(c -> criteria.get(c.id())).toList();
      aspects.put(
          aspect.id(),
          switch (definition.aggregation().aspect()) {
            case MEAN_OF_CRITERIA -> mean(parts);
            case POOLED_ANSWERS -> pooled(parts);
          });
    }
    List<Estimate> allCriteria = List.copyOf(criteria.values());
    Estimate overall =
        switch (definition.aggregation().overall()) {
          case MEAN_OF_ASPECTS -> withCount(mean(List.copyOf(aspects.values())), allCriteria);
          case MEAN_OF_CRITERIA -> mean(allCriteria);
          case POOLED_ANSWERS -> pooled(allCriteria);
        };
    if (suppression.hides(counts.responses())) {
      Figure hidden = new Figure.NotShown(suppression.minimumCount());
      Map<String, Figure> hiddenAspects = new LinkedHashMap<>();
      aspects.keySet().forEach(id -> hiddenAspects.put(id, hidden));
      Map<String, Figure> hiddenCriteria = new LinkedHashMap<>();
      criteria.keySet().forEach(id -> hiddenCriteria.put(id, hidden));
      return new Report(OptionalLong.empty(), hidden, hiddenAspects, hiddenCriteria);
    }
    return new Report(
        OptionalLong.of(counts.responses()), figure(overall), figures(aspects), figures(criteria));
  }

  private Estimate criterion(Criterion criterion, AnswerCounts counts) {
    long satisfied = 0;
    long all = 0;
    for (Question question : definition.questionsOf(criterion.id())) {
      Scale scale = definition.scaleOf(question);
      var levels = counts.byQuestion().getOrDefault(question.id(), Map.of());
      for (var entry : levels.entrySet()) {
        if (scale.level(entry.getKey()).isEmpty()) {
          throw new IllegalArgumentException(
              "value " + entry.getKey() + " is not on the scale of " + question.id());
        }
        all += entry.getValue();
        if (scale.isSatisfied(entry.getKey())) {
          satisfied += entry.getValue();
        }
      }
    }
    return new Estimate(all == 0 ? Double.NaN : (double) satisfied / all, satisfied, all);
  }

  /** Unweighted mean of the parts that have answers; count = the smallest of their counts. */
  private static Estimate mean(List<Estimate> parts) {
    List<Estimate> answered = new ArrayList<>();
    for (Estimate part : parts) {
      if (part.count() > 0) {
        answered.add(part);
      }
    }
    if (answered.isEmpty()) {
      return new Estimate(Double.NaN, 0, 0);
    }
    double value = answered.stream().mapToDouble(Estimate::value).average().orElseThrow();
    long count = answered.stream().mapToLong(Estimate::count).min().orElseThrow();
    return new Estimate(value, -1, count);
  }

  /** Satisfied answers over answers; count = the smallest criterion count. */
  private static Estimate pooled(List<Estimate> parts) {
    long satisfied = parts.stream().mapToLong(e -> Math.max(0, e.satisfied())).sum();
    long all = parts.stream().mapToLong(Estimate::count).sum();
    long count = parts.stream().mapToLong(Estimate::count).filter(c -> c > 0).min().orElse(0);
    return new Estimate(all == 0 ? Double.NaN : (double) satisfied / all, -1, count);
  }

  private static Estimate withCount(Estimate estimate, List<Estimate> criteria) {
    long count = criteria.stream().mapToLong(Estimate::count).filter(c -> c > 0).min().orElse(0);
    return new Estimate(estimate.value(), -1, count);
  }

  private Figure figure(Estimate estimate) {
    return suppression.figure(
        estimate.count(),
        () ->
            new Figure.Shown(
                estimate.value(),
                WilsonInterval.of(estimate.value(), estimate.count()),
                estimate.count()));
  }

  private Map<String, Figure> figures(Map<String, Estimate> estimates) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    estimates.forEach((id, estimate) -> figures.put(id, figure(estimate)));
    return figures;
  }
}
