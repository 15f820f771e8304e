package vn.pakn.operations.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.deadlines.control.SweepFinished;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.publication.entity.AnswerPublicationChanged;

/**
 * The application's metrics, in one Prometheus registry of this node. Gauges read the last {@link
 * OperationalFigures}, refreshed from the database when a scrape finds them older than {@code
 * pakn.operations.refreshInterval}; only one scrape at a time refreshes, the others get the
 * previous reading, and no request other than a scrape ever waits for it.
 */
@ApplicationScoped
public class ApplicationMetrics {

  private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

  /** Buckets of the request duration histograms, in seconds. */
  static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  @Inject DatabaseFigures database;

  @Inject
  @ConfigProperty(name = "pakn.operations.refreshInterval", defaultValue = "PT15S")
  String refreshInterval;

  private PrometheusMeterRegistry registry;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile OperationalFigures figures;
  private volatile Instant lastSweepSuccess;
  private volatile boolean readFailed;
  private Duration maxAge;
  private MultiGauge petitions;
  private MultiGauge quarantined;
  private JvmGcMetrics gc;

  @PostConstruct
  void create() {
    maxAge = Duration.parse(refreshInterval);
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    // its name ends in an abbreviated unit (_ns), which promtool's conventions refuse
    registry.config().meterFilter(MeterFilter.denyNameStartsWith("process.cpu.time"));
    // "_count" is reserved for histograms and summaries
    registry
        .config()
        .meterFilter(
            new MeterFilter() {
              @Override
              public Meter.Id map(Meter.Id id) {
                return id.getName().equals("system.cpu.count")
                    ? id.withName("system.cpu.processors")
                    : id;
              }
            });
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc = new JvmGcMetrics();
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);

    petitions =
        MultiGauge.builder("pakn.petitions")
            .description("Petitions by current status, channel and level of the holding agency")
            .register(registry);
    quarantined =
        MultiGauge.builder("pakn.kiosk.quarantined.entries")
            .description("Kiosk entries kept in quarantine, by reason")
            .register(registry);
    gauge(
        "pakn.answers.published",
        "Answers published now (not withdrawn)",
        f -> f.publishedAnswers());
    gauge("pakn.clocks.overdue", "Running stage clocks past their due", f -> f.clocksOverdue());
    gauge(
        "pakn.clocks.due.soon",
        "Running stage clocks due within the next 48 hours",
        f -> f.clocksDueSoon());
    Gauge.builder("pakn.outbox.waiting", this, m -> m.value(f -> f.waiting(DatabaseFigures.MAIL)))
        .description("Messages queued or being sent, per channel")
        .tag("channel", DatabaseFigures.MAIL)
        .register(registry);
    Gauge.builder(
            "pakn.outbox.oldest.waiting.age",
            this,
            m -> m.value(f -> f.oldestWaitingSeconds(DatabaseFigures.MAIL)))
        .description("Age of the oldest message waiting to be sent, per channel (0: none waits)")
        .baseUnit("seconds")
        .tag("channel", DatabaseFigures.MAIL)
        .register(registry);
    Gauge.builder("pakn.outbox.failed", this, m -> m.value(f -> f.failed(DatabaseFigures.MAIL)))
        .description("Messages given up after every retry (FAILED), per channel")
        .tag("channel", DatabaseFigures.MAIL)
        .register(registry);
    gauge(
        "pakn.officers.locked",
        "Officer accounts locked now after failed sign-ins",
        f -> f.officersLocked());
    gauge(
        "pakn.officers.failed.signins.pending",
        "Failed sign-ins not yet followed by a successful one, over all active accounts",
        f -> f.pendingFailedSignIns());
    gauge(
        "pakn.search.index.lag",
        "Publication changes in the database not yet in this node's index",
        f -> f.search().lag());
    gauge(
        "pakn.search.index.documents", "Answers in this node's index", f -> f.search().documents());
    gauge(
        "pakn.search.rebuild.done",
        "Answers indexed so far by the running rebuild (0: none running)",
        f -> f.search().rebuildDone());
    gauge(
        "pakn.search.rebuild.target",
        "Answers the running rebuild has to index (0: none running)",
        f -> f.search().rebuildTotal());
    Gauge.builder(
            "pakn.search.rebuilding",
            this,
            m -> m.value(f -> f.search().state().equals("REBUILDING") ? 1 : 0))
        .description("1 while this node rebuilds its index")
        .register(registry);
    Gauge.builder("pakn.deadline.sweep.last.success.timestamp", this, m -> m.lastSweepSeconds())
        .description("When the deadline sweep of this node last finished without error (0: never)")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("pakn.operations.figures.read.duration", this, m -> m.value(f -> f.readSeconds()))
        .description("How long the last reading of the figures from the database took")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("pakn.operations.figures.read.failed", this, m -> m.readFailed ? 1 : 0)
        .description("1 when the last reading of the figures from the database failed")
        .register(registry);
  }

  @PreDestroy
  void close() {
    if (gc != null) {
      gc.close();
    }
    registry.close();
  }

  private void gauge(String name, String description, ToDoubleFunction<OperationalFigures> value) {
    Gauge.builder(name, this, m -> m.value(value)).description(description).register(registry);
  }

  private double value(ToDoubleFunction<OperationalFigures> value) {
    OperationalFigures f = figures;
    return f == null ? Double.NaN : value.applyAsDouble(f);
  }

  private double lastSweepSeconds() {
    Instant at = lastSweepSuccess;
    return at == null ? 0 : at.toEpochMilli() / 1000.0;
  }

  /** The figures, read again from the database when they are older than the refresh interval. */
  public OperationalFigures figures() {
    OperationalFigures f = figures;
    if ((f == null || f.readAt().plus(maxAge).isBefore(Instant.now())) && refreshing.tryLock()) {
      try {
        f = figures;
        if (f == null || f.readAt().plus(maxAge).isBefore(Instant.now())) {
          f = database.read();
          figures = f;
          readFailed = false;
          update(f);
        }
      } catch (RuntimeException e) {
        readFailed = true;
        LOG.log(Level.WARNING, "operational figures could not be read; the last ones are kept", e);
      } finally {
        refreshing.unlock();
      }
    }
    return figures;
  }

  private void update(OperationalFigures f) {
    petitions.register(
        f.petitions().stream()
            .map(
                p ->
                    MultiGauge.Row.of(
                        Tags.of(
                            "status", label(p.status()),
                            "channel", label(p.channel()),
                            "agency_level", label(p.agencyLevel())),
                        p.count()))
            .toList(),
        true);
    quarantined.register(
        f.quarantinedByReason().entrySet().stream()
            .map(e -> MultiGauge.Row.of(Tags.of("reason", label(e.getKey())), e.getValue()))
            .toList(),
        true);
  }

  /** Label values come from enums in the database; anything else is folded to a safe word. */
  static String label(String value) {
    if (value == null || value.isBlank()) {
      return "none";
    }
    String v = value.toLowerCase(Locale.ROOT);
    return v.matches("[a-z0-9_]{1,32}") ? v : "other";
  }

  /** The text a Prometheus server scrapes (OpenMetrics when asked for it). */
  public String scrape(String accept) {
    figures();
    return registry.scrape(contentType(accept));
  }

  public static String contentType(String accept) {
    return accept != null && accept.contains("application/openmetrics-text")
        ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
        : "text/plain; version=0.0.4; charset=utf-8";
  }

  /** Records one API request under its route template. */
  public void request(String method, String route, int status, long nanos) {
    Timer.builder("pakn.http.server.requests")
        .description("API request durations by route template, method and status class")
        .tags("method", method, "route", route, "status", (status / 100) + "xx")
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A sign-in refused: {@code bad_credentials} or {@code locked}. */
  public void signInRefused(String reason) {
    Counter.builder("pakn.signin.failures")
        .description("Sign-ins refused, by reason (bad credentials, or account locked/throttled)")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** Kiosk entries received, by what became of them. */
  public void kioskEntries(String outcome, long count) {
    Counter.builder("pakn.kiosk.entries")
        .description("Kiosk entries received by this node, by outcome")
        .tag("outcome", label(outcome))
        .register(registry)
        .increment(count);
  }

  /**
   * Every committed step on a petition (filing, acceptance, rejection, answer, ...) by its type.
   */
  void stepTaken(@Observes(during = TransactionPhase.AFTER_SUCCESS) PetitionStepTaken step) {
    Counter.builder("pakn.petition.steps")
        .description("Steps on petitions committed by this node, by type (filed, accepted, ...)")
        .tag("step", label(step.type() == null ? null : step.type().name()))
        .register(registry)
        .increment();
  }

  /** Every committed publication or withdrawal of an answer. */
  void publicationChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) AnswerPublicationChanged changed) {
    Counter.builder("pakn.answer.publications")
        .description("Answers published or withdrawn by this node, by change")
        .tag("change", label(changed.change() == null ? null : changed.change().name()))
        .register(registry)
        .increment();
  }

  void sweepFinished(@Observes SweepFinished sweep) {
    Timer.builder("pakn.deadline.sweep")
        .description("Deadline sweep runs of this node and their duration, by outcome")
        .tag("outcome", sweep.succeeded() ? "success" : "failure")
        .register(registry)
        .record(sweep.duration());
    if (sweep.succeeded()) {
      lastSweepSuccess = sweep.finishedAt();
    }
  }
}
