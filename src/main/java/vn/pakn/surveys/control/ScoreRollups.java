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
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.platform.control.Database;

/**
 * Keeps the score roll-ups ({@link MonthlyRollups}) up to date. A timer on every node ({@code
 * pakn.surveys.rollupInterval}, 20 s) adds the responses stored since its last round, so today's
 * responses are in the scores within a minute; a full recomputation (on demand, and once after the
 * roll-ups were created) replaces every month from the responses, month by month in parallel
 * sessions ({@code pakn.surveys.recomputeSessions}, the number of cores by default). Both hold the
 * lock of the state row, so nodes and the two never run at the same time.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ScoreRollups {

  private static final Logger LOG = Logger.getLogger(ScoreRollups.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "pakn.surveys.rollupInterval", defaultValue = "PT20S")
  Duration interval;

  @Inject
  @ConfigProperty(name = "pakn.surveys.recomputeSessions", defaultValue = "0")
  int sessions;

  /**
   * What a refresh or recomputation did: the days and months of the responses it read, how many
   * responses, and how long it took.
   */
  public record Refresh(int days, long millis, long responses, int months) {}

  @PostConstruct
  void schedule() {
    long every = Math.max(1000, interval.toMillis());
    timers.createIntervalTimer(every, every, new TimerConfig("survey roll-ups", false));
  }

  @Timeout
  void onTimer() {
    try {
      run(false);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "survey roll-up refresh failed; the next run tries again", e);
    }
  }

  /** Adds the responses stored since the last round (or recomputes, when that is due). */
  public Refresh refresh() {
    return run(false);
  }

  /** Replaces every month of the roll-ups with the sums of its responses. */
  public Refresh recomputeAll() {
    return run(true);
  }

  private Refresh run(boolean recompute) {
    long started = System.nanoTime();
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try {
        boolean due = lockState(c);
        Refresh done;
        if (recompute || due) {
          done = recompute(c, started);
        } else {
          MonthlyRollups.Followed followed = MonthlyRollups.follow(c);
          done = new Refresh(followed.days(), millis(started), followed.responses(), 0);
        }
        if (recompute || due || done.responses() > 0) {
          // a round that found nothing writes nothing
          try (var s =
              c.prepareStatement(
                  "update survey_rollup_state set refreshed_to = ?, refreshed_at = ?,"
                      + " recompute_due = false where id = 1")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            s.setObject(1, now);
            s.setObject(2, now);
            s.executeUpdate();
          }
        }
        c.commit();
        return done;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("survey roll-ups: " + e.getMessage(), e);
    }
  }

  /** Every month in parallel sessions, each one snapshot (repeatable read), one commit a month. */
  private Refresh recompute(Connection c, long started) throws SQLException {
    List<LocalDate> months = MonthlyRollups.months(c);
    MonthlyRollups.dropOutside(c, months);
    var queue = new ConcurrentLinkedQueue<>(months);
    int parallel = sessions > 0 ? sessions : Runtime.getRuntime().availableProcessors();
    List<Future<List<MonthlyRollups.MonthResult>>> workers = new ArrayList<>();
    for (int i = 0; i < Math.min(parallel, Math.max(1, months.size())); i++) {
      workers.add(executor.submit(() -> recomputeMonths(queue)));
    }
    int days = 0;
    long responses = 0;
    try {
      for (var worker : workers) {
        for (var month : worker.get()) {
          days += month.days();
          responses += month.responses();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("survey roll-up recomputation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("survey roll-up recomputation failed", e.getCause());
    }
    Refresh done = new Refresh(days, millis(started), responses, months.size());
    LOG.info(() -> "survey roll-ups recomputed: " + done);
    return done;
  }

  private List<MonthlyRollups.MonthResult> recomputeMonths(ConcurrentLinkedQueue<LocalDate> queue)
      throws SQLException {
    List<MonthlyRollups.MonthResult> results = new ArrayList<>();
    try (Connection w = database.getConnection()) {
      int isolation = w.getTransactionIsolation();
      w.setAutoCommit(false);
      w.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        for (LocalDate month; (month = queue.poll()) != null; ) {
          try {
            results.add(MonthlyRollups.recomputeMonth(w, month));
            w.commit();
          } catch (SQLException | RuntimeException e) {
            w.rollback();
            queue.clear();
            throw e;
          }
        }
      } finally {
        // the pool hands the connection out again: as it came
        w.setTransactionIsolation(isolation);
        w.setAutoCommit(true);
      }
    }
    return results;
  }

  /** Locks the state row; whether a full recomputation is due. */
  private static boolean lockState(Connection c) throws SQLException {
    try (var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select recompute_due from survey_rollup_state where id = 1 for update")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static long millis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
