package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import vn.pakn.testing.PetitionJson;

/**
 * Files N petitions from C concurrent clients against a running instance on PostgreSQL, then checks
 * in the database that every acknowledged tracking code is stored, and prints throughput and
 * latency percentiles. Not a test: run it by hand (see README.md, "Benchmarks").
 *
 * <p>Options: {@code --requests N} (default 20000), {@code --concurrency C} (32), {@code --warmup
 * W} (3000), {@code --without-email true} (the sender gives no email, so no acknowledgement mail is
 * written to the outbox), {@code --texts true|false} (the sender's choice of text messages; without
 * it, on when there is no email: the "received" text is written to the SMS outbox), {@code --smtp
 * true} (an SMTP server, GreenMail in this JVM, is configured, so the app also sends the mails
 * while the petitions come in; otherwise they are only kept), {@code --url http://host:port/} to
 * use an app that is already running (then {@code --db-url}, {@code --db-user}, {@code
 * --db-password} name its database). Without {@code --url} it starts PostgreSQL from jars and
 * {@code target/pakn-microbundle.jar} on it (with the extra JVM options of {@code --jvm "..."},
 * e.g. a flight recording), and stops both after.
 */
public final class FilingBenchmark {

  private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = options(args);
    int requests = Integer.parseInt(opt.getOrDefault("requests", "20000"));
    int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "32"));
    int warmup = Integer.parseInt(opt.getOrDefault("warmup", "3000"));
    MachineLoad load = MachineLoad.before();

    EmbeddedPostgres pg = null;
    BenchApp app = null;
    com.icegreen.greenmail.util.GreenMail smtp = null;
    String url = opt.get("url");
    String dbUrl = opt.get("db-url");
    String dbUser = opt.getOrDefault("db-user", "postgres");
    String dbPassword = opt.getOrDefault("db-password", "postgres");
    try {
      if (url == null) {
        pg = EmbeddedPostgres.builder().start();
        dbUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        int port = Integer.parseInt(opt.getOrDefault("port", "8765"));
        String[] mail = new String[0];
        if (Boolean.parseBoolean(opt.getOrDefault("smtp", "false"))) {
          int smtpPort;
          try (var socket = new java.net.ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
          }
          smtp =
              new com.icegreen.greenmail.util.GreenMail(
                  new com.icegreen.greenmail.util.ServerSetup(
                      smtpPort,
                      "127.0.0.1",
                      com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
          smtp.start();
          mail =
              new String[] {"-Dpakn.mail.smtp.host=127.0.0.1", "-Dpakn.mail.smtp.port=" + smtpPort};
        }
        app = BenchApp.start(port, dbUrl, "app.log", opt.getOrDefault("jvm", ""), mail);
        url = app.base;
      }
      var http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      URI target = URI.create(url).resolve("api/petitions");
      // with an email the filing also renders and stores the acknowledgement mail (outbox)
      var petition =
          Boolean.parseBoolean(opt.getOrDefault("without-email", "false"))
              ? PetitionJson.withSender("email", (jakarta.json.JsonValue) null)
              : PetitionJson.valid();
      // --texts true|false: the sender's choice of text messages (default: on without email)
      if (opt.containsKey("texts")) {
        boolean texts = Boolean.parseBoolean(opt.get("texts"));
        petition =
            PetitionJson.with(
                "sender",
                PetitionJson.edit(petition.getJsonObject("sender"), b -> b.add("texts", texts)));
      }
      byte[] body = petition.toString().getBytes(StandardCharsets.UTF_8);

      System.out.printf("warm-up: %d petitions at C=%d%n", warmup, concurrency);
      run(http, target, body, warmup, concurrency);
      System.out.printf("measured: %d petitions at C=%d%n", requests, concurrency);
      Result result = run(http, target, body, requests, concurrency);

      long[] latencies = result.latenciesNanos();
      Arrays.sort(latencies);
      double seconds = result.elapsedNanos() / 1e9;
      System.out.printf(
          "acknowledged %d, failed %d, in %.2f s: %.0f petitions/s; latency p50 %.1f ms, p99 %.1f"
              + " ms, max %.1f ms%n",
          result.codes().size(),
          result.failures(),
          seconds,
          result.codes().size() / seconds,
          percentile(latencies, 0.50) / 1e6,
          percentile(latencies, 0.99) / 1e6,
          latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
      if (dbUrl != null) {
        long stored = countStored(dbUrl, dbUser, dbPassword, result.codes());
        System.out.printf(
            "stored in the database: %d of %d acknowledged (%s)%n",
            stored, result.codes().size(), stored == result.codes().size() ? "none lost" : "LOST");
      } else {
        System.out.println("no --db-url: acknowledged codes not checked in the database");
      }
      if (smtp != null) {
        System.out.printf(
            "mails received by the SMTP server meanwhile: %d%n", smtp.getReceivedMessages().length);
      }
    } finally {
      if (app != null) {
        app.close();
      }
      if (smtp != null) {
        smtp.stop();
      }
      if (pg != null) {
        pg.close();
      }
    }
    load.after();
  }

  record Result(List<String> codes, int failures, long elapsedNanos, long[] latenciesNanos) {}

  private static Result run(HttpClient http, URI target, byte[] body, int total, int concurrency)
      throws InterruptedException {
    var next = new AtomicInteger();
    var failures = new AtomicInteger();
    var codes = new ConcurrentLinkedQueue<String>();
    long[] latencies = new long[total];
    var done = new CountDownLatch(concurrency);
    long started = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      new Thread(
              () -> {
                try {
                  for (int i; (i = next.getAndIncrement()) < total; ) {
                    var request =
                        HttpRequest.newBuilder(target)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                      latencies[i] = System.nanoTime() - t0;
                      var m = CODE.matcher(response.body());
                      if (response.statusCode() == 201 && m.find()) {
                        codes.add(m.group(1));
                      } else {
                        failures.incrementAndGet();
                      }
                    } catch (Exception e) {
                      latencies[i] = System.nanoTime() - t0;
                      failures.incrementAndGet();
                    }
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    return new Result(
        new ArrayList<>(codes), failures.get(), System.nanoTime() - started, latencies);
  }

  private static long countStored(String dbUrl, String user, String password, List<String> codes)
      throws Exception {
    try (Connection c = DriverManager.getConnection(dbUrl, user, password);
        var s = c.prepareStatement("select count(*) from petition where tracking_code = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", codes.toArray()));
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static long percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }
}
