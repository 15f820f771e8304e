package vn.pakn.surveys.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.ParScheme.Component;
import vn.pakn.surveys.control.ParScheme.Feed;
import vn.pakn.surveys.control.ParScheme.Item;
import vn.pakn.surveys.control.ParScheme.Source;

/**
 * PAR scores of agencies for one period under one scheme edition: entered items as entered (checked
 * against 0..max), survey-fed items from the agency's indices by the scheme's formula (rounded to 2
 * decimals, half up), component and overall totals, the band of the total, and the ranking. Points
 * are decimals, never doubles, so equal totals are exactly equal and tie.
 */
public final class ParScoring {

  static final int DECIMALS = 2;

  /**
   * @param items points per scored item
   * @param components points per component field
   * @param missing items with no entered points or no survey index (counted as 0)
   */
  public record AgencyScore(
      String agencyCode,
      Map<String, BigDecimal> items,
      Map<String, BigDecimal> components,
      BigDecimal total,
      Band band,
      Set<String> missing) {}

  /** A place in the ranking: equal totals share a rank ("1, 2, 2, 4"). */
  public record Ranked(int rank, AgencyScore score) {}

  private final ParScheme scheme;

  public ParScoring(ParScheme scheme) {
    this.scheme = Objects.requireNonNull(scheme);
  }

  /** What is wrong with entered points (field = item id); empty when all can be scored. */
  public List<Violation> check(Map<String, BigDecimal> entered) {
    List<Violation> violations = new ArrayList<>();
    entered.forEach(
        (itemId, points) -> {
          var item = scheme.item(itemId);
          if (item.isEmpty()) {
            violations.add(new Violation(itemId, "par.entry.unknown", itemId));
          } else if (item.get().source() != Source.ENTERED) {
            violations.add(new Violation(itemId, "par.entry.surveyFed", itemId));
          } else if (points == null
              || points.signum() < 0
              || points.compareTo(item.get().maxPoints()) > 0) {
            violations.add(
                new Violation(itemId, "par.entry.range", item.get().maxPoints().toPlainString()));
          } else if (points.stripTrailingZeros().scale() > DECIMALS) {
            violations.add(new Violation(itemId, "par.entry.decimals", DECIMALS));
          }
        });
    return violations;
  }

  /**
   * @param entered points per entered item; must pass {@link #check}
   * @param indices survey indices in [0, 1] by name (e.g. {@code sipas.overall})
   */
  public AgencyScore score(
      String agencyCode, Map<String, BigDecimal> entered, Map<String, Double> indices) {
    if (!check(entered).isEmpty()) {
      throw new IllegalArgumentException("entries not checked: " + check(entered));
    }
    Map<String, BigDecimal> items = new LinkedHashMap<>();
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    Set<String> missing = new LinkedHashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Component component : scheme.components()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Item item : component.items()) {
        BigDecimal points;
        if (item.source() == Source.ENTERED) {
          points = entered.get(item.id());
        } else {
          Feed feed = item.feed().orElseThrow();
          Double index = indices.get(feed.index());
          points = index == null ? null : surveyPoints(item.maxPoints(), feed, index);
        }
        if (points == null) {
          missing.add(item.id());
          points = BigDecimal.ZERO;
        }
        points = points.setScale(DECIMALS, RoundingMode.HALF_UP);
        items.put(item.id(), points);
        sum = sum.add(points);
      }
      components.put(component.id(), sum);
      total = total.add(sum);
    }
    Band band = scheme.bands().bandOf(total).orElseThrow();
    return new AgencyScore(agencyCode, items, components, total, band, missing);
  }

  static BigDecimal surveyPoints(BigDecimal max, Feed feed, double index) {
    if (!(index >= 0 && index <= 1)) {
      throw new IllegalArgumentException("index outside [0, 1]: " + index);
    }
    BigDecimal value = BigDecimal.valueOf(index);
    BigDecimal share =
        switch (feed.formula()) {
          case INDEX_TIMES_MAX -> value;
          case SCALED_ABOVE_FLOOR ->
              value.compareTo(feed.floor()) <= 0
                  ? BigDecimal.ZERO
                  : value
                      .subtract(feed.floor())
                      .divide(BigDecimal.ONE.subtract(feed.floor()), 10, RoundingMode.HALF_UP);
        };
    return max.multiply(share).setScale(DECIMALS, RoundingMode.HALF_UP);
  }

  /**
   * Agencies by total, highest first, with standard competition ranking: equal totals share the
   * rank and the next rank skips ("1, 2, 2, 4"). Equal totals are listed by agency code.
   */
  public static List<Ranked> rank(Collection<AgencyScore> scores) {
    List<AgencyScore> sorted =
        scores.stream()
            .sorted(
                Comparator.comparing(AgencyScore::total)
                    .reversed()
                    .thenComparing(AgencyScore::agencyCode))
            .toList();
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      int rank =
          i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0
              ? ranked.get(i - 1).rank()
              : i + 1;
      ranked.add(new Ranked(rank, sorted.get(i)));
    }
    return ranked;
  }
}
