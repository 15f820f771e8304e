package vn.pakn.notifications.control;

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
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sending job: right after a transaction that enqueued mail commits ({@link MailWakeUp}), and
 * every few seconds anyway ({@code pakn.mail.pollInterval}: retries, other nodes' mails, missed
 * wake-ups), it claims batches of due mails in short transactions ({@link OutboxClaims}), sends
 * each batch over one SMTP connection outside any transaction, and records each outcome in a
 * transaction of its own, until the queue is empty. Any number of nodes may run it. Not started
 * when no SMTP server is configured (mails are then KEPT).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "LoadedMailTemplates"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  /** A run yields after this long, so a huge queue cannot hold a timer thread for ever. */
  private static final long RUN_BUDGET_NANOS = 60_000_000_000L;

  @Resource TimerService timers;
  @Inject MailConfiguration configuration;
  @Inject OutboxClaims claims;

  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private SmtpSender smtp;
  Clock clock = Clock.systemUTC();

  @PostConstruct
  void schedule() {
    configuration
        .smtp()
        .ifPresent(
            settings -> {
              smtp = new SmtpSender(settings);
              long every = configuration.pollInterval().toMillis();
              timers.createIntervalTimer(every, every, new TimerConfig(null, false));
            });
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void poll() {
    runNow();
  }

  /** Whether mails are sent at all (an SMTP server is configured). */
  public boolean isSending() {
    return smtp != null;
  }

  /**
   * Sends every due mail. A call while another is sending only makes that one look again before it
   * stops, so mails committed meanwhile are not left for the next poll.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void runNow() {
    if (smtp == null) {
      return;
    }
    again.set(true);
    while (again.get() && busy.compareAndSet(false, true)) {
      try {
        while (again.getAndSet(false)) {
          drain();
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "mail sending run failed; next run retries", e);
      } finally {
        busy.set(false);
      }
    }
  }

  private void drain() {
    long until = System.nanoTime() + RUN_BUDGET_NANOS;
    while (sendBatch() >= configuration.batchSize()) {
      if (System.nanoTime() - until > 0) {
        return;
      }
    }
  }

  private int sendBatch() {
    List<OutboxClaims.Claimed> claimed = claims.claim(now(), configuration.batchSize());
    try (SmtpSender.Connection connection = smtp.connection()) {
      for (OutboxClaims.Claimed mail : claimed) {
        send(connection, mail);
      }
    }
    return claimed.size();
  }

  private void send(SmtpSender.Connection connection, OutboxClaims.Claimed mail) {
    if (!now().isBefore(mail.claimedUntil())) {
      // a slow server ate the claim: another node may hold the mail now; it is claimable again
      return;
    }
    SendResult result = connection.send(mail.mail(), mail.to(), mail.messageId());
    if (result.isSent()) {
      claims.sent(mail.id(), now());
    } else {
      LOG.warning(
          () ->
              "mail "
                  + mail.id()
                  + " attempt "
                  + mail.attempts()
                  + " failed ("
                  + result.outcome()
                  + "): "
                  + result.error());
      claims.failed(mail.id(), result, now(), ThreadLocalRandom.current().nextDouble());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
