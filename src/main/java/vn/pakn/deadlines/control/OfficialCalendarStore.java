package vn.pakn.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pakn.deadlines.entity.CalendarRevision;
import vn.pakn.deadlines.entity.CalendarYear;
import vn.pakn.platform.control.ProblemException;

/**
 * Stores official yearly data: each year replaced as a whole, in one transaction for all the years
 * of a request, with a revision row per change (who, when, how, the data after it).
 */
@ApplicationScoped
public class OfficialCalendarStore {

  @PersistenceContext EntityManager em;
  @Inject Event<CalendarChanged> changes;

  public Optional<CalendarYear> year(int year) {
    return Optional.ofNullable(em.find(CalendarYear.class, year));
  }

  public List<CalendarRevision> history(int year) {
    return em.createNamedQuery(CalendarRevision.OF_YEAR, CalendarRevision.class)
        .setParameter("year", year)
        .setMaxResults(50)
        .getResultList();
  }

  /**
   * Replaces the data of each year given, which must have passed {@link OfficialDays#check(List)}.
   *
   * @param expectedRevision the revision the caller changed, or null to replace whatever is there
   * @return the new revision of each year
   * @throws ProblemException 409 when {@code expectedRevision} is no longer current
   */
  @Transactional
  public Map<Integer, Integer> replace(
      Map<Integer, List<OfficialDay>> years,
      String by,
      CalendarRevision.Source source,
      Integer expectedRevision) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<Integer, Integer> revisions = new LinkedHashMap<>();
    years.forEach(
        (number, days) -> {
          CalendarYear year = em.find(CalendarYear.class, number, LockModeType.PESSIMISTIC_WRITE);
          if (year == null) {
            year = new CalendarYear(number);
            em.persist(year);
          }
          if (expectedRevision != null && expectedRevision != year.revision()) {
            throw new ProblemException(409, "calendar-revision", String.valueOf(year.revision()));
          }
          int revision = year.replace(days, by, now);
          em.persist(
              new CalendarRevision(
                  number, revision, by, now, source, OfficialDaysCsv.write(year.days())));
          revisions.put(number, revision);
          changes.fire(new CalendarChanged(number, revision));
        });
    return revisions;
  }
}
