package vn.pakn.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.reports.control.Decision766;

/**
 * Scores per group and period, read from the monthly roll-ups of the group's level ({@link
 * MonthlyRollups}) with SQL sums (never from responses): response counts (official and, apart,
 * unofficial), satisfaction indices per survey version, the desk score where the survey has one,
 * and per agency the petition satisfaction rate of Decision 766/QĐ-TTg. Figures resting on fewer
 * than the minimum count are not shown.
 */
@ApplicationScoped
public class Scores {

  /** How groups are formed: the grouping levels of the roll-ups. */
  public enum By {
    AGENCY,
    DESK,
    SERVICE,
    OFFICER
  }

  /** A group: the agency, and the desk, procedure or officer when grouped by them. */
  public record GroupKey(long agencyId, String text, Long officerId) {}

  /** The scores of one survey version in one group. */
  public record SurveyScore(
      String surveyId,
      int version,
      Optional<Long> responses,
      Optional<Long> unofficialResponses,
      SatisfactionIndex.Report indices,
      Optional<DeskScore.Summary> deskScore) {}

  public record GroupScore(
      GroupKey key, List<SurveyScore> surveys, Optional<Figure> petitionSatisfaction) {}

  private static final class Accumulator {
    long official;
    long unofficial;
    final Map<Integer, Long> deskPoints = new TreeMap<>();
    final List<AnswerCounts.Row> rows = new ArrayList<>();
  }

  private record SurveyKey(String id, int version) {}

  @PersistenceContext EntityManager em;
  @Inject LoadedSurveys surveys;
  @Inject SurveySettings settings;

  public List<GroupScore> compute(Period period, Long agencyId, By by) {
    Suppression suppression = settings.suppression();
    Map<GroupKey, Map<SurveyKey, Accumulator>> groups = new LinkedHashMap<>();
    var responses = em.createNativeQuery(MonthlyRollups.responsesOf(agencyId != null));
    bind(responses, by, period, agencyId);
    for (Object o : responses.getResultList()) {
      Object[] r = (Object[]) o;
      Accumulator acc = accumulator(groups, key(by, r), r[2], r[3]);
      long count = ((Number) r[6]).longValue();
      if (Boolean.TRUE.equals(bool(r[4]))) {
        acc.official += count;
        int points = ((Number) r[5]).intValue();
        if (points >= 0) {
          acc.deskPoints.merge(points, count, Long::sum);
        }
      } else {
        acc.unofficial += count;
      }
    }
    var answers = em.createNativeQuery(MonthlyRollups.answersOf(agencyId != null));
    bind(answers, by, period, agencyId);
    for (Object o : answers.getResultList()) {
      Object[] r = (Object[]) o;
      accumulator(groups, key(by, r), r[2], r[3])
          .rows
          .add(
              new AnswerCounts.Row(
                  (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).longValue()));
    }
    Map<Long, Figure> petitions =
        by == By.AGENCY ? petitionSatisfaction(period, agencyId, suppression) : new HashMap<>();
    List<GroupScore> result = new ArrayList<>();
    for (var group : groups.entrySet()) {
      List<SurveyScore> scores = new ArrayList<>();
      for (var entry : group.getValue().entrySet()) {
        var definition = surveys.definitions().find(entry.getKey().id(), entry.getKey().version());
        if (definition.isEmpty()) {
          continue;
        }
        Accumulator acc = entry.getValue();
        var report =
            new SatisfactionIndex(definition.get(), suppression)
                .compute(AnswerCounts.of(acc.official, acc.rows));
        Optional<DeskScore.Summary> desk =
            definition.get().deskScoring().isPresent()
                ? Optional.of(DeskScore.summarize(definition.get(), acc.deskPoints, suppression))
                : Optional.empty();
        scores.add(
            new SurveyScore(
                entry.getKey().id(),
                entry.getKey().version(),
                suppression.hides(acc.official) ? Optional.empty() : Optional.of(acc.official),
                suppression.hides(acc.unofficial) ? Optional.empty() : Optional.of(acc.unofficial),
                report,
                desk));
      }
      result.add(
          new GroupScore(
              group.getKey(),
              scores,
              Optional.ofNullable(petitions.remove(group.getKey().agencyId()))));
    }
    for (var rest : petitions.entrySet()) {
      result.add(
          new GroupScore(
              new GroupKey(rest.getKey(), null, null), List.of(), Optional.of(rest.getValue())));
    }
    return result;
  }

  /**
   * Survey indices of each agency for a period, by name as PAR schemes use them: {@code
   * <survey>.overall} (official responses; the version with most responses) and {@code
   * petitions.satisfactionRate}. Hidden figures are absent.
   */
  public Map<Long, Map<String, Double>> indices(Period period) {
    Map<Long, Map<String, Double>> indices = new HashMap<>();
    Map<Long, Map<String, Long>> basis = new HashMap<>();
    for (GroupScore group : compute(period, null, By.AGENCY)) {
      var mine = indices.computeIfAbsent(group.key().agencyId(), k -> new HashMap<>());
      var counts = basis.computeIfAbsent(group.key().agencyId(), k -> new HashMap<>());
      for (SurveyScore s : group.surveys()) {
        long n = s.responses().orElse(0L);
        if (s.indices().overall() instanceof Figure.Shown shown
            && n > counts.getOrDefault(s.surveyId(), -1L)) {
          mine.put(s.surveyId() + ".overall", shown.value());
          counts.put(s.surveyId(), n);
        }
      }
      group
          .petitionSatisfaction()
          .filter(Figure::isShown)
          .ifPresent(f -> mine.put("petitions.satisfactionRate", f.value()));
    }
    return indices;
  }

  /** The satisfaction rate of {@link Decision766} per agency, behind the minimum count. */
  Map<Long, Figure> petitionSatisfaction(Period period, Long agencyId, Suppression suppression) {
    var query =
        em.createNativeQuery(
            "select p.agency_id, count(*), sum("
                + Decision766.UNSATISFIED_OR_LATE
                + ")"
                + " from petition p where p.answered_at >= ?1 and p.answered_at < ?2"
                + (agencyId == null ? "" : " and p.agency_id = ?3")
                + " group by p.agency_id");
    query.setParameter(1, start(period.from()));
    query.setParameter(2, start(period.to()));
    if (agencyId != null) {
      query.setParameter(3, agencyId);
    }
    Map<Long, Figure> rates = new LinkedHashMap<>();
    for (Object o : query.getResultList()) {
      Object[] r = (Object[]) o;
      long handled = ((Number) r[1]).longValue();
      long bad = r[2] == null ? 0 : ((Number) r[2]).longValue();
      var counts = new Decision766.Satisfaction(handled, bad);
      rates.put(
          ((Number) r[0]).longValue(),
          suppression.proportion(counts.satisfied(), counts.answered()));
    }
    return rates;
  }

  private static OffsetDateTime start(java.time.LocalDate day) {
    return day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
  }

  private static void bind(jakarta.persistence.Query query, By by, Period period, Long agencyId) {
    query.setParameter(1, by.name());
    query.setParameter(2, period.from());
    query.setParameter(3, period.to());
    if (agencyId != null) {
      query.setParameter(4, agencyId);
    }
  }

  /** The group of a roll-up row (agency id, group key, …). */
  static GroupKey key(By by, Object[] r) {
    long agency = ((Number) r[0]).longValue();
    String group = r[1] == null ? "" : r[1].toString();
    return switch (by) {
      case AGENCY -> new GroupKey(agency, null, null);
      case DESK, SERVICE -> new GroupKey(agency, group, null);
      case OFFICER -> new GroupKey(agency, null, group.isEmpty() ? null : Long.valueOf(group));
    };
  }

  private static Accumulator accumulator(
      Map<GroupKey, Map<SurveyKey, Accumulator>> groups,
      GroupKey key,
      Object survey,
      Object version) {
    return groups
        .computeIfAbsent(
            key,
            k ->
                new TreeMap<>(
                    java.util.Comparator.comparing(SurveyKey::id)
                        .thenComparing(SurveyKey::version)))
        .computeIfAbsent(
            new SurveyKey((String) survey, ((Number) version).intValue()), k -> new Accumulator());
  }

  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return n.intValue() != 0;
    }
    return value == null ? null : Boolean.valueOf(value.toString());
  }
}
