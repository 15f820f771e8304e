package vn.pakn.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Part;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Postgres15;

/**
 * The restore drill of docs/ops/backup.md, as a test: a node fills a PostgreSQL database (the demo
 * province, plus petitions with attachments), the database is dumped with {@code pg_dump -Fc},
 * restored with {@code pg_restore} into a fresh database, and every table compared row by row (0
 * differences); then a node started on the restored database rebuilds its search index from it and
 * serves the same petitions, timelines, attachments and published answers. A restored schema with a
 * migration this release does not know is refused with the reason.
 *
 * <p>pg_dump must be of the server's major version: the drill runs its own PostgreSQL 15 (zonky
 * binaries copied by the build) with Debian's PostgreSQL 15 client tools ({@code
 * postgresql-client-15}, installed by .ci/run).
 */
class RestoreDrillIT {

  private static final Logger LOG = Logger.getLogger(RestoreDrillIT.class.getName());

  private final List<Process> nodes = new ArrayList<>();
  private EmbeddedPostgres postgres;

  @AfterEach
  void stop() throws Exception {
    for (Process node : nodes) {
      stop(node);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void a_dump_restored_into_a_fresh_database_holds_everything_and_a_node_serves_it()
      throws Exception {
    Path tools = clientTools();
    Path work =
        Files.createDirectories(
            Path.of(
                System.getProperty("pakn.buildDirectory", "target"), "drill-" + System.nanoTime()));
    postgres = startPostgres15(work);
    execute("create database pakn");
    execute("create database restored");
    execute("create database future");

    // 1. fill: the demo province, and petitions with attachments, their mails and clocks
    int portA = freePort();
    Process a = node(work.resolve("a"), portA, "pakn");
    Api apiA = new Api(new URL("http://localhost:" + portA + "/"));
    awaitReady(a, apiA);
    var receipts = new ArrayList<JsonObject>();
    for (int i = 0; i < 3; i++) {
      Reply filed =
          apiA.postMultipart(
              "api/petitions",
              List.of(
                  Part.json("petition", PetitionJson.valid().toString()),
                  Part.file(
                      "giấy tờ " + i + ".pdf",
                      "application/pdf",
                      ("%PDF-1.4\n% drill " + i + "\ntrailer <<>>\n%%EOF\n")
                          .getBytes(StandardCharsets.US_ASCII))),
              apiA.proofOfWork());
      assertThat(filed.status()).as(filed.body()).isEqualTo(201);
      receipts.add(filed.json());
    }
    long published = count("pakn", "select count(*) from public_answer where published = true");
    assertThat(published).as("the demo data has published answers").isPositive();
    stop(a);

    // 2. dump and restore
    Path dump = work.resolve("pakn.dump");
    long dumpStarted = System.nanoTime();
    run(tools.resolve("pg_dump"), "-Fc", "-f", dump.toString(), "-d", url("pakn"));
    double dumpSeconds = (System.nanoTime() - dumpStarted) / 1e9;
    long restoreStarted = System.nanoTime();
    run(
        tools.resolve("pg_restore"),
        "--no-owner",
        "--exit-on-error",
        "-d",
        url("restored"),
        dump.toString());
    double restoreSeconds = (System.nanoTime() - restoreStarted) / 1e9;

    // 3. compare every table, row by row
    Map<String, String> source = fingerprints("pakn");
    assertThat(source)
        .containsKeys(
            "petition",
            "petition_event",
            "petition_attachment",
            "mail_outbox",
            "survey_response",
            "public_answer",
            "publication_change",
            "flyway_schema_history");
    assertThat(differences(source, fingerprints("restored"))).isEmpty();

    // 4. a node on the restored database, with an empty search directory
    int portB = freePort();
    Process b = node(work.resolve("b"), portB, "restored");
    Api apiB = new Api(new URL("http://localhost:" + portB + "/"));
    long nodeStarted = System.nanoTime();
    awaitReady(b, apiB);
    Await.until(
        "the restored node's index to hold every published answer",
        Duration.ofMinutes(3),
        () -> {
          // 503 while the index is being built
          Reply answers = apiB.get("api/answers?size=1");
          return answers.status() == 200
              && answers.json().getJsonNumber("total").longValue() == published;
        });
    double readySeconds = (System.nanoTime() - nodeStarted) / 1e9;
    for (JsonObject receipt : receipts) {
      String code = receipt.getString("trackingCode");
      Reply followed =
          apiB.get("api/petitions/" + code, "X-Access-Key", receipt.getString("accessKey"));
      assertThat(followed.status()).as(code).isEqualTo(200);
      assertThat(followed.json().getJsonArray("timeline")).isNotEmpty();
    }
    // the business records are as they were (roll-ups and clocks are the node's own work)
    var after = fingerprints("restored");
    for (String table :
        List.of(
            "petition",
            "petition_event",
            "petition_attachment",
            "public_answer",
            "publication_change",
            "survey_response",
            "survey_answer",
            "agency",
            "field")) {
      assertThat(after.get(table)).as(table).isEqualTo(source.get(table));
    }
    LOG.info(
        String.format(
            "restore drill: %d tables, %d petitions, %d published answers; pg_dump %.2f s,"
                + " pg_restore %.2f s, node ready with its index rebuilt %.1f s, dump %d bytes",
            source.size(),
            count("pakn", "select count(*) from petition"),
            published,
            dumpSeconds,
            restoreSeconds,
            readySeconds,
            Files.size(dump)));

    // 5. a dump taken while a migration had failed (a broken upgrade) is refused with the version;
    //    a dump of the next release is accepted by design (expand, then contract:
    // docs/ops/upgrade.md)
    run(
        tools.resolve("pg_restore"),
        "--no-owner",
        "--exit-on-error",
        "-d",
        url("future"),
        dump.toString());
    execute("future", "update flyway_schema_history set success = false where version = '9'");
    FlywayException refused = null;
    try {
      Flyway.configure(getClass().getClassLoader())
          .dataSource(postgres.getDatabase("postgres", "future"))
          .locations("classpath:db/migration", "classpath:db/postgresql", "classpath:db/demo")
          .load()
          .migrate();
    } catch (FlywayException e) {
      refused = e;
    }
    assertThat(refused).as("a schema with a failed migration is refused").isNotNull();
    assertThat(refused.getMessage()).contains("9");
  }

  // --- PostgreSQL 15 and its tools --------------------------------------------------------------

  private static Path clientTools() {
    assumeTrue(
        Postgres15.available(),
        Postgres15.binaries()
            + " (copied by the build) or the PostgreSQL 15 client tools (Debian"
            + " postgresql-client-15) missing");
    return Postgres15.CLIENT_TOOLS;
  }

  private static EmbeddedPostgres startPostgres15(Path work) throws IOException {
    return Postgres15.start(work);
  }

  private String url(String database) {
    return "postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/" + database;
  }

  private static void run(Path tool, String... arguments) throws Exception {
    var command = new ArrayList<String>();
    command.add(tool.toString());
    command.addAll(List.of(arguments));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(tool + " finishes").isTrue();
    assertThat(p.exitValue()).as(tool + ": " + out).isZero();
  }

  private void execute(String sql) throws SQLException {
    execute("postgres", sql);
  }

  private void execute(String database, String sql) throws SQLException {
    try (Connection c = postgres.getDatabase("postgres", database).getConnection();
        var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String database, String sql) throws SQLException {
    try (Connection c = postgres.getDatabase("postgres", database).getConnection();
        var s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Per table of the public schema: row count and an md5 over its rows in a fixed order. */
  private Map<String, String> fingerprints(String database) throws SQLException {
    DataSource ds = postgres.getDatabase("postgres", database);
    var result = new TreeMap<String, String>();
    try (Connection c = ds.getConnection()) {
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
            var r =
                s.executeQuery(
                    "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' order by"
                        + " md5(t::text))), '-') from \""
                        + table
                        + "\" t")) {
          r.next();
          result.put(table, r.getString(1));
        }
      }
    }
    return result;
  }

  private static List<String> differences(Map<String, String> a, Map<String, String> b) {
    var out = new ArrayList<String>();
    for (String table : a.keySet()) {
      if (!a.get(table).equals(b.get(table))) {
        out.add(table + ": " + a.get(table) + " ≠ " + b.get(table));
      }
    }
    b.keySet().stream().filter(t -> !a.containsKey(t)).forEach(t -> out.add(t + ": only restored"));
    return out;
  }

  // --- nodes ------------------------------------------------------------------------------------

  private Process node(Path dir, int port, String database) throws IOException {
    Files.createDirectories(dir);
    var builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                new File(System.getProperty("pakn.microbundle", "target/pakn-microbundle.jar"))
                    .getAbsolutePath(),
                "--port",
                String.valueOf(port))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
    var env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("PAKN_"));
    env.putAll(
        Map.of(
            "PAKN_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
            "PAKN_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database,
            "PAKN_DB_USER", "postgres",
            "PAKN_DB_PASSWORD", "postgres",
            "PAKN_DEMO", "true",
            "PAKN_OPERATIONS_ALLOWUNSAFECONFIGURATION", "true",
            "PAKN_SEARCH_DIRECTORY", dir.resolve("search").toString(),
            // no job of its own changes the data between the dump and the comparison
            "PAKN_DEADLINES_SWEEP_PERIOD", "PT0S"));
    Process p = builder.start();
    nodes.add(p);
    return p;
  }

  private static void awaitReady(Process node, Api api) {
    Await.until(
        "the node to be ready",
        Duration.ofMinutes(4),
        () -> {
          assertThat(node.isAlive()).as("the node is running").isTrue();
          try {
            return api.get("health/ready").status() == 200;
          } catch (RuntimeException notYetListening) {
            return false;
          }
        });
  }

  private static void stop(Process node) throws InterruptedException {
    if (node.isAlive()) {
      node.destroy();
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
