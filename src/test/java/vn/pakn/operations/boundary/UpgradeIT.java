package vn.pakn.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.URL;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.TestDatabase;

/**
 * The rolling upgrade of docs/ops/upgrade.md, as a test: two nodes of the release in production
 * ({@link PreviousRelease}, built from git) on one PostgreSQL behind HAProxy with the backend of
 * docs/ops/haproxy.cfg, upgraded one at a time to the jar just built (taken out of the proxy,
 * stopped, started on the new jar, put back) while clients file petitions and follow them through
 * the proxy without pause: no request fails. Between the two steps the previous release runs on the
 * schema the new one migrated (expand, then contract) and is used directly: it follows a petition
 * the new release filed, files one, lists it in an officer's inbox and searches. (Rolling a node
 * back is not tested: on a database with the demo data the previous release's Flyway refuses the
 * repeatable demo migration it does not know; see upgrade.md.)
 *
 * <p>Ports 8123 and 8133 (nodes) and 8143 (proxy); needs Debian's {@code haproxy}.
 */
class UpgradeIT {

  private static final Logger LOG = Logger.getLogger(UpgradeIT.class.getName());
  private static final int PORT_A = 8123;
  private static final int PORT_B = 8133;
  private static final int PORT_PROXY = 8143;

  private final Map<String, Process> nodes = new HashMap<>();
  private Process proxy;
  private Path socket;

  @AfterEach
  void stop() throws InterruptedException {
    for (Process node : nodes.values()) {
      stop(node);
    }
    stop(proxy);
  }

  @Test
  void a_rolling_upgrade_of_two_nodes_behind_haproxy_fails_no_request() throws Exception {
    String previous = PreviousRelease.jar().toString();
    String current = PreviousRelease.currentJar();
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
                    "upgrade-" + System.nanoTime())
                .toAbsolutePath());
    Api a = new Api(new URL("http://localhost:" + PORT_A + "/"));
    Api b = new Api(new URL("http://localhost:" + PORT_B + "/"));

    // 1. the release in production on both nodes, behind the proxy
    long started = System.nanoTime();
    nodes.put("a", start(previous, work.resolve("a-previous"), PORT_A, url, db));
    awaitReady("a", a);
    nodes.put("b", start(previous, work.resolve("b-previous"), PORT_B, url, db));
    awaitReady("b", b);
    startProxy(work);
    awaitInProxy("node-a", "UP");
    awaitInProxy("node-b", "UP");
    Clients clients = new Clients(URI.create("http://localhost:" + PORT_PROXY + "/"), 2);
    try {
      clients.start();
      awaitServed("both nodes on the previous release", clients);

      // 2. node A: out of the proxy, stopped, started on the new jar (which migrates), back in
      upgrade("a", a, current, work, url, db);
      awaitServed("node A on the new release, node B on the previous one", clients);

      // the previous release on the new schema, used directly
      Reply filedByNew = a.postJson("api/petitions", PetitionJson.valid().toString());
      assertThat(filedByNew.status()).as(filedByNew.body()).isEqualTo(201);
      Reply followed =
          b.get(
              "api/petitions/" + filedByNew.json().getString("trackingCode"),
              "X-Access-Key",
              filedByNew.json().getString("accessKey"));
      assertThat(followed.status()).as(followed.body()).isEqualTo(200);
      Reply filedByPrevious = b.postJson("api/petitions", PetitionJson.valid().toString());
      assertThat(filedByPrevious.status()).as(filedByPrevious.body()).isEqualTo(201);
      Reply token = b.postJson("api/tokens", "{\"username\":\"receiver\",\"password\":\"demo\"}");
      assertThat(token.status()).as(token.body()).isEqualTo(201);
      Reply inbox =
          b.get("api/inbox?size=100", "Authorization", "Bearer " + token.json().getString("token"));
      assertThat(inbox.status()).isEqualTo(200);
      assertThat(inbox.body()).contains(filedByPrevious.json().getString("trackingCode"));
      assertThat(b.get("api/answers?q=thu+tuc").status()).isEqualTo(200);

      // 3. node B: the same
      upgrade("b", b, current, work, url, db);
      awaitServed("both nodes on the new release", clients);
    } finally {
      clients.stop();
    }
    LOG.info(
        String.format(
            "rolling upgrade: %d requests through the proxy, %d failed, %.1f s in all",
            clients.requests.get(), clients.failures.size(), (System.nanoTime() - started) / 1e9));
    assertThat(clients.failures).as("requests that failed during the upgrade").isEmpty();
    assertThat(clients.requests.get()).isPositive();
  }

  /** One step of docs/ops/upgrade.md for one node. */
  private void upgrade(
      String node, Api api, String jar, Path work, String url, PGSimpleDataSource db)
      throws Exception {
    String server = "nodes/node-" + node;
    command("set server " + server + " state maint");
    Await.until(
        "node " + node + " to finish its requests",
        Duration.ofMinutes(1),
        () ->
            "MAINT".equals(field("node-" + node, "status"))
                && "0".equals(field("node-" + node, "scur")));
    stop(nodes.remove(node));
    nodes.put(
        node,
        start(
            jar,
            work.resolve(node + "-" + System.nanoTime()),
            node.equals("a") ? PORT_A : PORT_B,
            url,
            db));
    awaitReady(node, api);
    command("set server " + server + " state ready");
    awaitInProxy("node-" + node, "UP");
  }

  /** Waits until both nodes have answered requests of the clients since now. */
  private void awaitServed(String phase, Clients clients) {
    long a = Long.parseLong(field("node-a", "hrsp_2xx"));
    long b = Long.parseLong(field("node-b", "hrsp_2xx"));
    try {
      Await.until(
          "both nodes to serve the clients (" + phase + ")",
          Duration.ofMinutes(2),
          () ->
              Long.parseLong(field("node-a", "hrsp_2xx")) >= a + 10
                  && Long.parseLong(field("node-b", "hrsp_2xx")) >= b + 10);
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage()
              + "; node-a "
              + field("node-a", "status")
              + " "
              + field("node-a", "hrsp_2xx")
              + ", node-b "
              + field("node-b", "status")
              + " "
              + field("node-b", "hrsp_2xx")
              + "; failures: "
              + clients.failures.stream().limit(5).toList(),
          e);
    }
  }

  private Process start(String jar, Path dir, int port, String url, PGSimpleDataSource db)
      throws IOException {
    Files.createDirectories(dir);
    var builder =
        new ProcessBuilder(
                PreviousRelease.javaCommand(), "-jar", jar, "--port", String.valueOf(port))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
    var env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("PAKN_"));
    env.putAll(
        Map.of(
            "PAKN_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
            "PAKN_DB_URL", url,
            "PAKN_DB_USER", db.getUser(),
            "PAKN_DB_PASSWORD", db.getPassword(),
            "PAKN_DEMO", "true",
            "PAKN_OPERATIONS_ALLOWUNSAFECONFIGURATION", "true",
            "PAKN_PUBLIC_PERADDRESSPERHOUR", "1000000",
            "PAKN_PUBLIC_PERCONTACTPERDAY", "1000000",
            // the previous release has no proof of work: behind the proxy a challenge and its
            // filing may meet different releases (the challenge is tested in PublicFormsIT)
            "PAKN_PUBLIC_PROOFOFWORK", "false",
            "PAKN_SEARCH_DIRECTORY", dir.resolve("search").toString()));
    return builder.start();
  }

  private void awaitReady(String name, Api api) {
    Process node = nodes.get(name);
    Await.until(
        "node " + name + " to be ready",
        Duration.ofMinutes(4),
        () -> {
          assertThat(node.isAlive()).as("node " + name + " is running").isTrue();
          try {
            return api.get("health/ready").status() == 200;
          } catch (RuntimeException notYetListening) {
            return false;
          }
        });
  }

  /**
   * HAProxy with the defaults and the backend of docs/ops/haproxy.cfg (the servers on this
   * machine's ports), a plain-HTTP frontend and its runtime socket.
   */
  private void startProxy(Path work) throws IOException {
    String documented = Files.readString(Path.of("docs/ops/haproxy.cfg"), StandardCharsets.UTF_8);
    socket = work.resolve("haproxy.sock");
    String config =
        String.join(
            "\n",
            "global",
            "    maxconn 512",
            "    stats socket " + socket + " mode 600 level admin",
            section(documented, "defaults"),
            "frontend www",
            "    bind 127.0.0.1:" + PORT_PROXY,
            "    default_backend nodes",
            section(documented, "backend nodes")
                .replace("10.0.0.11:8080", "127.0.0.1:" + PORT_A)
                .replace("10.0.0.12:8080", "127.0.0.1:" + PORT_B),
            "");
    Path file = work.resolve("haproxy.cfg");
    Files.writeString(file, config, StandardCharsets.UTF_8);
    proxy =
        new ProcessBuilder(haproxy(), "-db", "-f", file.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("haproxy.log").toFile())
            .start();
    Await.until(
        "HAProxy's runtime socket",
        Duration.ofSeconds(30),
        () -> {
          assertThat(proxy.isAlive()).as("haproxy is running, see " + file).isTrue();
          return Files.exists(socket);
        });
  }

  private static String haproxy() {
    Path debian = Path.of("/usr/sbin/haproxy");
    return Files.isExecutable(debian) ? debian.toString() : "haproxy";
  }

  /** A section of an HAProxy configuration: its header line and its indented lines. */
  static String section(String config, String header) {
    var lines = new ArrayList<String>();
    boolean inside = false;
    for (String line : config.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
        inside = line.strip().equals(header);
      }
      if (inside && !line.strip().startsWith("log ")) {
        lines.add(line);
      }
    }
    assertThat(lines).as("section " + header + " of docs/ops/haproxy.cfg").isNotEmpty();
    return String.join("\n", lines);
  }

  private void awaitInProxy(String server, String status) {
    Await.until(
        server + " to be " + status + " in the proxy",
        Duration.ofMinutes(2),
        () -> field(server, "status").equals(status));
  }

  /** One figure of a server of the backend, from the runtime API's {@code show stat}. */
  private String field(String server, String name) {
    String[] lines = command("show stat").split("\n");
    List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
    int column = header.indexOf(name);
    for (String line : lines) {
      String[] values = line.split(",", -1);
      if (values.length > column && values[0].equals("nodes") && values[1].equals(server)) {
        return values[column];
      }
    }
    throw new AssertionError("no server " + server + " in " + String.join("\n", lines));
  }

  private String command(String command) {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
      var out = new java.io.ByteArrayOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      while (channel.read(buffer) >= 0) {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stop(Process process) throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /**
   * Citizens filing a petition and following it, again and again, each answer checked. HTTP/1.1 as
   * browsers speak it over plain HTTP: the JDK client's default h2c upgrade would turn a connection
   * through the proxy into a tunnel to one node.
   */
  private static final class Clients {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger requests = new AtomicInteger();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    Clients(URI base, int count) {
      this.base = base;
      for (int i = 0; i < count; i++) {
        threads.add(new Thread(this::fileAndFollow, "citizen-" + i));
      }
    }

    void start() {
      threads.forEach(Thread::start);
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread thread : threads) {
        thread.join(Duration.ofMinutes(1).toMillis());
      }
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
      requests.incrementAndGet();
      return new Reply(
          http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString()));
    }

    private void fileAndFollow() {
      while (running.get()) {
        try {
          Reply filed =
              send(
                  HttpRequest.newBuilder(base.resolve("api/petitions"))
                      .header("Content-Type", "application/json")
                      .POST(
                          BodyPublishers.ofString(
                              PetitionJson.valid().toString(), StandardCharsets.UTF_8)));
          if (filed.status() != 201) {
            failures.add("filing: " + filed);
            continue;
          }
          Reply followed =
              send(
                  HttpRequest.newBuilder(
                          base.resolve("api/petitions/" + filed.json().getString("trackingCode")))
                      .header("X-Access-Key", filed.json().getString("accessKey"))
                      .GET());
          if (followed.status() != 200) {
            failures.add("following: " + followed);
          }
        } catch (IOException | RuntimeException e) {
          failures.add("no answer: " + e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
