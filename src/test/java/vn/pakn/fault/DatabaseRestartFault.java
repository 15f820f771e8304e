package vn.pakn.fault;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import vn.pakn.bench.BenchApp;
import vn.pakn.testing.PetitionJson;

/**
 * A fault run, not a test: PostgreSQL is stopped and started again under concurrent filing. Passes
 * when no filing got a 500, every filing during the outage got 503 with Retry-After, readiness went
 * down meanwhile, filing came back within 5 s of the database, and every acknowledged petition is
 * stored. Run with {@code ./mvnw -q exec:java -Dexec.mainClass=vn.pakn.fault.DatabaseRestartFault}
 * after {@code ./mvnw -q package -DskipTests} (README, "Fault runs").
 */
public final class DatabaseRestartFault {

  private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([^\"]+)\"");

  record Outcome(long atMillis, int status, String retryAfter, String code) {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8114;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    System.out.println("load average before: " + FaultRig.load());
    Path data = Path.of("target", "fault", "pg-data").toAbsolutePath();
    FaultRig.deleteTree(data);
    Files.createDirectories(data.getParent());
    int pgPort;
    try (var socket = new java.net.ServerSocket(0)) {
      pgPort = socket.getLocalPort();
    }
    EmbeddedPostgres pg = postgres(data, pgPort);
    String dbUrl = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
    var outcomes = new ConcurrentLinkedQueue<Outcome>();
    var running = new AtomicBoolean(true);
    boolean passed;
    try (BenchApp app = BenchApp.start(port, dbUrl, "fault-db.log", "")) {
      var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI petitions = URI.create(app.base()).resolve("api/petitions");
      URI ready = URI.create(app.base()).resolve("health/ready");
      byte[] body = PetitionJson.valid().toString().getBytes(StandardCharsets.UTF_8);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        var thread = new Thread(() -> file(http, petitions, body, running, outcomes));
        thread.start();
        threads.add(thread);
      }
      FaultRig.sleep(Duration.ofSeconds(5));
      long down = System.currentTimeMillis();
      pg.close();
      System.out.println("PostgreSQL stopped");
      FaultRig.sleep(Duration.ofSeconds(8));
      int readiness =
          http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
              .statusCode();
      long up = System.currentTimeMillis();
      pg = postgres(data, pgPort);
      System.out.println("PostgreSQL started again after " + (up - down) + " ms");
      FaultRig.sleep(Duration.ofSeconds(10));
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }

      List<Outcome> all = new ArrayList<>(outcomes);
      Collections.sort(all, (a, b) -> Long.compare(a.atMillis(), b.atMillis()));
      Map<Integer, Integer> before = new TreeMap<>();
      Map<Integer, Integer> during = new TreeMap<>();
      Map<Integer, Integer> after = new TreeMap<>();
      long firstCreatedAfterUp = -1;
      boolean retryAfterAlways = true;
      List<String> acknowledged = new ArrayList<>();
      for (Outcome o : all) {
        var phase = o.atMillis() < down ? before : o.atMillis() < up ? during : after;
        phase.merge(o.status(), 1, Integer::sum);
        if (o.status() == 503 && o.retryAfter() == null) {
          retryAfterAlways = false;
        }
        if (o.status() == 201) {
          acknowledged.add(o.code());
          if (o.atMillis() >= up && firstCreatedAfterUp < 0) {
            firstCreatedAfterUp = o.atMillis();
          }
        }
      }
      long stored = countStored(dbUrl, acknowledged);
      long recovery = firstCreatedAfterUp < 0 ? -1 : firstCreatedAfterUp - up;
      int errors500 =
          before.getOrDefault(500, 0) + during.getOrDefault(500, 0) + after.getOrDefault(500, 0);
      System.out.println("statuses before the stop: " + before);
      System.out.println("statuses while stopped:   " + during);
      System.out.println("statuses after the start: " + after);
      System.out.println("503 always with Retry-After: " + retryAfterAlways);
      System.out.println("readiness while stopped: " + readiness);
      System.out.println("first 201 after the start: " + recovery + " ms");
      System.out.println("acknowledged " + acknowledged.size() + ", stored " + stored);
      passed =
          errors500 == 0
              && retryAfterAlways
              && readiness == 503
              && recovery >= 0
              && recovery <= 5000
              && stored == acknowledged.size();
    } finally {
      running.set(false);
      pg.close();
    }
    FaultRig.finish(passed);
  }

  private static void file(
      HttpClient http,
      URI petitions,
      byte[] body,
      AtomicBoolean running,
      ConcurrentLinkedQueue<Outcome> outcomes) {
    while (running.get()) {
      var request =
          HttpRequest.newBuilder(petitions)
              .timeout(Duration.ofSeconds(20))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      try {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        var code = CODE.matcher(response.body());
        outcomes.add(
            new Outcome(
                System.currentTimeMillis(),
                response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null),
                code.find() ? code.group(1) : null));
        if (response.statusCode() == 503) {
          FaultRig.sleep(Duration.ofMillis(200));
        }
      } catch (Exception e) {
        outcomes.add(new Outcome(System.currentTimeMillis(), -1, null, null));
      }
    }
  }

  private static EmbeddedPostgres postgres(Path data, int port) throws java.io.IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private static long countStored(String dbUrl, List<String> codes) throws Exception {
    try (var c = DriverManager.getConnection(dbUrl, "postgres", "postgres");
        var s = c.prepareStatement("select count(*) from petition where tracking_code = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", codes.toArray()));
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
