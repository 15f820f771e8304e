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
 * A fault run, not a test: the SMTP server is stopped while citizens file (each filing enqueues an
 * acknowledgement mail) and started again on the same port after the outage. Passes when every
 * filing was acknowledged and stored (mail is not on the filing's path), nothing went FAILED, and
 * every outbox mail was delivered exactly once once the server was back. Run with {@code bash
 * docs/faults.sh} or {@code ./mvnw -q exec:java -Dexec.mainClass=vn.pakn.fault.SmtpOutageFault
 * -Dexec.args="8114 8 30"} (port, clients, outage seconds).
 */
public final class SmtpOutageFault {

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8114;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int outageSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    System.out.println("load average before: " + FaultRig.load());
    boolean passed;
    try (var rig = new FaultRig();
        BenchApp app = BenchApp.start(port, rig.dbUrl, "fault-smtp.log", "", rig.mailOptions())) {
      var outcomes = new ConcurrentLinkedQueue<FaultRig.Outcome>();
      var running = new AtomicBoolean(true);
      rig.stopSmtp();
      System.out.println("SMTP server stopped");
      List<Thread> threads = FaultRig.file(app.base(), clients, running, outcomes);
      FaultRig.sleep(Duration.ofSeconds(Math.min(10, outageSeconds)));
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
      FaultRig.sleep(Duration.ofSeconds(Math.max(0, outageSeconds - 10)));
      var during = rig.outbox();
      rig.startSmtp();
      System.out.println(
          "SMTP server started again after " + outageSeconds + " s; outbox " + during);
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
      long exactlyOnce = ids.stream().filter(id -> delivered.getOrDefault(id, 0) == 1).count();
      System.out.println("statuses: " + statuses);
      System.out.println("acknowledged " + acknowledged.size() + ", stored " + stored);
      System.out.println("outbox " + outbox + ", drained " + drained + " ms after the SMTP start");
      System.out.println(
          "outbox mails "
              + ids.size()
              + ", delivered exactly once "
              + exactlyOnce
              + ", deliveries "
              + delivered.values().stream().mapToInt(Integer::intValue).sum());
      passed =
          statuses.keySet().stream().allMatch(s -> s == 201)
              && stored == acknowledged.size()
              && drained >= 0
              && outbox.getOrDefault("FAILED", 0L) == 0
              && exactlyOnce == ids.size()
              && delivered.size() == ids.size();
    }
    System.out.println("load average after: " + FaultRig.load());
    System.out.println(passed ? "PASSED" : "FAILED");
    System.exit(passed ? 0 : 1);
  }
}
