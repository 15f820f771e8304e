package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.Api;
import vn.pakn.testing.Await;
import vn.pakn.testing.PetitionJson;

/**
 * The README's server form, {@code java -jar target/pakn-microbundle.jar --port N}, with no
 * configuration at all: it must start on the embedded H2 file database under {@code ./data} of its
 * working directory, with demo data, and keep what it stored across a restart.
 */
class MicrobundleSmokeIT {

  private Process app;

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
  void runsWithNoConfigurationOnH2AndKeepsPetitionsAcrossARestart() throws Exception {
    Path workDir =
        Files.createDirectories(
            Path.of(
                System.getProperty("pakn.buildDirectory", "target"), "smoke-" + System.nanoTime()));
    int port = freePort();
    Api api = new Api(new URL("http://localhost:" + port + "/"));

    app = start(workDir, port);
    awaitReady(api);
    assertThat(api.get("api/fields").body()).contains("TPHT");
    JsonObject receipt =
        api.postJson("api/petitions", PetitionJson.valid().toString(), api.proofOfWork()).json();
    assertThat(Files.isDirectory(workDir.resolve("data"))).isTrue();

    app.destroy();
    assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app stops on SIGTERM").isTrue();

    app = start(workDir, port);
    awaitReady(api);
    var followed =
        api.get(
            "api/petitions/" + receipt.getString("trackingCode"),
            "X-Access-Key",
            receipt.getString("accessKey"));
    assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
    assertThat(followed.json().getString("status")).isEqualTo("RECEIVED");
  }

  private static Process start(Path workDir, int port) throws IOException {
    var command =
        new ProcessBuilder(
                javaExecutable(),
                "-jar",
                new File(System.getProperty("pakn.microbundle", "target/pakn-microbundle.jar"))
                    .getAbsolutePath(),
                "--port",
                String.valueOf(port))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("app.log").toFile()));
    command.environment().keySet().removeIf(name -> name.startsWith("PAKN_"));
    return command.start();
  }

  private void awaitReady(Api api) {
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
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
