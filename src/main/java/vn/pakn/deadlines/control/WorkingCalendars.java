package vn.pakn.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import vn.pakn.deadlines.entity.CalendarYear;

/**
 * The working calendar in force: the law corrected by the official data stored in the database.
 * Built on first use and cached; a committed change of official data ({@link CalendarChanged})
 * drops the cache so the next use rebuilds it. A build that raced with a change is not kept.
 */
@ApplicationScoped
public class WorkingCalendars {

  private static final Logger LOG = Logger.getLogger(WorkingCalendars.class.getName());

  @PersistenceContext EntityManager em;

  private final AtomicLong generation = new AtomicLong();
  private volatile DeadlineCalculator current;

  /** The calendar in force now. */
  public WorkingCalendar current() {
    return calculator().calendar();
  }

  /** A deadline calculator on the calendar in force, with the default cut-off. */
  public DeadlineCalculator calculator() {
    DeadlineCalculator calculator = current;
    if (calculator != null) {
      return calculator;
    }
    long seen = generation.get();
    calculator = new DeadlineCalculator(build());
    synchronized (this) {
      if (generation.get() == seen) {
        current = calculator;
      }
    }
    return calculator;
  }

  /**
   * A calculator on the data as this transaction sees it, not cached: to recompute clocks inside
   * the transaction that changes the calendar, before the change is committed.
   */
  public DeadlineCalculator uncached() {
    return new DeadlineCalculator(build());
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
    synchronized (this) {
      generation.incrementAndGet();
      current = null;
    }
    LOG.info(
        () ->
            "official calendar data of " + change.year() + " is now revision " + change.revision());
  }

  private WorkingCalendar build() {
    Map<Integer, java.util.List<OfficialDay>> years = new TreeMap<>();
    for (CalendarYear year :
        em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultList()) {
      years.put(year.year(), year.days());
    }
    try {
      return OfficialDays.calendar(years);
    } catch (IllegalArgumentException e) {
      // Stored data was checked when saved; if the rules changed since, keep the years still good.
      LOG.severe("stored official calendar data is contradictory: " + e.getMessage());
      Map<Integer, java.util.List<OfficialDay>> good = new TreeMap<>();
      years.forEach(
          (year, days) -> {
            try {
              OfficialDays.calendar(Map.of(year, days));
              good.put(year, days);
            } catch (IllegalArgumentException bad) {
              LOG.severe("official calendar data of " + year + " ignored: " + bad.getMessage());
            }
          });
      return OfficialDays.calendar(good);
    }
  }
}
