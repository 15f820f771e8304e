package vn.pakn.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.pakn.bench.BenchApp;

/**
 * A fault run, not a test: two nodes on one PostgreSQL behind HAProxy (the distribution's package,
 * {@code /usr/sbin/haproxy}), citizens filing through it, one node killed with {@code kill -9}.
 * Passes when no more filings failed than were in flight at the kill (one per client), every
 * acknowledged petition is stored, and every outbox mail was delivered under its own Message-ID
 * (the survivor sends the dead node's claimed mails once their claims expire). Ports: node A, node
 * B = A + 10, HAProxy = A + 20 (8114, 8124, 8134 by default). Run with {@code bash docs/faults.sh
 * TwoNodesFault}.
 */
public final class TwoNodesFault {

  public static void main(String[] args) throws Exception {
    int portA = args.length > 0 ? Integer.parseInt(args[0]) : 8114;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int portB = portA + 10;
    int portProxy = portA + 20;
    System.out.println("load average before: " + FaultRig.load());
    boolean passed;
    try (var rig = new FaultRig()) {
      BenchApp a = BenchApp.start(portA, rig.dbUrl, "fault-two-a.log", "", rig.mailOptions());
      BenchApp b = BenchApp.start(portB, rig.dbUrl, "fault-two-b.log", "", rig.mailOptions());
      Process proxy = haproxy(portProxy, portA, portB);
      try {
        String base = "http://127.0.0.1:" + portProxy + "/";
        FaultRig.await(
            Duration.ofSeconds(30),
            () -> {
              var o =
                  FaultRig.fileOne(
                      java.net.http.HttpClient.newHttpClient(),
                      java.net.URI.create(base + "api/petitions"),
                      vn.pakn.testing.PetitionJson.valid()
                          .toString()
                          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
              return o.status() == 201;
            });
        var outcomes = new ConcurrentLinkedQueue<FaultRig.Outcome>();
        var running = new AtomicBoolean(true);
        List<Thread> threads = FaultRig.file(base, clients, running, outcomes);
        FaultRig.sleep(Duration.ofSeconds(10));
        long killed = System.currentTimeMillis();
        a.kill();
        System.out.println("node A killed (SIGKILL) under " + clients + " concurrent filings");
        FaultRig.sleep(Duration.ofSeconds(15));
        running.set(false);
        for (Thread t : threads) {
          t.join();
        }
        long drained =
            FaultRig.await(
                Duration.ofMinutes(3),
                () -> {
                  try {
                    var byStatus = rig.outbox();
                    return byStatus.getOrDefault("QUEUED", 0L) == 0
                        && byStatus.getOrDefault("SENDING", 0L) == 0;
                  } catch (Exception e) {
                    return false;
                  }
                });
        Map<Integer, Integer> before = new TreeMap<>();
        Map<Integer, Integer> after = new TreeMap<>();
        List<String> acknowledged = new ArrayList<>();
        for (var o : outcomes) {
          (o.atMillis() < killed ? before : after).merge(o.status(), 1, Integer::sum);
          if (o.status() == 201) {
            acknowledged.add(o.code());
          }
        }
        int failedAfter =
            after.entrySet().stream()
                .filter(e -> e.getKey() != 201)
                .mapToInt(Map.Entry::getValue)
                .sum();
        long stored = rig.stored(acknowledged);
        var outbox = rig.outbox();
        List<String> ids = rig.outboxMessageIds();
        Map<String, Integer> delivered = rig.delivered();
        long undelivered = ids.stream().filter(id -> !delivered.containsKey(id)).count();
        long foreign = delivered.keySet().stream().filter(id -> !ids.contains(id)).count();
        long twice = delivered.values().stream().filter(n -> n > 1).count();
        System.out.println("statuses before the kill: " + before);
        System.out.println("statuses after the kill:  " + after);
        System.out.println("acknowledged " + acknowledged.size() + ", stored " + stored);
        System.out.println("outbox " + outbox + ", drained " + drained + " ms after the filing");
        System.out.println(
            "outbox mails never delivered: "
                + undelivered
                + "; deliveries with a Message-ID not in the outbox: "
                + foreign
                + "; Message-IDs delivered more than once (the same mail again): "
                + twice);
        passed =
            failedAfter <= clients
                && before.keySet().stream().allMatch(s -> s == 201)
                && stored == acknowledged.size()
                && drained >= 0
                && undelivered == 0
                && foreign == 0
                && outbox.getOrDefault("FAILED", 0L) == 0;
      } finally {
        proxy.destroy();
        proxy.waitFor(10, TimeUnit.SECONDS);
        b.close();
      }
    }
    System.out.println("load average after: " + FaultRig.load());
    System.out.println(passed ? "PASSED" : "FAILED");
    System.exit(passed ? 0 : 1);
  }

  /** HAProxy in the foreground: round robin, readiness checks every second, retries elsewhere. */
  private static Process haproxy(int port, int portA, int portB) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "fault"));
    Path config = dir.resolve("haproxy.cfg");
    Files.writeString(
        config,
        String.join(
            "\n",
            "global",
            "  maxconn 512",
            "defaults",
            "  mode http",
            "  timeout connect 2s",
            "  timeout client 60s",
            "  timeout server 60s",
            "  retries 3",
            "  option redispatch",
            "frontend pakn",
            "  bind 127.0.0.1:" + port,
            "  default_backend nodes",
            "backend nodes",
            "  balance roundrobin",
            "  option httpchk GET /health/ready",
            "  default-server inter 1s fall 2 rise 2",
            "  server a 127.0.0.1:" + portA + " check",
            "  server b 127.0.0.1:" + portB + " check",
            ""));
    return new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", config.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("haproxy.log").toFile())
        .start();
  }
}
