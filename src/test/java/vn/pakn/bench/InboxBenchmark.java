package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Officers' inbox at scale: loads N petitions (default 1,000,000) spread over the demo province's
 * agencies, statuses, fields and three years into PostgreSQL with one SQL statement, then asks the
 * running app for filtered, sorted inbox pages from C concurrent clients as the demo leader of the
 * provincial office, and prints p50/p99 per kind of query. Not a test: run it by hand (README.md).
 *
 * <p>Options: {@code --petitions N} (1000000), {@code --requests R} per query kind (400), {@code
 * --concurrency C,C…} (1,8), {@code --port P} (8766), {@code --db-url jdbc:postgresql://…} to use
 * an existing, empty database (user and password postgres) instead of one started from jars.
 */
public final class InboxBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int petitions = Integer.parseInt(opt.getOrDefault("petitions", "1000000"));
    int requests = Integer.parseInt(opt.getOrDefault("requests", "400"));
    int[] concurrencies =
        Arrays.stream(opt.getOrDefault("concurrency", "1,8").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int port = Integer.parseInt(opt.getOrDefault("port", "8766"));
    MachineLoad load = MachineLoad.before();

    EmbeddedPostgres pg = opt.containsKey("db-url") ? null : EmbeddedPostgres.builder().start();
    try {
      String dbUrl =
          pg == null
              ? opt.get("db-url")
              : "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      try (BenchApp app = BenchApp.start(port, dbUrl, "inbox-app.log", "", "-Dpakn.demo=true")) {
        String base = app.base;
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
          load(c, petitions);
        }
        System.out.printf(
            "loaded %d petitions in %.1f s%n", petitions, (System.nanoTime() - t0) / 1e9);

        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = token(http, base, "leader");
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("default (open, held now, newest first)", "api/inbox");
        queries.put("state=ALL (held now, newest first)", "api/inbox?state=ALL");
        queries.put(
            "status=IN_PROGRESS,EXTENDED sort=due asc",
            "api/inbox?status=IN_PROGRESS,EXTENDED&sort=DUE&dir=asc");
        queries.put("overdue sort=due", "api/inbox?overdue=true&sort=DUE&dir=asc");
        queries.put("field=TNMT kind=CONDUCT", "api/inbox?field=TNMT&kind=CONDUCT");
        queries.put("page 50 of 20 (the last page counted)", "api/inbox?page=50&state=ALL");
        queries.put(
            "history (ever held) status=ANSWERED", "api/inbox?history=true&status=ANSWERED");
        // issue 12: search by code, phone, name without diacritics, and common title words
        queries.put("search: a tracking code", "api/inbox?state=ALL&q=PAKN-BENCH-765432");
        queries.put("search: a phone number", "api/inbox?state=ALL&q=0900765432");
        queries.put("search: a name without diacritics", "api/inbox?state=ALL&q=nguoi+gui+765432");
        queries.put("search: two common title words", "api/inbox?state=ALL&q=phi+sai");
        for (int concurrency : concurrencies) {
          System.out.printf(
              "%-42s %8s %8s %8s%n",
              "query (" + concurrency + " clients)", "p50 ms", "p99 ms", "total");
          for (var q : queries.entrySet()) {
            run(
                http,
                URI.create(base).resolve(q.getValue()),
                token,
                requests / 4,
                concurrency,
                null);
            long[] lat = new long[requests];
            String total =
                run(
                    http,
                    URI.create(base).resolve(q.getValue()),
                    token,
                    requests,
                    concurrency,
                    lat);
            Arrays.sort(lat);
            System.out.printf(
                "%-42s %8.1f %8.1f %8s%n",
                q.getKey(), lat[requests / 2] / 1e6, lat[(int) (requests * 0.99)] / 1e6, total);
          }
        }
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
    load.after();
  }

  /** One INSERT … SELECT over generate_series: agencies, statuses, fields and dates spread out. */
  static void load(Connection c, int n) throws Exception {
    try (var s = c.createStatement()) {
      s.execute("select setseed(0.42)");
      // three years of petitions; those of the last 30 days are still being handled, older ones
      // are finished (answered, closed, published or not accepted)
      s.execute(
          "insert into petition (id, version, tracking_code, access_key_hash, status, kind, channel,"
              + " field_code, title, content, sender_type, sender_name, sender_address, sender_phone,"
              + " publish_name, language, received_at, status_changed_at, agency_id, due_at,"
              + " extension_requested)"
              + " select 10000000 + g, 1, 'PAKN-BENCH-' || g, md5(g::text) || md5(g::text),"
              + " case when age < 30 then (array['RECEIVED','ACCEPTED','ASSIGNED','IN_PROGRESS',"
              + "'EXTENDED','ANSWER_DRAFTED','APPROVED','TRANSFERRED'])[1 + floor(random() * 8)::int]"
              + " else (array['ANSWERED','CLOSED','CLOSED','PUBLISHED','REJECTED'])"
              + "[1 + floor(random() * 5)::int] end,"
              + " (array['CONDUCT','REGULATION_CONTENT','PROPOSAL'])[1 + floor(random() * 3)::int],"
              + " 'WEB',"
              + " (array['GTVT','CT','XD','KHDT','TNMT','TPHT','LDTBXH','NNPTNT','VHTT','NV','GDDT',"
              + "'BHXH','THUE','CA'])[1 + floor(random() * 14)::int],"
              + " (array['Chậm trả kết quả','Thu phí sai quy định','Thủ tục rườm rà',"
              + "'Cán bộ gây khó khăn','Đề xuất đơn giản hóa'])[1 + (g % 5)]"
              + " || ' – phản ánh số ' || g, 'Nội dung phản ánh ' || g,"
              + " 'PERSON', 'Người gửi ' || g, 'Sơn La',"
              + " '09' || lpad((g % 100000000)::text, 8, '0'), false, 'vi',"
              + " now() - (age || ' days')::interval - ((g % 86400) || ' seconds')::interval,"
              + " now() - (age || ' days')::interval,"
              + " (array[2,2,2,3,4,5,6,7,8,9,10,11,12,13])[1 + floor(random() * 14)::int],"
              + " now() - (age || ' days')::interval + interval '14 days', false"
              + " from (select g, (g % 1095) as age from generate_series(1, "
              + n
              + ") g) s");
      s.execute(
          "insert into petition_hop (id, petition_id, position, agency_id, since)"
              + " select id, id, 1, agency_id, received_at from petition where id >= 10000000");
      // settle the table as a long-running database would be: visibility map and statistics
      // fresh, so autovacuum does not start in the middle of the measurement
      s.execute("vacuum (analyze) petition, petition_hop");
    }
  }

  static String run(
      HttpClient http, URI uri, String token, int n, int concurrency, long[] latencies)
      throws InterruptedException {
    var next = new AtomicInteger();
    var done = new CountDownLatch(concurrency);
    var total = new String[1];
    var failures = new AtomicInteger();
    Pattern totalField = Pattern.compile("\"total\":(\\d+)");
    for (int t = 0; t < concurrency; t++) {
      new Thread(
              () -> {
                try {
                  for (int i; (i = next.getAndIncrement()) < n; ) {
                    var request =
                        HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .build();
                    long t0 = System.nanoTime();
                    try {
                      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                      if (latencies != null) {
                        latencies[i] = System.nanoTime() - t0;
                      }
                      var m = totalField.matcher(response.body());
                      if (response.statusCode() != 200 || !m.find()) {
                        failures.incrementAndGet();
                      } else {
                        total[0] = m.group(1);
                      }
                    } catch (Exception e) {
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
    if (failures.get() > 0) {
      throw new IllegalStateException(failures + " requests failed for " + uri);
    }
    return total[0];
  }

  /** A bearer token of a demo account (password "demo"); {@code base} ends with "/". */
  public static String token(HttpClient http, String base, String user) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(base).resolve("api/tokens"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
    if (!m.find()) {
      throw new IllegalStateException("no token: " + response.body());
    }
    return m.group(1);
  }
}
