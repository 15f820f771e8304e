package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.TestSmsServer;

/**
 * How fast the text sending job empties the SMS outbox into a local SMPP server. Starts PostgreSQL
 * from jars, the test SMPP server (jsmpp's server side) in this JVM and {@code
 * target/pakn-microbundle.jar} pointed at both; files one petition with only a phone to get a real
 * rendered "received" text (Vietnamese, UCS-2, two concatenated parts), queues N copies of it to N
 * distinct mobile numbers in one transaction, and waits until the app has marked them all SENT.
 * Prints the drain rate and checks that the server received every part of every text exactly once.
 * Not a test.
 *
 * <p>Options: {@code --texts N} (default 20000), {@code --rate R} ({@code pakn.sms.ratePerSecond},
 * default 1000), {@code --batch B} ({@code pakn.sms.batchSize}, default 50), {@code --port P}
 * (8767), {@code --jvm "..."}.
 */
public final class SmsDrainBenchmark {

  private static final long FIRST_ID = 1_000_000_000L;

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = FilingBenchmark.options(args);
    int texts = Integer.parseInt(opt.getOrDefault("texts", "20000"));
    MachineLoad load = MachineLoad.before();
    List<String> properties = new ArrayList<>(TestSmsServer.start());
    properties.add("-Dpakn.sms.ratePerSecond=" + opt.getOrDefault("rate", "1000"));
    properties.add("-Dpakn.sms.batchSize=" + opt.getOrDefault("batch", "50"));
    properties.add("-Dpakn.sms.smpp.bindType=TRANSMITTER");
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String dbUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      try (BenchApp app =
          BenchApp.start(
              Integer.parseInt(opt.getOrDefault("port", "8767")),
              dbUrl,
              "sms-drain.log",
              opt.getOrDefault("jvm", ""),
              properties.toArray(String[]::new))) {
        fileOne(app);
        await(() -> TestSmsServer.partCount() >= 1, "the first text");
        int partsPerText = TestSmsServer.partCount();
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
          long committed = queue(db, texts);
          System.out.printf("queued %d texts; waiting for the sender%n", texts);
          long sentAll = awaitSent(db, texts);
          try (ResultSet r =
              db.createStatement()
                  .executeQuery(
                      "select extract(epoch from max(sent_at) - min(sent_at)) from sms_outbox"
                          + " where id >= "
                          + FIRST_ID)) {
            r.next();
            double span = r.getDouble(1);
            double wall = (sentAll - committed) / 1e9;
            System.out.printf(
                "sent %d texts (%d parts each): %.0f texts/s between the first and the last"
                    + " (%.2f s); %.0f texts/s from the commit to the last (%.2f s)%n",
                texts, partsPerText, (texts - 1) / span, span, texts / wall, wall);
          }
        }
        int expected = (texts + 1) * partsPerText;
        await(() -> TestSmsServer.partCount() >= expected, "every part");
        Map<String, Integer> perNumber = new HashMap<>();
        for (TestSmsServer.Part part : TestSmsServer.parts()) {
          if (part.to().startsWith("8491")) {
            perNumber.merge(part.to(), 1, Integer::sum);
          }
        }
        long wrong = perNumber.values().stream().filter(n -> n != partsPerText).count();
        System.out.printf(
            "the SMPP server received %d parts for %d of %d numbers (%s)%n",
            TestSmsServer.partCount(),
            perNumber.size(),
            texts,
            wrong == 0 && perNumber.size() == texts && TestSmsServer.partCount() == expected
                ? "every text exactly once"
                : wrong + " NUMBERS WITH DUPLICATES OR LOSSES");
      }
    } finally {
      TestSmsServer.close();
    }
    load.after();
  }

  private static void fileOne(BenchApp app) throws Exception {
    var json =
        PetitionJson.with(
            "sender",
            PetitionJson.edit(
                PetitionJson.withSender("phone", "0980 000 001").getJsonObject("sender"),
                s -> s.remove("email")));
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.base).resolve("api/petitions"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            json.toString(), StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("filing failed: " + response.body());
    }
  }

  /** Copies of the received text to distinct numbers, QUEUED and due now. */
  private static long queue(Connection db, int texts) throws Exception {
    db.setAutoCommit(false);
    db.createStatement()
        .executeUpdate(
            "insert into sms_outbox (id, event_key, reference, phone, template, language, body,"
                + " status, attempts, next_attempt_at, created_at, petition_id)"
                + " select "
                + FIRST_ID
                + " + g, 'bench:' || g, g % 256, '+8491' || lpad(g::text, 7, '0'), template,"
                + " language, body, 'QUEUED', 0, now(), now(), petition_id"
                + " from sms_outbox t cross join generate_series(1, "
                + texts
                + ") g where t.id = (select min(id) from sms_outbox)");
    db.commit();
    db.setAutoCommit(true);
    return System.nanoTime();
  }

  private static long awaitSent(Connection db, int texts) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (ResultSet r =
          db.createStatement()
              .executeQuery(
                  "select count(*) from sms_outbox where status = 'SENT' and id >= " + FIRST_ID)) {
        r.next();
        if (r.getLong(1) == texts) {
          return System.nanoTime();
        }
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    throw new IllegalStateException("not all texts were sent within 30 minutes");
  }

  private static void await(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not reached within 5 minutes: " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
