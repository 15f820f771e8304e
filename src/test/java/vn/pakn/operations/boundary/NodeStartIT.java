package vn.pakn.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The runnable jar as a province starts it: on PostgreSQL with an unsafe configuration it refuses
 * to start and says why; behind the TLS proxy (post-boot file of docs/ops) it takes the scheme from
 * {@code X-Forwarded-Proto}, so the session cookie is {@code Secure}; and a petition full of
 * personal data leaves none of it in the log.
 */
class NodeStartIT {

  /** A sender's personal data (domain brief §5), each of which must never reach the log. */
  static final List<String> PERSONAL =
      List.of(
          "Lò Thị Minh Nguyệt",
          "Bản Hụm, xã Mường Bú",
          "0916 555 432",
          "nguyet.lo@example.vn",
          "079304001234",
          "29B1-456.78");

  private Process app;
  private Path log;

  @AfterEach
  void stop() throws InterruptedException {
    if (app != null && app.isAlive()) {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  @Test
  void an_unsafe_production_configuration_is_refused_with_the_reason() throws Exception {
    var db = (PGSimpleDataSource) TestDatabase.dataSource();
    int port = freePort();
    app =
        start(
            port,
            Map.of(
                "PAKN_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
                "PAKN_DB_URL", db.getURL(),
                "PAKN_DB_USER", db.getUser(),
                "PAKN_DB_PASSWORD", "postgres",
                "PAKN_DEMO", "true",
                "PAKN_PUBLICBASEURL", "http://localhost:8080/"),
            List.of());
    Await.until(
        "the refusal in the log",
        Duration.ofMinutes(3),
        () -> read().contains("PAKN refuses to start"));
    String text = read();
    assertThat(text)
        .contains("pakn.db.password (PAKN_DB_PASSWORD)")
        .contains("pakn.demo (PAKN_DEMO)")
        .contains("pakn.publicBaseUrl (PAKN_PUBLICBASEURL)")
        .doesNotContain("database schema at version");
    Api api = new Api(new URL("http://localhost:" + port + "/"));
    Await.until(
        "the node to stop or to answer without the application",
        Duration.ofMinutes(2),
        () -> {
          if (!app.isAlive()) {
            return true;
          }
          try {
            return api.get("api/fields").status() != 200;
          } catch (RuntimeException notYetListening) {
            return false;
          }
        });
  }

  @Test
  void behind_the_proxy_cookies_are_secure_and_personal_data_never_reaches_the_log()
      throws Exception {
    int port = freePort();
    Path postBoot = Path.of("docs/ops/payara-post-boot.asadmin").toAbsolutePath();
    app = start(port, Map.of(), List.of("--postbootcommandfile", postBoot.toString()));
    Api api = new Api(new URL("http://localhost:" + port + "/"));
    Await.until(
        "the app to be ready",
        Duration.ofMinutes(3),
        () -> {
          assertThat(app.isAlive()).as("the app process is running").isTrue();
          try {
            return api.get("health/ready").status() == 200;
          } catch (RuntimeException notYetListening) {
            return false;
          }
        });

    String signIn = "{\"username\":\"admin\",\"password\":\"demo\"}";
    Reply direct = api.postJson("api/session", signIn);
    assertThat(direct.status()).isIn(200, 201);
    assertThat(direct.header("Set-Cookie")).doesNotContainIgnoringCase("secure");
    Reply proxied = api.postJson("api/session", signIn, "X-Forwarded-Proto", "https");
    assertThat(proxied.status()).isIn(200, 201);
    assertThat(proxied.header("Set-Cookie")).containsIgnoringCase("secure");

    var petition =
        PetitionJson.edit(
            PetitionJson.valid(),
            b ->
                b.add(
                        "sender",
                        jakarta.json.Json.createObjectBuilder()
                            .add("type", "PERSON")
                            .add("name", PERSONAL.get(0))
                            .add("address", PERSONAL.get(1))
                            .add("phone", PERSONAL.get(2))
                            .add("email", PERSONAL.get(3)))
                    .add(
                        "content",
                        "Tôi là "
                            + PERSONAL.get(0)
                            + ", CCCD "
                            + PERSONAL.get(4)
                            + ", xe biển số "
                            + PERSONAL.get(5)
                            + ", hồ sơ cấp giấy phép lái xe quá hạn mà chưa có kết quả."));
    Reply filed = api.postJson("api/petitions", petition.toString(), api.proofOfWork());
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    // a refused one too: its problem names the fields, never their values
    Reply refused =
        api.postJson(
            "api/petitions",
            PetitionJson.edit(petition, b -> b.add("kind", "NO-SUCH-KIND")).toString());
    assertThat(refused.status()).isBetween(400, 499);
    Await.until(
        "the request log line of the petition",
        Duration.ofSeconds(30),
        () -> read().contains("\"path\":\"/api/petitions\""));

    String text = read();
    assertThat(text).as("the log is this node's").contains("\"status\":201");
    for (String personal : PERSONAL) {
      assertThat(text).as("the log holds " + personal).doesNotContain(personal);
    }
  }

  private String read() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private Process start(int port, Map<String, String> env, List<String> options)
      throws IOException {
    Path workDir =
        Files.createDirectories(
            Path.of(
                System.getProperty("pakn.buildDirectory", "target"), "node-" + System.nanoTime()));
    log = workDir.resolve("app.log");
    var command = new java.util.ArrayList<String>();
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            new File(System.getProperty("pakn.microbundle", "target/pakn-microbundle.jar"))
                .getAbsolutePath(),
            "--port",
            String.valueOf(port)));
    command.addAll(options);
    var builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("PAKN_"));
    builder.environment().putAll(env);
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
