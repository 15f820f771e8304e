package vn.pakn.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Starts the sending job as soon as a transaction that enqueued mail has committed, so a sender
 * gets the acknowledgement in seconds rather than at the next poll. Wake-ups coalesce: while one is
 * pending, further commits add nothing. A lost wake-up costs only latency (the poll still runs).
 */
@ApplicationScoped
public class MailWakeUp {

  private static final Logger LOG = Logger.getLogger(MailWakeUp.class.getName());

  @Inject MailSender sender;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean pending = new AtomicBoolean();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    if (!sender.isSending() || !pending.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            pending.set(false);
            sender.runNow();
          });
    } catch (RejectedExecutionException busy) {
      pending.set(false);
      LOG.fine("mail wake-up rejected; the next poll sends");
    }
  }
}
