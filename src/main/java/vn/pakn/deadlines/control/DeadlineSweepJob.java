package vn.pakn.deadlines.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reminder sweep on every node every {@code pakn.deadlines.sweep.period} (ISO-8601; {@code
 * PT0S} turns it off). Nodes do not coordinate: the sweep's row claims do.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineSweepJob {

  private static final Logger LOG = Logger.getLogger(DeadlineSweepJob.class.getName());

  @Resource TimerService timers;
  @Inject DeadlineSweep sweep;
  @Inject Event<SweepFinished> finished;

  @Inject
  @ConfigProperty(name = "pakn.deadlines.sweep.period", defaultValue = "PT5M")
  String period;

  private final AtomicBoolean busy = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    Duration every = Duration.parse(period);
    if (every.isZero() || every.isNegative()) {
      LOG.info("deadline sweep off (pakn.deadlines.sweep.period=" + period + ")");
      return;
    }
    timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    long started = System.nanoTime();
    boolean succeeded = false;
    try {
      DeadlineSweep.Result result = sweep.run(Instant.now());
      succeeded = true;
      if (result.alerts() > 0) {
        LOG.info(() -> "deadline sweep: " + result.alerts() + " alerts");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "deadline sweep failed; the next run retries", e);
    } finally {
      busy.set(false);
      finished.fire(
          new SweepFinished(
              Instant.now(), Duration.ofNanos(System.nanoTime() - started), succeeded));
    }
  }
}
