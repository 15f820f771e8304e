package vn.pakn.fault;

import java.time.Duration;
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
    boolean passed;
    try (var rig = new FaultRig()) {
      BenchApp app = rig.node(port, "fault-kill-1.log");
      var filing = FaultRig.file(app.base(), clients);
      FaultRig.sleep(Duration.ofSeconds(10));
      long killed = System.currentTimeMillis();
      app.kill();
      System.out.println("node killed (SIGKILL) under " + clients + " concurrent filings");
      FaultRig.sleep(Duration.ofSeconds(2));
      filing.stop();
      app = rig.node(port, "fault-kill-2.log");
      System.out.println(
          "node started again " + (System.currentTimeMillis() - killed) + " ms after the kill");
      try {
        long drained = rig.awaitOutboxDrained(Duration.ofMinutes(3));
        var filed = FaultRig.Tally.of(filing.outcomes);
        long stored = rig.stored(filed.acknowledged());
        var outbox = rig.outbox();
        var mail = rig.mailCheck();
        System.out.println("statuses (-1: not reached): " + filed.statuses());
        System.out.println("acknowledged " + filed.acknowledged().size() + ", stored " + stored);
        System.out.println("outbox " + outbox + ", drained " + drained + " ms after the restart");
        System.out.println(mail);
        passed =
            stored == filed.acknowledged().size()
                && filed.count(s -> s >= 500) == 0
                && drained >= 0
                && outbox.getOrDefault("FAILED", 0L) == 0
                && mail.undelivered() == 0
                && mail.foreign() == 0;
      } finally {
        app.close();
      }
    }
    FaultRig.finish(passed);
  }
}
