package vn.pakn.surveys.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily roll-ups scores are read from: responses per day and group (agency, desk, procedure,
 * officer, survey version, official or not, desk points), and official answers per day, group,
 * question and value; summed again per agency and month for the agency scores (periods are whole
 * months). Refreshed by a timer on every node ({@code pakn.surveys.rollupInterval}) and on demand;
 * a refresh recomputes whole days — those of the responses received since the last refresh, with a
 * safety overlap for transactions that committed late — so it is idempotent and nodes serialise on
 * the state row.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScoreRollups {

  private static final Logger LOG = Logger.getLogger(ScoreRollups.class.getName());

  /** Responses that committed up to this long after their received_at are still rolled up. */
  static final Duration OVERLAP = Duration.ofMinutes(2);

  static final String RESPONSE_COLUMNS =
      "survey_id, survey_version, official, agency_id, desk, procedure_code, officer_id,"
          + " desk_points";
  static final String ANSWER_GROUP =
      "r.answered_on, r.survey_id, r.survey_version, r.agency_id, r.desk, r.procedure_code,"
          + " r.officer_id, a.question_id, a.answer_value";

  @PersistenceContext EntityManager em;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "pakn.surveys.rollupInterval", defaultValue = "PT1M")
  Duration interval;

  public record Refresh(int days, long millis) {}

  @PostConstruct
  void schedule() {
    long every = Math.max(1000, interval.toMillis());
    timers.createIntervalTimer(every, every, new TimerConfig("survey roll-ups", false));
  }

  @Timeout
  void onTimer() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "survey roll-up refresh failed; the next run tries again", e);
    }
  }

  /** Recomputes the days touched since the last refresh. */
  public Refresh refresh() {
    long started = System.nanoTime();
    OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime since = lockState().minus(OVERLAP);
    String days = "(select distinct answered_on from survey_response where received_at > ?1)";
    int touched =
        ((Number)
                em.createNativeQuery("select count(*) from " + days + " d")
                    .setParameter(1, since)
                    .getSingleResult())
            .intValue();
    if (touched > 0) {
      em.createNativeQuery("delete from survey_response_daily where on_day in " + days)
          .setParameter(1, since)
          .executeUpdate();
      em.createNativeQuery("delete from survey_answer_daily where on_day in " + days)
          .setParameter(1, since)
          .executeUpdate();
      em.createNativeQuery(insertResponses("where answered_on in " + days))
          .setParameter(1, since)
          .executeUpdate();
      em.createNativeQuery(insertAnswers("and r.answered_on in " + days))
          .setParameter(1, since)
          .executeUpdate();
      List<LocalDate> months = new ArrayList<>();
      for (Object day :
          em.createNativeQuery(
                  "select distinct answered_on from survey_response where received_at > ?1")
              .setParameter(1, since)
              .getResultList()) {
        LocalDate month = toDate(day).withDayOfMonth(1);
        if (!months.contains(month)) {
          months.add(month);
        }
      }
      for (LocalDate month : months) {
        monthly(month);
      }
    }
    saveState(cutoff);
    return new Refresh(touched, (System.nanoTime() - started) / 1_000_000);
  }

  /** Throws the roll-ups away and recomputes every day from the responses. */
  public Refresh recomputeAll() {
    long started = System.nanoTime();
    OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC);
    lockState();
    em.createNativeQuery("delete from survey_response_daily").executeUpdate();
    em.createNativeQuery("delete from survey_answer_daily").executeUpdate();
    em.createNativeQuery(insertResponses("")).executeUpdate();
    em.createNativeQuery(insertAnswers("")).executeUpdate();
    em.createNativeQuery("delete from survey_agency_response_monthly").executeUpdate();
    em.createNativeQuery("delete from survey_agency_answer_monthly").executeUpdate();
    em.createNativeQuery(
            "insert into survey_agency_response_monthly (on_month, survey_id, survey_version,"
                + " official, agency_id, desk_points, responses) select "
                + MONTH
                + ", survey_id, survey_version, official, agency_id, desk_points, sum(responses)"
                + " from survey_response_daily group by "
                + MONTH
                + ", survey_id, survey_version, official, agency_id, desk_points")
        .executeUpdate();
    em.createNativeQuery(
            "insert into survey_agency_answer_monthly (on_month, survey_id, survey_version,"
                + " agency_id, question_id, answer_value, answers) select "
                + MONTH
                + ", survey_id, survey_version, agency_id, question_id, answer_value, sum(answers)"
                + " from survey_answer_daily group by "
                + MONTH
                + ", survey_id, survey_version, agency_id, question_id, answer_value")
        .executeUpdate();
    saveState(cutoff);
    int days =
        ((Number)
                em.createNativeQuery("select count(distinct on_day) from survey_response_daily")
                    .getSingleResult())
            .intValue();
    return new Refresh(days, (System.nanoTime() - started) / 1_000_000);
  }

  /** The first day of the month of a roll-up day (H2 and PostgreSQL). */
  static final String MONTH = "cast(date_trunc('month', on_day) as date)";

  /** The agency's monthly rows of one month, summed again from that month's daily rows. */
  private void monthly(LocalDate month) {
    LocalDate next = month.plusMonths(1);
    em.createNativeQuery("delete from survey_agency_response_monthly where on_month = ?1")
        .setParameter(1, month)
        .executeUpdate();
    em.createNativeQuery("delete from survey_agency_answer_monthly where on_month = ?1")
        .setParameter(1, month)
        .executeUpdate();
    em.createNativeQuery(
            "insert into survey_agency_response_monthly (on_month, survey_id, survey_version,"
                + " official, agency_id, desk_points, responses) select ?1, survey_id,"
                + " survey_version, official, agency_id, desk_points, sum(responses) from"
                + " survey_response_daily where on_day >= ?1 and on_day < ?2 group by survey_id,"
                + " survey_version, official, agency_id, desk_points")
        .setParameter(1, month)
        .setParameter(2, next)
        .executeUpdate();
    em.createNativeQuery(
            "insert into survey_agency_answer_monthly (on_month, survey_id, survey_version,"
                + " agency_id, question_id, answer_value, answers) select ?1, survey_id,"
                + " survey_version, agency_id, question_id, answer_value, sum(answers) from"
                + " survey_answer_daily where on_day >= ?1 and on_day < ?2 group by survey_id,"
                + " survey_version, agency_id, question_id, answer_value")
        .setParameter(1, month)
        .setParameter(2, next)
        .executeUpdate();
  }

  static LocalDate toDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    throw new IllegalStateException("unexpected date type " + value);
  }

  static String insertResponses(String where) {
    return "insert into survey_response_daily (on_day, "
        + RESPONSE_COLUMNS
        + ", responses) select answered_on, "
        + RESPONSE_COLUMNS
        + ", count(*) from survey_response "
        + where
        + " group by answered_on, "
        + RESPONSE_COLUMNS;
  }

  static String insertAnswers(String and) {
    return "insert into survey_answer_daily (on_day, survey_id, survey_version, agency_id, desk,"
        + " procedure_code, officer_id, question_id, answer_value, answers) select "
        + ANSWER_GROUP
        + ", count(*) from survey_response r join survey_answer a on a.response_id = r.id"
        + " where r.official = true "
        + and
        + " group by "
        + ANSWER_GROUP;
  }

  private OffsetDateTime lockState() {
    Object value =
        em.createNativeQuery("select refreshed_to from survey_rollup_state where id = 1 for update")
            .getSingleResult();
    return toOffset(value);
  }

  private void saveState(OffsetDateTime cutoff) {
    em.createNativeQuery(
            "update survey_rollup_state set refreshed_to = ?1, refreshed_at = ?2 where id = 1")
        .setParameter(1, cutoff)
        .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toOffsetDateTime();
    }
    throw new IllegalStateException("unexpected timestamp type " + value);
  }
}
