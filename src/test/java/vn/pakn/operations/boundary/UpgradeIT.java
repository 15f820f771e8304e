package vn.pakn.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.TestDatabase;

/**
 * Expand, then contract (docs/ops/upgrade.md): during a rolling upgrade the previous release runs
 * on the schema the new one migrated. This test migrates a fresh database with the jar just built,
 * then starts the previous release's jar on it and uses it: a petition is filed and followed, the
 * inbox and the search answer. The previous jar is named by {@code -Dpakn.previousJar=...} (or
 * {@code PAKN_PREVIOUS_JAR}); build it from the last release tag (see upgrade.md). Without it the
 * test is skipped.
 */
class UpgradeIT {

  private Process node;

  @AfterEach
  void stop() throws InterruptedException {
    stopNode();
  }

  @Test
  void the_previous_release_works_on_the_new_schema() throws Exception {
    String previous =
        System.getProperty(
            "pakn.previousJar", System.getenv().getOrDefault("PAKN_PREVIOUS_JAR", ""));
    assumeTrue(
        !previous.isBlank() && Files.isRegularFile(Path.of(previous)), "no previous release jar");
    var db = (PGSimpleDataSource) TestDatabase.dataSource();
    String database = "upgrade_" + System.nanoTime();
    try (Connection c = db.getConnection();
        var s = c.createStatement()) {
      s.execute("create database " + database);
    }
    String url = db.getURL().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
    Path work =
        Files.createDirectories(
            Path.of(
                System.getProperty("pakn.buildDirectory", "target"),
                "upgrade-" + System.nanoTime()));

    // the new release migrates the schema
    String current =
        new File(System.getProperty("pakn.microbundle", "target/pakn-microbundle.jar"))
            .getAbsolutePath();
    int port = freePort();
    Api api = new Api(new URL("http://localhost:" + port + "/"));
    node = start(current, work.resolve("new"), port, url, db);
    awaitReady(api);
    Reply filedByNew =
        api.postJson("api/petitions", PetitionJson.valid().toString(), api.proofOfWork());
    assertThat(filedByNew.status()).isEqualTo(201);
    stopNode();

    // the previous release on the new schema
    node = start(previous, work.resolve("previous"), port, url, db);
    awaitReady(api);
    Reply followed =
        api.get(
            "api/petitions/" + filedByNew.json().getString("trackingCode"),
            "X-Access-Key",
            filedByNew.json().getString("accessKey"));
    assertThat(followed.status()).isEqualTo(200);
    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString(), api.proofOfWork());
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    Reply token = api.postJson("api/tokens", "{\"username\":\"receiver\",\"password\":\"demo\"}");
    assertThat(token.status()).isEqualTo(201);
    Reply inbox =
        api.get("api/inbox", "Authorization", "Bearer " + token.json().getString("token"));
    assertThat(inbox.status()).isEqualTo(200);
    assertThat(inbox.body()).contains(filed.json().getString("trackingCode"));
    assertThat(api.get("api/answers?q=thu+tuc").status()).isEqualTo(200);
  }

  private static Process start(String jar, Path dir, int port, String url, PGSimpleDataSource db)
      throws IOException {
    Files.createDirectories(dir);
    var builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar,
                "--port",
                String.valueOf(port))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
    var env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("PAKN_"));
    env.putAll(
        Map.of(
            "PAKN_DB_DRIVER",
            "org.postgresql.ds.PGSimpleDataSource",
            "PAKN_DB_URL",
            url,
            "PAKN_DB_USER",
            db.getUser(),
            "PAKN_DB_PASSWORD",
            db.getPassword(),
            "PAKN_DEMO",
            "true",
            "PAKN_OPERATIONS_ALLOWUNSAFECONFIGURATION",
            "true",
            "PAKN_SEARCH_DIRECTORY",
            dir.resolve("search").toString()));
    return builder.start();
  }

  private void awaitReady(Api api) {
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

  private void stopNode() throws InterruptedException {
    if (node != null && node.isAlive()) {
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
