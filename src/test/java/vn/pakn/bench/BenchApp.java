package vn.pakn.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The app under a benchmark: target/pakn-microbundle.jar on a given PostgreSQL, in its own JVM. */
public final class BenchApp implements AutoCloseable {

  private final Process process;
  final String base;

  private BenchApp(Process process, int port) {
    this.process = process;
    this.base = "http://localhost:" + port + "/";
  }

  /**
   * Starts the app and waits until it is ready.
   *
   * @param jvmOptions extra JVM options separated by spaces (e.g. a flight recording), may be empty
   * @param properties further {@code -D} options, e.g. {@code -Dpakn.demo=true}
   */
  public static BenchApp start(
      int port, String dbUrl, String log, String jvmOptions, String... properties)
      throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "bench"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : jvmOptions.split(" ")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.addAll(
        List.of(
            "-Dpakn.db.driver=org.postgresql.ds.PGSimpleDataSource",
            "-Dpakn.db.url=" + dbUrl,
            "-Dpakn.db.user=postgres",
            "-Dpakn.db.password=postgres",
            // a throw-away database: the production start-up check only warns
            "-Dpakn.operations.allowUnsafeConfiguration=true",
            // a benchmark files from one address with one phone number: no public quotas
            "-Dpakn.public.perAddressPerHour=1000000000",
            "-Dpakn.public.perContactPerDay=1000000000",
            // the proof of work is the client's cost, not the node's: it would measure the solver
            "-Dpakn.public.proofOfWork=false"));
    command.addAll(List.of(properties));
    command.addAll(
        List.of(
            "-jar",
            // -Dbench.jar=… runs another build, e.g. one kept from before a change
            new File(System.getProperty("bench.jar", "target/pakn-microbundle.jar"))
                .getAbsolutePath(),
            "--port",
            String.valueOf(port)));
    System.out.println("starting the app on " + dbUrl + " (log: target/bench/" + log + ")");
    var process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(log).toFile())
            .start();
    var app = new BenchApp(process, port);
    app.awaitReady(log);
    return app;
  }

  private void awaitReady(String log) {
    var http = HttpClient.newHttpClient();
    var ready = HttpRequest.newBuilder(URI.create(base).resolve("health/ready")).build();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app stopped: see target/bench/" + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // not listening yet
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IllegalStateException("the app was not ready within 3 minutes");
  }

  public String base() {
    return base;
  }

  /** {@code kill -9}: the JVM ends at once, with whatever it had in flight. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(60, TimeUnit.SECONDS);
  }
}
