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
 * The sending job: every few seconds ({@code pakn.mail.pollInterval}) it claims a batch of due
 * mails in a short transaction ({@link OutboxClaims}), sends them outside any transaction, and
 * records each outcome in a transaction of its own. Any number of nodes may run it. Not started
 * when no SMTP server is configured (mails are then KEPT).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "LoadedMailTemplates"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int MAX_BATCHES_PER_RUN = 10;

  @Resource TimerService timers;
  @Inject MailConfiguration configuration;
  @Inject OutboxClaims claims;

  private final AtomicBoolean busy = new AtomicBoolean();
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
  void run() {
    if (!busy.compareAndSet(false, true)) {
      return; // the previous run is still sending
    }
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
        if (sendBatch() < configuration.batchSize()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail sending run failed; next run retries", e);
    } finally {
      busy.set(false);
    }
  }

  private int sendBatch() {
    List<OutboxClaims.Claimed> claimed = claims.claim(now(), configuration.batchSize());
    for (OutboxClaims.Claimed mail : claimed) {
      if (!now().isBefore(mail.claimedUntil())) {
        // a slow server ate the claim: another node may hold the mail now; it is claimable again
        continue;
      }
      SendResult result = smtp.send(mail.mail(), mail.to(), mail.messageId());
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
    return claimed.size();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
