package vn.pakn.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells the sending job that a transaction which enqueued mail has committed, so the sender gets
 * the acknowledgement in a moment rather than at the next poll. Signals coalesce. Only a flag is
 * set while the transaction completes: no container call, no task carrying the request's context.
 */
@ApplicationScoped
public class MailSignal {

  private final Semaphore signal = new Semaphore(0);

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    if (signal.availablePermits() == 0) {
      signal.release();
    }
  }

  /** Waits for a signal or the timeout; true when signalled. */
  boolean await(Duration timeout) throws InterruptedException {
    boolean signalled = signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    signal.drainPermits();
    return signalled;
  }
}
