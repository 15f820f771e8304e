package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pakn.surveys.control.KioskEntries;

/**
 * Survey responses at scale. Loads N responses (default 10,000,000) with their answers into
 * PostgreSQL with INSERT … SELECT over generate_series (five years, every agency of the demo
 * province, 80 % kiosk / 15 % desk evaluation / 5 % SIPAS, 90 % official), then measures through
 * the running app: a full recomputation of the roll-ups, the scores of random agencies and periods
 * (p50/p99) grouped by agency, desk, service and officer, and ingestion of signed kiosk batches
 * from K concurrent kiosks, and finally checks that every acknowledged entry is stored exactly once
 * and times the follower's round that adds them to the roll-ups. Prints the machine's load before
 * and after ({@link MachineLoad}). Not a test: run it by hand (README.md).
 *
 * <p>Options: {@code --responses N} (10000000), {@code --ingest M} responses sent over HTTP
 * (100000), {@code --kiosks K} (32), {@code --batch B} entries per request (20), {@code --requests
 * R} scores requests per concurrency (400), {@code --concurrency C,C…} (1,8), {@code --port P}
 * (8767), {@code --db-url jdbc:postgresql://…} to use an existing, empty database (user and
 * password postgres) instead of one started from jars; {@code --responses 0} keeps what that
 * database holds (a second run), {@code --recomputations N} (1) full recomputations to time, {@code
 * --by agency,desk,service,officer} the groupings to time, {@code --load-only true} stops after
 * loading.
 */
public final class SurveyBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int responses = Integer.parseInt(opt.getOrDefault("responses", "10000000"));
    int ingest = Integer.parseInt(opt.getOrDefault("ingest", "100000"));
    int kiosks = Integer.parseInt(opt.getOrDefault("kiosks", "32"));
    int batch = Integer.parseInt(opt.getOrDefault("batch", "20"));
    int requests = Integer.parseInt(opt.getOrDefault("requests", "400"));
    int[] concurrencies =
        Arrays.stream(opt.getOrDefault("concurrency", "1,8").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int port = Integer.parseInt(opt.getOrDefault("port", "8767"));
    MachineLoad load = MachineLoad.before();

    EmbeddedPostgres pg = opt.containsKey("db-url") ? null : EmbeddedPostgres.builder().start();
    try {
      String dbUrl =
          pg == null
              ? opt.get("db-url")
              : "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      try (BenchApp app =
          BenchApp.start(
              port,
              dbUrl,
              "survey-app.log",
              "",
              "-Dpakn.demo=true",
              "-Dpakn.surveys.rollupInterval=PT10M")) {
        var http =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String admin = InboxBenchmark.token(http, app.base, "admin");
        String reform = InboxBenchmark.token(http, app.base, "reform");

        long t0 = System.nanoTime();
        if (responses > 0) {
          try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
            load(c, responses);
          }
          System.out.printf(
              "loaded %,d responses with their answers in %.1f s%n",
              responses, (System.nanoTime() - t0) / 1e9);
        }
        if (Boolean.parseBoolean(opt.getOrDefault("load-only", "false"))) {
          return;
        }

        // full recomputation of every roll-up, through the API
        int recomputations = Integer.parseInt(opt.getOrDefault("recomputations", "1"));
        for (int run = 1; run <= recomputations; run++) {
          long r0 = System.nanoTime();
          String body = send(http, app.base, "api/scores/recompute", admin, "{}", 200);
          System.out.printf(
              "full recomputation %d: %.1f s (%s)%n", run, (System.nanoTime() - r0) / 1e9, body);
        }
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres");
            var s = c.createStatement()) {
          s.execute("vacuum analyze survey_rollup_response, survey_rollup_answer");
          try (var rows =
              s.executeQuery(
                  "select l.grouping_level, (select count(*) from survey_rollup_response r"
                      + " where r.grouping_level = l.grouping_level), (select count(*) from"
                      + " survey_rollup_answer a where a.grouping_level = l.grouping_level)"
                      + " from survey_grouping_level l order by 1")) {
            while (rows.next()) {
              System.out.printf(
                  "roll-up rows, %s: %,d response rows, %,d answer rows%n",
                  rows.getString(1), rows.getLong(2), rows.getLong(3));
            }
          }
        }

        // scores of random agencies and periods
        List<String> agencies = agencies(http, app.base, reform);
        Random random = new Random(7);
        for (String by : opt.getOrDefault("by", "agency,desk,service,officer").split(",")) {
          int n = requests;
          for (int concurrency : concurrencies) {
            List<URI> uris = new ArrayList<>();
            for (int i = 0; i < n + n / 4; i++) {
              uris.add(URI.create(app.base).resolve(scoresQuery(random, agencies, by)));
            }
            long[] lat = new long[n];
            timed(http, uris.subList(0, n / 4), reform, concurrency, null);
            timed(http, uris.subList(n / 4, uris.size()), reform, concurrency, lat);
            Arrays.sort(lat);
            System.out.printf(
                "scores by %s, %d clients: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)%n",
                by,
                concurrency,
                lat[n / 2] / 1e6,
                lat[(int) (n * 0.99)] / 1e6,
                lat[n - 1] / 1e6,
                n);
          }
        }
        {
          long[] lat = new long[20];
          List<URI> years = new ArrayList<>();
          for (int i = 0; i < 20; i++) {
            years.add(URI.create(app.base).resolve("api/scores?period=" + (2022 + i % 5)));
          }
          timed(http, years, reform, 1, lat);
          Arrays.sort(lat);
          System.out.printf(
              "scores of a whole year, every agency: p50 %.1f ms, max %.1f ms%n",
              lat[10] / 1e6, lat[19] / 1e6);
        }

        // ingestion from K kiosks, signed batches
        if (ingest > 0) {
          ingest(http, app.base, admin, dbUrl, kiosks, batch, ingest / 10, "warm-up");
          ingest(http, app.base, admin, dbUrl, kiosks, batch, ingest, "measured");
        }
        long i0 = System.nanoTime();
        String refreshed = send(http, app.base, "api/scores/refresh", admin, "{}", 200);
        System.out.printf(
            "incremental refresh after ingestion: %.1f s (%s)%n",
            (System.nanoTime() - i0) / 1e9, refreshed);
      }
      load.after();
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  static String scoresQuery(Random random, List<String> agencies, String by) {
    int year = 2022 + random.nextInt(5);
    String period =
        switch (random.nextInt(3)) {
          case 0 -> String.valueOf(year);
          case 1 -> year + "-Q" + (1 + random.nextInt(4));
          default -> String.format("%d-%02d", year, 1 + random.nextInt(12));
        };
    return "api/scores?period="
        + period
        + "&agency="
        + agencies.get(random.nextInt(agencies.size()))
        + "&by="
        + by;
  }

  static List<String> agencies(HttpClient http, String base, String token) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(base).resolve("api/agencies"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(response.body());
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /** One INSERT … SELECT for the responses and one for their answers. */
  static void load(Connection c, int n) throws Exception {
    try (var s = c.createStatement()) {
      s.execute("select setseed(0.7)");
      s.execute(
          "insert into survey_response (id, survey_id, survey_version, official, channel,"
              + " agency_id, desk, procedure_code, officer_id, answered_on, answered_at,"
              + " received_at, desk_points, marks_unsatisfied)"
              + " select 100000000 + g, survey, 1, (g % 10) <> 0, 'KIOSK', ag.a[1 + (g % ag.n)],"
              + " 'Quầy ' || (1 + (g / 7) % 5), '1.00' || (g / 3) % 50, null,"
              + " (at at time zone 'Asia/Ho_Chi_Minh')::date, at, at,"
              + " case when survey = 'desk-evaluation' then floor(random() * 19)::int end, false"
              + " from (select g, case when g % 20 < 16 then 'kiosk' when g % 20 < 19 then"
              + " 'desk-evaluation' else 'sipas' end as survey, timestamptz '2022-01-01 00:00+07'"
              + " + (random() * 1826 * 86400) * interval '1 second' as at from generate_series(1, "
              + n
              + ") g) r, (select array_agg(id order by id) a, count(*)::int n from agency) ag");
      s.execute(
          "insert into survey_answer (response_id, question_id, answer_value)"
              + " select r.id, q.question, case r.survey_id when 'kiosk' then"
              + " (array[1,2,2,3,3])[1 + floor(random() * 5)::int] when 'desk-evaluation' then"
              + " (array[0,1,1,2,2,2])[1 + floor(random() * 6)::int] else"
              + " (array[1,2,3,4,4,5,5])[1 + floor(random() * 7)::int] end"
              + " from survey_response r cross join lateral unnest(case r.survey_id when 'kiosk'"
              + " then array['satisfaction'] when 'desk-evaluation' then array['total-time',"
              + " 'unit-time','contacts','agencies-contacted','desk-intake-return','publication',"
              + " 'attitude','feedback-handling','online-service'] else array['access-seating',"
              + " 'access-equipment','access-ease','procedure-published','procedure-documents',"
              + " 'procedure-fees','procedure-deadline','servants-courtesy','servants-listening',"
              + " 'servants-guidance','servants-compliance','results-compliant','results-accurate',"
              + " 'results-on-time','feedback-channels','feedback-handled','feedback-notified']"
              + " end) as q(question) where r.id > 100000000");
      s.execute("vacuum analyze survey_response, survey_answer");
    }
  }

  /** K kiosks send M signed responses in batches; checks each acknowledged entry is stored once. */
  static void ingest(
      HttpClient http,
      String base,
      String admin,
      String dbUrl,
      int kiosks,
      int batch,
      int total,
      String label)
      throws Exception {
    List<String[]> registered = new ArrayList<>();
    for (int k = 0; k < kiosks; k++) {
      String body =
          send(
              http,
              base,
              "api/kiosks",
              admin,
              "{\"agency\":\"SL-STP\",\"desk\":\"Bench " + label + " " + k + "\"}",
              201);
      Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(body);
      Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(body);
      code.find();
      secret.find();
      registered.add(new String[] {code.group(1), secret.group(1)});
    }
    int perKiosk = total / kiosks;
    var stored = new AtomicLong();
    var failures = new AtomicInteger();
    long[] latencies = new long[kiosks * ((perKiosk + batch - 1) / batch)];
    var slot = new AtomicInteger();
    var done = new CountDownLatch(kiosks);
    // answering times in the past, 15 s apart per kiosk (over the minimum interval of 10 s)
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(20);
    long t0 = System.nanoTime();
    for (String[] kiosk : registered) {
      new Thread(
              () -> {
                try {
                  for (int sent = 0; sent < perKiosk; sent += batch) {
                    StringBuilder entries = new StringBuilder("{\"entries\":[");
                    int size = Math.min(batch, perKiosk - sent);
                    for (int i = 0; i < size; i++) {
                      String payload =
                          "{\"clientId\":\""
                              + UUID.randomUUID()
                              + "\",\"answeredAt\":\""
                              + start.plusSeconds(15L * (sent + i))
                              + "\",\"survey\":\"kiosk\",\"version\":1,\"answers\":{\"satisfaction\":"
                              + (1 + (sent + i) % 3)
                              + "}}";
                      if (i > 0) {
                        entries.append(',');
                      }
                      entries
                          .append("{\"payload\":")
                          .append(jsonString(payload))
                          .append(",\"signature\":\"")
                          .append(KioskEntries.sign(kiosk[1], payload))
                          .append("\"}");
                    }
                    entries.append("]}");
                    long r0 = System.nanoTime();
                    var response =
                        http.send(
                            HttpRequest.newBuilder(
                                    URI.create(base)
                                        .resolve("api/kiosks/" + kiosk[0] + "/responses"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(entries.toString()))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    latencies[slot.getAndIncrement()] = System.nanoTime() - r0;
                    if (response.statusCode() != 200) {
                      failures.incrementAndGet();
                      continue;
                    }
                    Matcher m = Pattern.compile("\"STORED\"").matcher(response.body());
                    while (m.find()) {
                      stored.incrementAndGet();
                    }
                  }
                } catch (Exception e) {
                  failures.incrementAndGet();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] lat = Arrays.copyOf(latencies, slot.get());
    Arrays.sort(lat);
    long inDb;
    try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres");
        var s = c.createStatement();
        var rows =
            s.executeQuery(
                "select count(*), count(distinct (kiosk_id, client_id)) from survey_response r"
                    + " join kiosk k on k.id = r.kiosk_id where k.desk like 'Bench "
                    + label
                    + " %'")) {
      rows.next();
      inDb = rows.getLong(1);
      if (rows.getLong(2) != inDb) {
        throw new IllegalStateException("duplicates stored");
      }
    }
    System.out.printf(
        "ingestion (%s), %d kiosks, batches of %d: %,d responses in %.1f s = %,.0f responses/s;"
            + " request p50 %.1f ms, p99 %.1f ms; acknowledged %,d, stored %,d, failed requests %d%n",
        label,
        kiosks,
        batch,
        (long) perKiosk * kiosks,
        seconds,
        perKiosk * kiosks / seconds,
        lat.length == 0 ? 0 : lat[lat.length / 2] / 1e6,
        lat.length == 0 ? 0 : lat[(int) (lat.length * 0.99)] / 1e6,
        stored.get(),
        inDb,
        failures.get());
  }

  static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String send(
      HttpClient http, String base, String path, String token, String body, int expected)
      throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(base).resolve(path))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  static void timed(HttpClient http, List<URI> uris, String token, int concurrency, long[] lat)
      throws InterruptedException {
    var next = new AtomicInteger();
    var failures = new AtomicInteger();
    var done = new CountDownLatch(concurrency);
    for (int t = 0; t < concurrency; t++) {
      new Thread(
              () -> {
                try {
                  for (int i; (i = next.getAndIncrement()) < uris.size(); ) {
                    long t0 = System.nanoTime();
                    try {
                      var response =
                          http.send(
                              HttpRequest.newBuilder(uris.get(i))
                                  .header("Authorization", "Bearer " + token)
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                      }
                    } catch (Exception e) {
                      failures.incrementAndGet();
                    }
                    if (lat != null) {
                      lat[i] = System.nanoTime() - t0;
                    }
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    if (failures.get() > 0) {
      throw new IllegalStateException(failures + " scores requests failed");
    }
  }
}
