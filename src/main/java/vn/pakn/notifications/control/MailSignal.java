package vn.pakn.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells the sending job that a transaction which enqueued mail has committed, so the sender gets
 * the acknowledgement in a moment rather than at the next poll. Signals coalesce. When the
 * transaction completes only a permit is released: no container call, no CDI transactional observer
 * (on Payara those close the request's non-transactional entity managers early).
 */
@ApplicationScoped
public class MailSignal {

  private final Semaphore signal = new Semaphore(0);

  @Resource TransactionSynchronizationRegistry transactions;

  /** Signals the sender once the current transaction has committed. */
  void afterCommit() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && signal.availablePermits() == 0) {
              signal.release();
            }
          }
        });
  }

  /** Waits for a signal or the timeout; true when signalled. */
  boolean await(Duration timeout) throws InterruptedException {
    boolean signalled = signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    signal.drainPermits();
    return signalled;
  }
}
