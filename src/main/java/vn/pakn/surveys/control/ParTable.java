package vn.pakn.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.entity.ParEntry;

/**
 * PAR scores of a period: the scheme edition in force for the period's year, the points the reform
 * officer entered or imported, the survey-fed items from the agencies' indices, totals, bands and
 * the ranking. Agencies with neither entries nor indices are left out.
 */
@ApplicationScoped
public class ParTable {

  @Inject Agencies agencies;
  @PersistenceContext EntityManager em;
  @Inject LoadedSurveys surveys;
  @Inject Scores scores;

  public record Table(Period period, ParScheme scheme, List<ParScoring.Ranked> ranking) {}

  public ParScheme scheme(Period period) {
    return surveys
        .schemes()
        .forYear(period.year())
        .orElseThrow(() -> new ProblemException(404, "par-scheme-not-found", period.year()));
  }

  public Table compute(Period period) {
    ParScheme scheme = scheme(period);
    Map<Long, Map<String, BigDecimal>> entered = new HashMap<>();
    for (ParEntry e :
        em.createNamedQuery(ParEntry.BY_PERIOD, ParEntry.class)
            .setParameter("period", period.text())
            .getResultList()) {
      if (scheme.item(e.itemId()).isPresent()) {
        entered.computeIfAbsent(e.agencyId(), k -> new HashMap<>()).put(e.itemId(), e.points());
      }
    }
    Map<Long, Map<String, Double>> indices = scores.indices(period);
    Set<Long> agencies = new TreeSet<>(entered.keySet());
    indices.forEach(
        (agency, values) -> {
          if (!values.isEmpty()) {
            agencies.add(agency);
          }
        });
    var scoring = new ParScoring(scheme);
    List<ParScoring.AgencyScore> rows = new ArrayList<>();
    for (Long agencyId : agencies) {
      Agency agency = em.find(Agency.class, agencyId);
      if (agency == null) {
        continue;
      }
      rows.add(
          scoring.score(
              agency.code(),
              entered.getOrDefault(agencyId, Map.of()),
              indices.getOrDefault(agencyId, Map.of())));
    }
    return new Table(period, scheme, ParScoring.rank(rows));
  }

  /** Stores entered points of one agency and period (all or nothing). */
  public void enter(
      String agencyCode, Period period, Map<String, BigDecimal> points, String officer) {
    ParScheme scheme = scheme(period);
    List<Violation> violations = new ArrayList<>();
    Long agencyId = agencyId(agencyCode);
    if (agencyId == null) {
      violations.add(new Violation("agency", "agency.unknown", agencyCode));
    }
    for (Violation v : new ParScoring(scheme).check(points)) {
      violations.add(new Violation("points." + v.field(), v.key(), v.args()));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    points.forEach((item, value) -> upsert(agencyId, period.text(), item, value, officer));
  }

  /** Imports CSV entries (all or nothing); returns how many lines were stored. */
  public int importCsv(String text, ParScheme scheme, String officer) {
    var result = ParEntryCsv.parse(text, scheme);
    List<Violation> violations = new ArrayList<>();
    result.problems().forEach(p -> violations.add(p.violation()));
    Map<String, Long> agencies = new HashMap<>();
    int line = 0;
    for (var entry : result.entries()) {
      line++;
      Long id = agencies.computeIfAbsent(entry.agencyCode(), this::agencyId);
      if (id == null) {
        violations.add(
            new Violation(
                "entries[" + line + "].agencyCode", "agency.unknown", entry.agencyCode()));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    for (var entry : result.entries()) {
      upsert(
          agencies.get(entry.agencyCode()),
          entry.period(),
          entry.componentId(),
          entry.points(),
          officer);
    }
    return result.entries().size();
  }

  private void upsert(
      Long agencyId, String period, String item, BigDecimal points, String officer) {
    ParEntry entry =
        em.createNamedQuery(ParEntry.FIND, ParEntry.class)
            .setParameter("agency", agencyId)
            .setParameter("period", period)
            .setParameter("item", item)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (entry == null) {
      entry = new ParEntry(agencyId, period, item);
      entry.set(points, officer, OffsetDateTime.now(ZoneOffset.UTC));
      em.persist(entry);
    } else {
      entry.set(points, officer, OffsetDateTime.now(ZoneOffset.UTC));
    }
  }

  public Long agencyId(String code) {
    return agencies.byCode(code).map(Agency::id).orElse(null);
  }
}
