package vn.pakn.operations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.deadlines.control.SweepFinished;
import vn.pakn.operations.control.OperationalFigures.OutboxCount;
import vn.pakn.operations.control.OperationalFigures.PetitionCount;
import vn.pakn.operations.control.OperationalFigures.SearchFigures;
import vn.pakn.petitions.entity.EventType;
import vn.pakn.petitions.entity.PetitionStatus;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.publication.entity.AnswerPublicationChanged;
import vn.pakn.publication.entity.PublicationChange;

class ApplicationMetricsTest {

  static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

  ApplicationMetrics metrics;
  int reads;

  @BeforeEach
  void create() {
    metrics = new ApplicationMetrics();
    metrics.refreshInterval = "PT1H";
    metrics.database =
        new DatabaseFigures() {
          @Override
          public OperationalFigures read() {
            reads++;
            return figures(Instant.now());
          }
        };
    metrics.create();
  }

  static OperationalFigures figures(Instant at) {
    return new OperationalFigures(
        at,
        0.004,
        List.of(
            new PetitionCount("RECEIVED", "WEB", "PROVINCE", 12),
            new PetitionCount("IN_PROGRESS", "LETTER", "DEPARTMENT", 3)),
        39,
        2,
        5,
        List.of(
            new OutboxCount("mail", "QUEUED", 7, at.minusSeconds(600)),
            new OutboxCount("mail", "SENDING", 1, at.minusSeconds(30)),
            new OutboxCount("mail", "FAILED", 4, at.minusSeconds(9000))),
        1,
        3,
        Map.of("BAD_SIGNATURE", 2L, "TOO_FREQUENT", 1L),
        new SearchFigures("READY", 40, 42, 39, 0, 0));
  }

  @Test
  void business_figures_appear_with_prometheus_names_and_bounded_labels() {
    metrics.request("GET", "/api/inbox/{code}", 200, TimeUnit.MILLISECONDS.toNanos(30));
    metrics.signInRefused("bad_credentials");
    metrics.kioskEntries("DUPLICATE", 2);
    metrics.sweepFinished(new SweepFinished(NOW, Duration.ofMillis(120), true));

    String text = metrics.scrape("text/plain");

    assertThat(text)
        .contains(
            "pakn_petitions{agency_level=\"province\",channel=\"web\",status=\"received\"} 12.0")
        .contains("pakn_clocks_overdue 2.0")
        .contains("pakn_clocks_due_soon 5.0")
        .contains("pakn_outbox_waiting{channel=\"mail\"} 8.0")
        .contains("pakn_outbox_failed{channel=\"mail\"} 4.0")
        .contains("pakn_search_index_lag 2.0")
        .contains("pakn_kiosk_quarantined_entries{reason=\"bad_signature\"} 2.0")
        .contains("pakn_signin_failures_total{reason=\"bad_credentials\"} 1.0")
        .contains("pakn_kiosk_entries_total{outcome=\"duplicate\"} 2.0")
        .contains(
            "pakn_http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/inbox/{code}\","
                + "status=\"2xx\",le=\"0.05\"} 1")
        .contains("pakn_deadline_sweep_seconds_count{outcome=\"success\"} 1")
        .contains("pakn_deadline_sweep_last_success_timestamp_seconds 1.7966088E9")
        .contains("jvm_memory_used_bytes");
    assertThat(text)
        .containsPattern("pakn_outbox_oldest_waiting_age_seconds\\{channel=\"mail\"} 6\\d\\d");
  }

  @Test
  void committed_steps_and_publications_are_counted_by_type() {
    metrics.stepTaken(
        new PetitionStepTaken(
            1L, "PAKN-2026-000001-K", EventType.values()[0], PetitionStatus.RECEIVED, 1L, "web"));
    metrics.stepTaken(
        new PetitionStepTaken(
            2L, "PAKN-2026-000002-K", EventType.values()[0], PetitionStatus.RECEIVED, 1L, "web"));
    metrics.publicationChanged(
        new AnswerPublicationChanged(5, 2L, 7, PublicationChange.Type.values()[0], "leader"));
    String text = metrics.scrape(null);
    String step = EventType.values()[0].name().toLowerCase(java.util.Locale.ROOT);
    assertThat(text)
        .contains("pakn_petition_steps_total{step=\"" + step + "\"} 2.0")
        .contains("pakn_answer_publications_total{change=")
        .doesNotContain("PAKN-2026-000001-K");
  }

  @Test
  void a_scrape_every_second_reads_the_database_once_per_refresh_interval() {
    for (int i = 0; i < 20; i++) {
      metrics.scrape(null);
    }
    assertThat(reads).isEqualTo(1);
  }

  @Test
  void openmetrics_is_served_when_the_scraper_asks_for_it() {
    String accept = "application/openmetrics-text; version=1.0.0,text/plain;q=0.5";
    assertThat(ApplicationMetrics.contentType(accept)).startsWith("application/openmetrics-text");
    assertThat(metrics.scrape(accept)).endsWith("# EOF\n");
    assertThat(ApplicationMetrics.contentType(null)).startsWith("text/plain; version=0.0.4");
  }

  @Test
  void label_values_are_folded_to_a_safe_word() {
    assertThat(ApplicationMetrics.label("IN_PROGRESS")).isEqualTo("in_progress");
    assertThat(ApplicationMetrics.label("Nguyễn Văn A")).isEqualTo("other");
    assertThat(ApplicationMetrics.label(null)).isEqualTo("none");
  }

  @Test
  void promtool_accepts_the_text() throws Exception {
    Path promtool = Path.of("/usr/bin/promtool");
    assumeTrue(Files.isExecutable(promtool), "promtool (Debian package prometheus) not installed");
    metrics.request("POST", "/api/tokens", 401, 1_000_000);
    metrics.signInRefused("bad_credentials");
    metrics.sweepFinished(new SweepFinished(NOW, Duration.ofMillis(120), false));

    assertThat(promtoolCheck(promtool, metrics.scrape(null))).isEmpty();
  }

  static String promtoolCheck(Path promtool, String text) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(promtool.toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    try (var in = p.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() == 0 ? "" : out;
  }
}
