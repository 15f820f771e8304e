package vn.pakn.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.petitions.entity.PetitionStatus;
import vn.pakn.platform.control.VietnamTime;

/**
 * Per agency, for the days {@code from}–{@code to} inclusive in Vietnam time:
 *
 * <ul>
 *   <li>received — petitions that entered the agency (filed there or transferred to it);
 *   <li>not accepted, transferred — steps the agency took in the period;
 *   <li>answered — answers the agency sent in the period: on time (before the due instant), of
 *       those early (a day or more before it), and late;
 *   <li>pending — petitions the agency holds, still open, received before the end of the period; of
 *       those, overdue at the end of the period (or now, if sooner);
 *   <li>the on-time and satisfaction rates of {@link Decision766}.
 * </ul>
 */
@ApplicationScoped
public class PetitionReport {

  @PersistenceContext EntityManager em;

  public record Row(
      String agency,
      String agencyName,
      long received,
      long notAccepted,
      long transferred,
      long answered,
      long onTime,
      long early,
      long late,
      long pending,
      long pendingOverdue,
      long unsatisfiedOrLate,
      Double onTimeRate,
      Double satisfactionRate) {}

  public record Report(LocalDate from, LocalDate to, List<Row> rows, Row total) {}

  /** Counts of one agency, filled by the aggregates below. */
  private static final class Tally {
    long received;
    long notAccepted;
    long transferred;
    long answered;
    long onTime;
    long early;
    long late;
    long unsatisfiedOrLate;
    long pending;
    long pendingOverdue;

    void add(Tally t) {
      received += t.received;
      notAccepted += t.notAccepted;
      transferred += t.transferred;
      answered += t.answered;
      onTime += t.onTime;
      early += t.early;
      late += t.late;
      unsatisfiedOrLate += t.unsatisfiedOrLate;
      pending += t.pending;
      pendingOverdue += t.pendingOverdue;
    }

    Row row(String code, String name) {
      return new Row(
          code,
          name,
          received,
          notAccepted,
          transferred,
          answered,
          onTime,
          early,
          late,
          pending,
          pendingOverdue,
          unsatisfiedOrLate,
          Decision766.onTimeRate(onTime, answered, pendingOverdue),
          new Decision766.Satisfaction(answered, unsatisfiedOrLate).rate());
    }
  }

  /**
   * @param agencyId one agency, or null for every agency
   */
  public Report compute(LocalDate from, LocalDate to, Long agencyId) {
    OffsetDateTime start = from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    OffsetDateTime now = OffsetDateTime.now();
    OffsetDateTime asOf = end.isBefore(now) ? end : now;
    Map<Long, Tally> tallies = new HashMap<>();

    for (Object[] r :
        rows(
            "select h.agency_id, count(*) from petition_hop h"
                + " where h.since >= ?1 and h.since < ?2"
                + only("h.agency_id", agencyId)
                + " group by h.agency_id",
            start,
            end)) {
      tally(tallies, r).received = num(r[1]);
    }
    for (Object[] r : rows(events("REJECTED", agencyId), start, end)) {
      tally(tallies, r).notAccepted = num(r[1]);
    }
    for (Object[] r : rows(events("TRANSFERRED", agencyId), start, end)) {
      tally(tallies, r).transferred = num(r[1]);
    }
    for (Object[] r :
        rows(
            "select p.agency_id, count(*),"
                + " sum("
                + Decision766.ON_TIME
                + "),"
                + " sum(case when p.answered_at <= p.due_at - interval '1' day then 1 else 0 end),"
                + " sum(case when p.answered_at >= p.due_at then 1 else 0 end),"
                + " sum("
                + Decision766.UNSATISFIED_OR_LATE
                + ")"
                + " from petition p where p.answered_at >= ?1 and p.answered_at < ?2"
                + only("p.agency_id", agencyId)
                + " group by p.agency_id",
            start,
            end)) {
      Tally t = tally(tallies, r);
      t.answered = num(r[1]);
      t.onTime = num(r[2]);
      t.early = num(r[3]);
      t.late = num(r[4]);
      t.unsatisfiedOrLate = num(r[5]);
    }
    for (Object[] r :
        rows(
            "select p.agency_id, count(*), sum(case when p.due_at < ?2 then 1 else 0 end)"
                + " from petition p where p.agency_id is not null and p.received_at < ?1"
                + " and p.status not in "
                + PetitionStatus.FINAL_SQL
                + only("p.agency_id", agencyId)
                + " group by p.agency_id",
            end,
            asOf)) {
      Tally t = tally(tallies, r);
      t.pending = num(r[1]);
      t.pendingOverdue = num(r[2]);
    }

    List<Row> rows = new ArrayList<>();
    Tally total = new Tally();
    for (Agency agency : em.createNamedQuery(Agency.ALL, Agency.class).getResultList()) {
      Tally t = tallies.get(agency.id());
      if (t != null) {
        rows.add(t.row(agency.code(), agency.name()));
        total.add(t);
      }
    }
    return new Report(from, to, rows, total.row(null, null));
  }

  private static Tally tally(Map<Long, Tally> tallies, Object[] row) {
    return tallies.computeIfAbsent(((Number) row[0]).longValue(), id -> new Tally());
  }

  private static String only(String column, Long agencyId) {
    return agencyId == null ? "" : " and " + column + " = " + agencyId.longValue();
  }

  private static String events(String type, Long agencyId) {
    return "select e.actor_agency_id, count(*) from petition_event e where e.type = '"
        + type
        + "' and e.occurred_at >= ?1 and e.occurred_at < ?2 and e.actor_agency_id is not null"
        + only("e.actor_agency_id", agencyId)
        + " group by e.actor_agency_id";
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.getResultList();
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
