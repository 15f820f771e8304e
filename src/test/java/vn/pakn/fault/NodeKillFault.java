package vn.pakn.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.pakn.bench.BenchApp;

/**
 * A fault run, not a test: the node is killed with {@code kill -9} under concurrent filing (each
 * filing enqueues an acknowledgement mail) and started again. Passes when every acknowledged
 * petition is stored, no filing got a 5xx, every mail of the outbox was delivered, and every
 * delivery carries the Message-ID of its outbox mail (a mail sent again after the crash keeps its
 * Message-ID, so mail systems can drop the copy). Run with {@code bash docs/faults.sh} or {@code
 * ./mvnw -q exec:java -Dexec.mainClass=vn.pakn.fault.NodeKillFault -Dexec.args="8114 24"} after
 * {@code ./mvnw -q package -DskipTests}.
 */
public final class NodeKillFault {

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8114;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 24;
    System.out.println("load average before: " + FaultRig.load());
    boolean passed;
    try (var rig = new FaultRig()) {
      var outcomes = new ConcurrentLinkedQueue<FaultRig.Outcome>();
      var running = new AtomicBoolean(true);
      BenchApp app = BenchApp.start(port, rig.dbUrl, "fault-kill-1.log", "", rig.mailOptions());
      List<Thread> threads = FaultRig.file(app.base(), clients, running, outcomes);
      FaultRig.sleep(Duration.ofSeconds(10));
      long killed = System.currentTimeMillis();
      app.kill();
      System.out.println("node killed (SIGKILL) under " + clients + " concurrent filings");
      FaultRig.sleep(Duration.ofSeconds(2));
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
      app = BenchApp.start(port, rig.dbUrl, "fault-kill-2.log", "", rig.mailOptions());
      long restarted = System.currentTimeMillis();
      System.out.println("node started again " + (restarted - killed) + " ms after the kill");
      try {
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

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> acknowledged = new ArrayList<>();
        for (var o : outcomes) {
          statuses.merge(o.status(), 1, Integer::sum);
          if (o.status() == 201) {
            acknowledged.add(o.code());
          }
        }
        long stored = rig.stored(acknowledged);
        var outbox = rig.outbox();
        List<String> ids = rig.outboxMessageIds();
        Map<String, Integer> delivered = rig.delivered();
        long undelivered = ids.stream().filter(id -> !delivered.containsKey(id)).count();
        long foreign = delivered.keySet().stream().filter(id -> !ids.contains(id)).count();
        long twice = delivered.values().stream().filter(n -> n > 1).count();
        int serverErrors =
            statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue)
                .sum();
        System.out.println("statuses (-1: not reached): " + statuses);
        System.out.println("acknowledged " + acknowledged.size() + ", stored " + stored);
        System.out.println("outbox " + outbox + ", drained " + drained + " ms after the restart");
        System.out.println(
            "delivered "
                + delivered.values().stream().mapToInt(Integer::intValue).sum()
                + " messages with "
                + delivered.size()
                + " Message-IDs; outbox mails never delivered: "
                + undelivered
                + "; deliveries with a Message-ID not in the outbox: "
                + foreign
                + "; Message-IDs delivered more than once (the same mail again): "
                + twice);
        passed =
            stored == acknowledged.size()
                && serverErrors == 0
                && drained >= 0
                && outbox.getOrDefault("FAILED", 0L) == 0
                && undelivered == 0
                && foreign == 0;
      } finally {
        app.close();
      }
    }
    System.out.println("load average after: " + FaultRig.load());
    System.out.println(passed ? "PASSED" : "FAILED");
    System.exit(passed ? 0 : 1);
  }
}
