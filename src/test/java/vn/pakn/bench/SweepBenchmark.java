package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import vn.pakn.deadlines.control.AlertClaims;

/**
 * The reminder sweep's SQL over N open stage clocks (default 1,000,000) on PostgreSQL: the schema
 * by the application's own migrations, the clocks loaded with one {@code INSERT … SELECT} (petition
 * foreign keys are not checked during the load: the sweep never reads petitions), then for each
 * scenario K clocks made due for an alert and the sweep run as the application runs it — batches
 * claimed with {@code FOR UPDATE SKIP LOCKED} and their levels recorded, each batch its own
 * transaction — from T threads at once, as T nodes would. Prints the time, the clocks claimed (must
 * be K: no clock twice) and a second, idle run. The alerts' mails are not part of this: each
 * crossing's mail is rendered and stored by the application in the batch's transaction.
 *
 * <p>Options: {@code --clocks N} (1000000), {@code --finished F} finished clocks besides (1000000),
 * {@code --crossing K,K…} (0,1000,10000,100000), {@code --batch B} (500), {@code --threads T} (2),
 * {@code --db-url jdbc:postgresql://…} (user and password postgres) instead of a server started
 * from jars.
 */
public final class SweepBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int clocks = Integer.parseInt(opt.getOrDefault("clocks", "1000000"));
    int finished = Integer.parseInt(opt.getOrDefault("finished", "1000000"));
    int batch = Integer.parseInt(opt.getOrDefault("batch", "500"));
    int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
    int[] crossings =
        Arrays.stream(opt.getOrDefault("crossing", "0,1000,10000,100000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    MachineLoad load = MachineLoad.before();

    EmbeddedPostgres pg = opt.containsKey("db-url") ? null : EmbeddedPostgres.builder().start();
    try {
      String url =
          pg == null
              ? opt.get("db-url")
              : "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      Flyway.configure()
          .dataSource(url, "postgres", "postgres")
          .locations("classpath:db/migration", "classpath:db/postgresql")
          .load()
          .migrate();
      long t0 = System.nanoTime();
      try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
          Statement s = c.createStatement()) {
        s.execute("set session_replication_role = replica");
        s.execute(
            "insert into stage_clock (id, petition_id, stage, agency_id, hop_position, policy_id,"
                + " working_days, started_at, half_at, eighty_at, last_day_at, due_at,"
                + " finished_at, alert_level, next_alert_at)"
                + " select g, g, 'ANSWER', 1 + g % 14, 1, 4, 10, now() - interval '3 days',"
                + " now() + (g % 5 + 1) * interval '1 day', now() + (g % 5 + 3) * interval '1 day',"
                + " now() + (g % 5 + 5) * interval '1 day', now() + (g % 5 + 6) * interval '1 day',"
                + " null, 0, now() + (g % 5 + 1) * interval '1 day'"
                + " from generate_series(1, "
                + clocks
                + ") g");
        if (finished > 0) {
          s.execute(
              "insert into stage_clock (id, petition_id, stage, agency_id, hop_position,"
                  + " policy_id, working_days, started_at, half_at, eighty_at, last_day_at,"
                  + " due_at, finished_at, alert_level, next_alert_at)"
                  + " select g, g, 'CLASSIFICATION', 1 + g % 14, 1, 2, 5,"
                  + " now() - interval '400 days', now() - interval '398 days',"
                  + " now() - interval '397 days', now() - interval '396 days',"
                  + " now() - interval '395 days', now() - interval '396 days', 0, null"
                  + " from generate_series("
                  + (clocks + 1)
                  + ", "
                  + (clocks + finished)
                  + ") g");
        }
        s.execute("vacuum analyze stage_clock");
      }
      System.out.printf(
          "loaded %,d open and %,d finished clocks in %.1f s%n",
          clocks, finished, (System.nanoTime() - t0) / 1e9);

      for (int k : crossings) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
            Statement s = c.createStatement()) {
          s.executeUpdate(
              "update stage_clock set alert_level = 0, half_at = now() - interval '1 hour',"
                  + " next_alert_at = now() - interval '1 hour'"
                  + " where id <= "
                  + k);
          s.execute("vacuum analyze stage_clock");
        }
        Instant now = Instant.now();
        long start = System.nanoTime();
        int claimed = sweep(url, now, batch, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        long idleStart = System.nanoTime();
        int again = sweep(url, now, batch, threads);
        double idle = (System.nanoTime() - idleStart) / 1e3 / 1e3;
        System.out.printf(
            "crossing %,9d: claimed %,9d in %6.2f s (%,.0f clocks/s), %d threads, batch %d;"
                + " idle re-run claimed %d in %.1f ms%n",
            k, claimed, seconds, claimed / Math.max(seconds, 1e-9), threads, batch, again, idle);
        if (claimed != k || again != 0) {
          throw new AssertionError("claimed " + claimed + " of " + k + ", then " + again);
        }
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
    load.after();
  }

  /** The sweep as T nodes run it: each claims batches until one comes back short. */
  static int sweep(String url, Instant now, int batch, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        runs.add(
            pool.submit(
                () -> {
                  int total = 0;
                  try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                    c.setAutoCommit(false);
                    while (true) {
                      int n = AlertClaims.claim(c, now, batch, true).size();
                      c.commit();
                      total += n;
                      if (n < batch) {
                        return total;
                      }
                    }
                  }
                }));
      }
      int total = 0;
      for (Future<Integer> run : runs) {
        total += run.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }
}
