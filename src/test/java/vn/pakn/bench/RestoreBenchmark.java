package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import vn.pakn.testing.Postgres15;

/**
 * Restore time at a province's scale (issue 23): a PostgreSQL 15 database migrated to this
 * release's schema with the demo province and {@code --petitions} (1,000,000) petitions generated
 * in SQL (with their agency hop and received event), dumped with {@code pg_dump -Fc}, restored with
 * {@code pg_restore} into a fresh database (one job, then {@code --jobs}), every table's row count
 * compared.
 *
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:copy@copy-payara-micro
 * flock /tmp/pakn-heavy.lock ./mvnw -B -o -q exec:java -Dexec.mainClass=vn.pakn.bench.RestoreBenchmark \
 *   -Dbench.allowUnderLoad=true -Dexec.args="--petitions 1000000 --jobs 2"
 * </pre>
 */
public final class RestoreBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int petitions = Integer.parseInt(opt.getOrDefault("petitions", "1000000"));
    String jobs = opt.getOrDefault("jobs", "2");
    if (!Postgres15.available()) {
      throw new IllegalStateException(
          Postgres15.binaries()
              + " (./mvnw dependency:copy@copy-payara-micro) or Debian postgresql-client-15 missing");
    }
    Path work = Files.createDirectories(Path.of("target", "restore-bench-" + System.nanoTime()));
    MachineLoad load = MachineLoad.before();
    try (EmbeddedPostgres pg = Postgres15.start(work)) {
      String base = "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/";
      try (Connection c = pg.getPostgresDatabase().getConnection();
          var s = c.createStatement()) {
        s.execute("create database pakn");
        s.execute("create database restored");
        s.execute("create database restored_parallel");
      }
      Flyway.configure(RestoreBenchmark.class.getClassLoader())
          .dataSource(pg.getDatabase("postgres", "pakn"))
          .locations("classpath:db/migration", "classpath:db/postgresql", "classpath:db/demo")
          .load()
          .migrate();
      long t0 = System.nanoTime();
      try (Connection c = pg.getDatabase("postgres", "pakn").getConnection();
          var s = c.createStatement()) {
        InboxBenchmark.load(c, petitions);
        s.execute(
            "insert into petition_event (id, petition_id, occurred_at, type, from_status,"
                + " to_status, actor, public_event, note)"
                + " select id, id, received_at, 'RECEIVED', null, 'RECEIVED', null, true, null"
                + " from petition where id >= 10000000");
        s.execute("vacuum (analyze) petition_event");
      }
      System.out.printf(
          "generated %,d petitions in %.1f s%n", petitions, (System.nanoTime() - t0) / 1e9);
      Map<String, Long> source = counts(pg, "pakn");
      System.out.printf(
          "database size: %s; rows: petition %,d, petition_event %,d, petition_hop %,d%n",
          size(pg, "pakn"),
          source.get("petition"),
          source.get("petition_event"),
          source.get("petition_hop"));

      Path dump = work.resolve("pakn.dump");
      double dumpSeconds =
          run(
              Postgres15.CLIENT_TOOLS.resolve("pg_dump"),
              "-Fc",
              "-f",
              dump.toString(),
              "-d",
              base + "pakn");
      System.out.printf("pg_dump -Fc: %.1f s, %,d bytes%n", dumpSeconds, Files.size(dump));

      double restoreSeconds =
          run(
              Postgres15.CLIENT_TOOLS.resolve("pg_restore"),
              "--no-owner",
              "--exit-on-error",
              "-d",
              base + "restored",
              dump.toString());
      System.out.printf("pg_restore (1 job): %.1f s%n", restoreSeconds);
      double parallelSeconds =
          run(
              Postgres15.CLIENT_TOOLS.resolve("pg_restore"),
              "--no-owner",
              "--exit-on-error",
              "--jobs",
              jobs,
              "-d",
              base + "restored_parallel",
              dump.toString());
      System.out.printf("pg_restore (%s jobs): %.1f s%n", jobs, parallelSeconds);

      var differences = new ArrayList<String>();
      for (String database : List.of("restored", "restored_parallel")) {
        Map<String, Long> restored = counts(pg, database);
        if (!restored.equals(source)) {
          differences.add(database + ": " + restored + " ≠ " + source);
        }
      }
      System.out.printf(
          "tables compared: %d, row counts differing: %d %s%n",
          source.size(), differences.size(), differences);
    }
    load.after();
  }

  private static double run(Path tool, String... arguments) throws Exception {
    var command = new ArrayList<String>();
    command.add(tool.toString());
    command.addAll(List.of(arguments));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(tool + " failed: " + out);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String size(EmbeddedPostgres pg, String database) throws Exception {
    try (Connection c = pg.getDatabase("postgres", database).getConnection();
        var s = c.createStatement();
        var r = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
      r.next();
      return r.getString(1);
    }
  }

  /** Row count per table of the public schema. */
  private static Map<String, Long> counts(EmbeddedPostgres pg, String database) throws Exception {
    var result = new TreeMap<String, Long>();
    try (Connection c = pg.getDatabase("postgres", database).getConnection()) {
      var tables = new ArrayList<String>();
      try (var s = c.createStatement();
          var r =
              s.executeQuery(
                  "select table_name from information_schema.tables where table_schema = 'public'"
                      + " and table_type = 'BASE TABLE' order by table_name")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (var s = c.createStatement();
            var r = s.executeQuery("select count(*) from \"" + table + "\"")) {
          r.next();
          result.put(table, r.getLong(1));
        }
      }
    }
    return result;
  }
}
