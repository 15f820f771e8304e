package vn.pakn.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestDatabase;

/**
 * The operators' view of a running node on real PostgreSQL: {@code /api/metrics} only for the
 * scraper's token and administrators, in a text promtool accepts, with business figures that follow
 * the database, request durations by route template (random URLs add no series), refused sign-ins
 * counted; the administrators' status page API with the same figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  static final String SCRAPER = "Bearer " + TestDatabase.METRICS_TOKEN;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void metrics_are_only_for_the_scraper_and_administrators() {
    Reply anonymous = api.get("api/metrics");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
    assertThat(anonymous.body()).doesNotContain("pakn_petitions");

    assertThat(api.get("api/metrics", "Authorization", "Bearer wrong-token").status())
        .isEqualTo(401);
    assertThat(api.get("api/metrics", "Authorization", bearer("handler")).status()).isEqualTo(403);

    Reply scraped = api.get("api/metrics", "Authorization", SCRAPER);
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
    assertThat(api.get("api/metrics", "Authorization", bearer("admin")).body())
        .contains("pakn_answers_published ");

    Reply open =
        api.get(
            "api/metrics",
            "Authorization",
            SCRAPER,
            "Accept",
            "application/openmetrics-text; version=1.0.0");
    assertThat(open.header("Content-Type")).startsWith("application/openmetrics-text");
    assertThat(open.body()).endsWith("# EOF\n");
  }

  @Test
  void business_figures_follow_the_database() {
    double web = petitions("received", "web");
    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString());
    assertThat(filed.status()).isEqualTo(201);
    assertThat(petitions("received", "web")).isEqualTo(web + 1);

    long clocks =
        Sql.number(
            "select count(*) from stage_clock where finished_at is null and paused_at is null"
                + " and due_at < now()");
    assertThat(value(scrape(), "pakn_clocks_overdue")).isEqualTo(clocks);
    long published = Sql.number("select count(*) from public_answer where published = true");
    assertThat(value(scrape(), "pakn_answers_published")).isEqualTo(published);
    assertThat(scrape())
        .contains("pakn_outbox_waiting{channel=\"mail\"}")
        .contains("pakn_search_index_lag ")
        .contains("pakn_officers_locked ");
  }

  @Test
  void requests_are_timed_by_route_template_and_random_urls_add_no_series() {
    String code = "PAKN-2026-" + UUID.randomUUID().toString().substring(0, 6);
    api.get("api/petitions/" + code, "X-Access-Key", "x");
    for (int i = 0; i < 5; i++) {
      api.get("api/no-such-" + UUID.randomUUID());
    }
    String text = scrape();
    assertThat(text)
        .contains("route=\"/api/petitions/{trackingCode}\"")
        .contains("route=\"UNMATCHED\"")
        .doesNotContain(code)
        .doesNotContain("no-such-");
    long before = text.lines().filter(l -> l.startsWith("pakn_http_server_requests")).count();
    for (int i = 0; i < 20; i++) {
      api.get("api/no-such-" + UUID.randomUUID());
      api.get("api/petitions/PAKN-2026-" + i + "00000-X", "X-Access-Key", "x");
    }
    long after = scrape().lines().filter(l -> l.startsWith("pakn_http_server_requests")).count();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void refused_sign_ins_are_counted() {
    double before = value(scrape(), "pakn_signin_failures_total{reason=\"bad_credentials\"}");
    Reply refused =
        api.postJson("api/tokens", "{\"username\":\"admin\",\"password\":\"wrong-password\"}");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(value(scrape(), "pakn_signin_failures_total{reason=\"bad_credentials\"}"))
        .isEqualTo(before + 1);
    // a successful sign-in resets the account's count of failures
    TOKENS.remove("admin");
    bearer("admin");
  }

  @Test
  void promtool_accepts_the_metrics_of_a_running_node() throws Exception {
    Path promtool = Path.of("/usr/bin/promtool");
    assumeTrue(Files.isExecutable(promtool), "promtool (Debian package prometheus) not installed");
    api.postJson("api/petitions", PetitionJson.valid().toString());
    api.get("api/answers?q=thu+tuc");
    Process p =
        new ProcessBuilder(promtool.toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    try (var in = p.getOutputStream()) {
      in.write(scrape().getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  @Test
  void the_status_page_api_shows_the_same_figures_to_administrators_only() {
    assertThat(api.get("api/admin/operations").status()).isEqualTo(401);
    assertThat(api.get("api/admin/operations", "Authorization", bearer("handler")).status())
        .isEqualTo(403);
    Reply status = api.get("api/admin/operations", "Authorization", bearer("admin"));
    assertThat(status.status()).isEqualTo(200);
    var json = status.json().asJsonObject();
    long total =
        json.getJsonArray("petitions").stream()
            .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue())
            .sum();
    assertThat(total).isEqualTo(Sql.number("select count(*) from petition"));
    assertThat(json.getJsonObject("search").getString("state")).isIn("READY", "REBUILDING");
    assertThat(json.getJsonNumber("clocksOverdue").longValue()).isNotNegative();
  }

  @Test
  void the_status_page_is_served() throws IOException {
    Reply page = api.get("can-bo/van-hanh.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("van-hanh.js");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private String scrape() {
    Reply r = api.get("api/metrics", "Authorization", SCRAPER);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private double petitions(String status, String channel) {
    return scrape()
        .lines()
        .filter(l -> l.startsWith("pakn_petitions{"))
        .filter(
            l ->
                l.contains("status=\"" + status + "\"")
                    && l.contains("channel=\"" + channel + "\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  /** The value of one series (name with its labels, as printed), 0 when it is absent. */
  static double value(String text, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private String bearer(String account) {
    return "Bearer " + TOKENS.computeIfAbsent(account, this::signIn);
  }

  private String signIn(String account) {
    Reply reply =
        api.postJson("api/tokens", "{\"username\":\"" + account + "\",\"password\":\"demo\"}");
    assertThat(reply.status()).as(account + ": " + reply).isEqualTo(201);
    return reply.json().asJsonObject().getString("token");
  }
}
