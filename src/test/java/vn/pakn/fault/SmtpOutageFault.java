package vn.pakn.fault;

import java.time.Duration;
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
    boolean passed;
    try (var rig = new FaultRig();
        BenchApp app = rig.node(port, "fault-smtp.log")) {
      rig.stopSmtp();
      System.out.println("SMTP server stopped");
      var filing = FaultRig.file(app.base(), clients);
      FaultRig.sleep(Duration.ofSeconds(Math.min(10, outageSeconds)));
      filing.stop();
      FaultRig.sleep(Duration.ofSeconds(Math.max(0, outageSeconds - 10)));
      var during = rig.outbox();
      rig.startSmtp();
      System.out.println(
          "SMTP server started again after " + outageSeconds + " s; outbox " + during);
      long drained = rig.awaitOutboxDrained(Duration.ofMinutes(3));
      var filed = FaultRig.Tally.of(filing.outcomes);
      long stored = rig.stored(filed.acknowledged());
      var outbox = rig.outbox();
      var mail = rig.mailCheck();
      System.out.println("statuses: " + filed.statuses());
      System.out.println("acknowledged " + filed.acknowledged().size() + ", stored " + stored);
      System.out.println("outbox " + outbox + ", drained " + drained + " ms after the SMTP start");
      System.out.println(mail);
      passed =
          filed.count(s -> s != 201) == 0
              && stored == filed.acknowledged().size()
              && drained >= 0
              && outbox.getOrDefault("FAILED", 0L) == 0
              && mail.eachOnce();
    }
    FaultRig.finish(passed);
  }
}
