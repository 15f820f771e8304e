package vn.pakn.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.platform.control.Databases;

/**
 * The sending job: a thread of its own waits for {@link MailSignal} (a transaction that enqueued
 * mail has committed) or for the poll interval ({@code pakn.mail.pollInterval}: retries, other
 * nodes' mails), then claims batches of due mails in short transactions ({@link OutboxClaims}),
 * renders and sends them outside any transaction (the outbox holds the variables, not the
 * rendering: rendering is this job's work, not the step's) and records each outcome in a
 * transaction of its own, until the queue is empty. Any number of nodes may run it. Not started
 * when no SMTP server is configured (mails are then KEPT).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "LoadedMailTemplates"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  /** A run yields after this long, so a huge queue cannot starve the wake-ups for ever. */
  private static final long RUN_BUDGET_NANOS = 60_000_000_000L;

  @Inject MailConfiguration configuration;
  @Inject OutboxClaims claims;
  @Inject MailSignal signal;
  @Inject LoadedMailTemplates templates;
  @Resource ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "pakn.db.url")
  String databaseUrl;

  private SmtpSender smtp;
  private MailRenderer renderer;
  private ThreadPoolExecutor workers;
  private Thread dispatcher;
  private volatile boolean stopping;
  Clock clock = Clock.systemUTC();

  @PostConstruct
  void start() {
    configuration
        .smtp()
        .ifPresent(
            settings -> {
              smtp = new SmtpSender(settings);
              renderer = templates.renderer();
              int count = Databases.isPostgres(databaseUrl) ? configuration.connections() : 1;
              workers =
                  new ThreadPoolExecutor(
                      count, count, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
              workers.prestartAllCoreThreads();
              dispatcher = threads.newThread(this::dispatch);
              dispatcher.setName("pakn-mail-sender");
              dispatcher.start();
            });
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (dispatcher != null) {
      dispatcher.interrupt();
      workers.shutdownNow();
    }
  }

  private void dispatch() {
    while (!stopping) {
      try {
        signal.await(configuration.pollInterval());
        drain();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "mail sending run failed; next run retries", e);
      }
    }
  }

  /**
   * Sends over several connections at once, each worker claiming batches of its own: a mail waits
   * for the server's replies and for the commit that records it, not for the CPU. Each outcome is
   * committed as soon as it is known, so a crash can repeat at most the mails in flight. The
   * workers are this job's own threads, so waiting for them never starves a shared pool. One worker
   * on H2, which cannot skip locked rows.
   */
  private void drain() {
    long until = System.nanoTime() + RUN_BUDGET_NANOS;
    List<Future<?>> running = new ArrayList<>();
    try {
      for (int i = 0; i < workers.getCorePoolSize(); i++) {
        running.add(workers.submit(() -> drain(until)));
      }
    } catch (RejectedExecutionException stopping) {
      return;
    }
    for (Future<?> worker : running) {
      try {
        worker.get();
      } catch (ExecutionException e) {
        LOG.log(Level.WARNING, "a mail worker failed; next run retries", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void drain(long until) {
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
    SendResult result = renderAndSend(connection, mail);
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

  private SendResult renderAndSend(SmtpSender.Connection connection, OutboxClaims.Claimed mail) {
    try {
      return connection.send(mail.render(renderer), mail.to(), mail.messageId());
    } catch (InvalidMailException | jakarta.json.JsonException unrenderable) {
      // the templates changed since the mail was enqueued: no later attempt would render it
      return new SendResult(
          SendResult.Outcome.PERMANENT_FAILURE,
          mail.messageId(),
          0,
          "not rendered: " + unrenderable.getMessage());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
