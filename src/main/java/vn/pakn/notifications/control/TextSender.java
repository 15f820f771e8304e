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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text sending job: a thread of its own waits for {@link TextSignal} (a transaction that
 * enqueued a text has committed) or the poll interval ({@code pakn.sms.pollInterval}: retries,
 * other nodes' texts), then claims batches of due texts ({@link TextClaims}), submits them over
 * this node's SMPP session at the provider's pace ({@link SendingPace}) and records the batch's
 * outcomes in one transaction. When the provider cannot be bound, claimed texts go back to the
 * queue unattempted and the job waits for the next poll. Not started without a provider (texts are
 * then KEPT).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "LoadedTextTemplates"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TextSender {

  private static final Logger LOG = Logger.getLogger(TextSender.class.getName());
  private static final long RUN_BUDGET_NANOS = 60_000_000_000L;

  @Inject TextConfiguration configuration;
  @Inject TextClaims claims;
  @Inject TextSignal signal;
  @Resource ManagedThreadFactory threads;

  /** Receipts arrive on jsmpp's threads; the job's own thread records them. */
  private final Queue<String[]> receipts = new ConcurrentLinkedQueue<>();

  private SmppTransmitter transmitter;
  private SendingPace pace;
  private Thread dispatcher;
  private volatile boolean stopping;
  Clock clock = Clock.systemUTC();

  @PostConstruct
  void start() {
    configuration
        .smpp()
        .ifPresent(
            settings -> {
              transmitter =
                  new SmppTransmitter(
                      settings,
                      configuration.encoding(),
                      (id, state) -> receipts.add(new String[] {id, state}),
                      clock);
              pace = new SendingPace(settings.ratePerSecond());
              dispatcher = threads.newThread(this::dispatch);
              dispatcher.setName("pakn-sms-sender");
              dispatcher.start();
            });
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (dispatcher != null) {
      dispatcher.interrupt();
      transmitter.close();
    }
  }

  /** This node's SMPP session, for the administrators' page. */
  public BindStatus status() {
    return transmitter == null
        ? new BindStatus(BindStatus.State.NOT_CONFIGURED, null, null, null)
        : transmitter.status();
  }

  private void dispatch() {
    while (!stopping) {
      try {
        signal.await(configuration.pollInterval());
        drain();
        recordReceipts();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "text sending run failed; next run retries", e);
      }
    }
  }

  private void drain() {
    long until = System.nanoTime() + RUN_BUDGET_NANOS;
    while (!stopping && System.nanoTime() - until < 0) {
      List<TextClaims.Claimed> claimed = claims.claim(now(), configuration.batchSize());
      if (claimed.isEmpty()) {
        return;
      }
      List<TextClaims.Outcome> outcomes = new ArrayList<>(claimed.size());
      boolean unbound = false;
      for (TextClaims.Claimed text : claimed) {
        SmppTransmitter.Submitted result;
        if (unbound || !now().isBefore(text.until())) {
          result =
              SmppTransmitter.Submitted.failed(
                  SmppTransmitter.Outcome.NOT_TRIED, transmitter.status().detail());
        } else {
          LockSupport.parkNanos(pace.reserve(System.nanoTime()));
          result = transmitter.submit(phone(text.phone()), text.body(), text.reference());
        }
        switch (result.outcome()) {
          case SENT -> pace.accepted();
          case THROTTLED -> pace.slowDown();
          case NOT_TRIED -> unbound = true;
          default -> {}
        }
        if (result.outcome() != SmppTransmitter.Outcome.SENT) {
          LOG.warning(
              () -> "text " + text.id() + " attempt " + text.attempts() + ": " + result.error());
        }
        outcomes.add(new TextClaims.Outcome(text.id(), result));
      }
      claims.record(outcomes, now(), ThreadLocalRandom.current().nextDouble());
      if (unbound || claimed.size() < configuration.batchSize()) {
        return; // unbound: wait for the next poll before binding again
      }
    }
  }

  private void recordReceipts() {
    List<String[]> batch = new ArrayList<>();
    for (String[] receipt = receipts.poll(); receipt != null; receipt = receipts.poll()) {
      batch.add(receipt);
    }
    if (!batch.isEmpty()) {
      claims.delivered(batch, now());
    }
  }

  private static String phone(String e164) {
    return e164.startsWith("+") ? e164.substring(1) : e164;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
