package vn.pakn.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import vn.pakn.bench.BenchApp;
import vn.pakn.bench.InboxBenchmark;

/**
 * A fault run, not a test: two nodes on one PostgreSQL behind HAProxy (the distribution's package,
 * {@code /usr/sbin/haproxy}), citizens filing through it, both nodes running the deadline sweep (as
 * the administrator, {@code POST /api/clocks/sweep?at=}, in batches of 50) at an instant when the
 * petitions' classification clocks have used half their time, and node A killed with {@code kill
 * -9} once the first reminders are committed, while both sweep. The survivor then sweeps again, and
 * twice at once past every due (escalations). Passes when no more filings failed than were in
 * flight at the kill (one per client), every acknowledged petition is stored, every outbox mail was
 * delivered under its own Message-ID (the survivor sends the dead node's claimed mails once their
 * claims expire) — and, as the SMTP server saw it, every clock past half got its reminder and every
 * overdue clock its escalation, none twice (by recipient, kind and petition, and by Message-ID).
 * Ports: node A, node B = A + 10, HAProxy = A + 20 (8114, 8124, 8134 by default). Run with {@code
 * bash docs/faults.sh TwoNodesFault}.
 */
public final class TwoNodesFault {

  private static final Pattern ALERTS = Pattern.compile("\"alerts\":(\\d+)");
  private static final String REMINDER = nfc("Sắp đến hạn");
  private static final String OVERDUE = nfc("Quá hạn");

  public static void main(String[] args) throws Exception {
    int portA = args.length > 0 ? Integer.parseInt(args[0]) : 8114;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int portB = portA + 10;
    int portProxy = portA + 20;
    boolean passed;
    try (var rig = new FaultRig()) {
      BenchApp a = rig.node(portA, "fault-two-a.log", options("a"));
      BenchApp b = rig.node(portB, "fault-two-b.log", options("b"));
      Process proxy = haproxy(portProxy, portA, portB);
      try {
        String base = "http://127.0.0.1:" + portProxy + "/";
        FaultRig.awaitFiling(base);
        var sweepA = new Sweeper(a.base());
        var sweepB = new Sweeper(b.base());
        var filing = FaultRig.file(base, clients);
        FaultRig.sleep(Duration.ofSeconds(10));

        // half of the working time of every clock so far, and before any due
        Instant reminderAt =
            Instant.ofEpochMilli(
                Math.min(millis(rig, "max(half_at)"), millis(rig, "min(due_at)") - 1000));
        sweepA.start(reminderAt);
        sweepB.start(reminderAt);
        // a few batches committed, by either node: node A is in the middle of its sweep
        long sweeping = FaultRig.await(Duration.ofSeconds(60), () -> reminders(rig) >= 200);
        long killed = System.currentTimeMillis();
        a.kill();
        long remindersAtKill = reminders(rig);
        System.out.println(
            "node A killed (SIGKILL) under "
                + clients
                + " concurrent filings and both nodes sweeping as of "
                + reminderAt
                + ", "
                + sweeping
                + " ms after the sweeps began, "
                + remindersAtKill
                + " reminders committed");
        FaultRig.sleep(Duration.ofSeconds(15));
        filing.stop();
        sweepA.stop();
        sweepB.stop();
        int sweptByB = sweepB.alerts;

        // the survivor sweeps once more as of the same instant, then twice at once past every due
        int catchUp = sweepB.once(reminderAt);
        Instant overdueAt = Instant.ofEpochMilli(millis(rig, "max(due_at)")).plusSeconds(3600);
        int[] escalations = sweepB.twiceAtOnce(overdueAt);
        int idle = sweepB.once(overdueAt);
        System.out.println(
            "sweep alerts as of "
                + reminderAt
                + ": node A "
                + sweepA.alerts
                + " answered before the kill, node B "
                + sweptByB
                + " answered during the run and "
                + catchUp
                + " after it; as of "
                + overdueAt
                + ": "
                + escalations[0]
                + " + "
                + escalations[1]
                + " from two sweeps at once, then "
                + idle);
        System.out.println(
            "sweep statuses: node A " + sweepA.statuses + ", node B " + sweepB.statuses);

        long drained = rig.awaitOutboxDrained(Duration.ofMinutes(5));
        var before = FaultRig.Tally.of(filing.outcomes, o -> o.atMillis() < killed);
        var after = FaultRig.Tally.of(filing.outcomes, o -> o.atMillis() >= killed);
        var acknowledged = new ArrayList<>(before.acknowledged());
        acknowledged.addAll(after.acknowledged());
        long stored = rig.stored(acknowledged);
        var outbox = rig.outbox();
        var mail = rig.mailCheck();
        System.out.println("statuses before the kill: " + before.statuses());
        System.out.println("statuses after the kill:  " + after.statuses());
        System.out.println("acknowledged " + acknowledged.size() + ", stored " + stored);
        System.out.println("outbox " + outbox + ", drained " + drained + " ms after the sweeps");
        System.out.println(mail);

        long pastHalf =
            (Long)
                rig.query(
                    "select count(*) from stage_clock where finished_at is null and half_at <= ?",
                    java.sql.Timestamp.from(reminderAt));
        long overdue = (Long) rig.query("select count(*) from stage_clock where alert_level = 4");
        long notOverdue =
            (Long)
                rig.query(
                    "select count(*) from stage_clock where finished_at is null and alert_level < 4");
        var deadlineMails = DeadlineMails.of(rig);
        System.out.println(
            "clocks past half as of "
                + reminderAt
                + ": "
                + pastHalf
                + ", petitions reminded at SMTP: "
                + deadlineMails.petitions(REMINDER)
                + " ("
                + deadlineMails.count(REMINDER)
                + " reminders); clocks overdue: "
                + overdue
                + " (open and not overdue: "
                + notOverdue
                + "), petitions escalated at SMTP: "
                + deadlineMails.petitions(OVERDUE)
                + " ("
                + deadlineMails.count(OVERDUE)
                + " escalations); the same recipient, kind and petition twice: "
                + deadlineMails.sameTwice
                + "; a deadline mail's Message-ID twice: "
                + deadlineMails.idTwice);
        System.out.println(
            "reminder alerts committed by node A before the kill (clocks past half less node B's"
                + " answered alerts): "
                + (pastHalf - sweptByB - catchUp));
        passed =
            after.count(s -> s != 201) <= clients
                && before.count(s -> s != 201) == 0
                && stored == acknowledged.size()
                && drained >= 0
                && mail.undelivered() == 0
                && mail.foreign() == 0
                && outbox.getOrDefault("FAILED", 0L) == 0
                && remindersAtKill > 0
                && idle == 0
                && sweepB.statuses.keySet().stream().allMatch(s -> s == 200)
                && deadlineMails.count(REMINDER) > 0
                && deadlineMails.petitions(REMINDER) == pastHalf
                && deadlineMails.petitions(OVERDUE) == overdue
                && notOverdue == 0
                && deadlineMails.sameTwice == 0
                && deadlineMails.idTwice == 0;
      } finally {
        proxy.destroy();
        proxy.waitFor(10, TimeUnit.SECONDS);
        b.close();
      }
    }
    FaultRig.finish(passed);
  }

  /** Each node its own search index (a copy of the database), the demo accounts, small batches. */
  private static String[] options(String node) {
    return new String[] {
      "-Dpakn.demo=true",
      "-Dpakn.search.directory="
          + Path.of("target", "fault", "search-two-" + node + "-" + System.nanoTime())
              .toAbsolutePath(),
      "-Dpakn.deadlines.sweep.batchSize=50"
    };
  }

  private static long millis(FaultRig rig, String aggregate) throws Exception {
    return ((Number)
            rig.query(
                "select (extract(epoch from "
                    + aggregate
                    + ") * 1000)::bigint from stage_clock where finished_at is null"))
        .longValue();
  }

  private static long reminders(FaultRig rig) {
    try {
      return (Long)
          rig.query("select count(*) from mail_outbox where template = 'deadline-reminder'");
    } catch (Exception e) {
      return 0;
    }
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The deadline mails the SMTP server received, told apart by their subjects ("Sắp đến hạn
   * {stage}: … {code} …", "Quá hạn {stage}: … {code} …").
   */
  private record DeadlineMails(
      Map<String, Set<String>> petitionsByKind,
      Map<String, Integer> countByKind,
      long sameTwice,
      long idTwice) {

    static DeadlineMails of(FaultRig rig) throws Exception {
      Set<String> codes = new HashSet<>();
      try (var c = java.sql.DriverManager.getConnection(rig.dbUrl, "postgres", "postgres");
          var rows = c.createStatement().executeQuery("select tracking_code from petition")) {
        while (rows.next()) {
          codes.add(rows.getString(1));
        }
      }
      Map<String, Set<String>> petitions = new HashMap<>();
      Map<String, Integer> counts = new HashMap<>();
      Map<String, Integer> byKey = new HashMap<>();
      Map<String, Integer> byId = new HashMap<>();
      for (var d : rig.deliveries()) {
        String subject = nfc(d.subject());
        String kind =
            subject.startsWith(REMINDER) ? REMINDER : subject.startsWith(OVERDUE) ? OVERDUE : null;
        if (kind == null) {
          continue;
        }
        String code = null;
        for (String word : subject.split("\\s+")) {
          if (codes.contains(word)) {
            code = word;
          }
        }
        String stage = subject.substring(0, Math.max(0, subject.indexOf(':')));
        petitions.computeIfAbsent(kind, k -> new HashSet<>()).add(code);
        counts.merge(kind, 1, Integer::sum);
        byKey.merge(d.to() + " | " + stage + " | " + code, 1, Integer::sum);
        byId.merge(d.messageId(), 1, Integer::sum);
      }
      return new DeadlineMails(
          petitions,
          counts,
          byKey.values().stream().filter(n -> n > 1).count(),
          byId.values().stream().filter(n -> n > 1).count());
    }

    int petitions(String kind) {
      return petitionsByKind.getOrDefault(kind, Set.of()).size();
    }

    int count(String kind) {
      return countByKind.getOrDefault(kind, 0);
    }
  }

  /** The administrator sweeping one node, once or in a loop until stopped. */
  private static final class Sweeper {
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String node;
    private final String token;
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;
    final Map<Integer, Integer> statuses = new TreeMap<>();
    int alerts;

    Sweeper(String node) throws Exception {
      this.node = node;
      token = InboxBenchmark.token(http, node, "admin");
    }

    /** Sweeps as of {@code at} again and again, half a second apart, until stopped. */
    void start(Instant at) {
      running.set(true);
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  once(at);
                  FaultRig.sleep(Duration.ofMillis(500));
                }
              });
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }

    /** One sweep: the alerts it fired, 0 when it failed (its status is recorded). */
    int once(Instant at) {
      int status;
      int fired = 0;
      try {
        var reply =
            http.send(
                HttpRequest.newBuilder(URI.create(node).resolve("api/clocks/sweep?at=" + at))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        status = reply.statusCode();
        var m = ALERTS.matcher(reply.body());
        if (status == 200 && m.find()) {
          fired = Integer.parseInt(m.group(1));
        }
      } catch (java.io.IOException e) {
        status = -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        status = -1;
      }
      synchronized (this) {
        statuses.merge(status, 1, Integer::sum);
        alerts += fired;
      }
      return fired;
    }

    /** Two sweeps as of {@code at} released at the same moment; the alerts of each. */
    int[] twiceAtOnce(Instant at) throws InterruptedException {
      var go = new CountDownLatch(1);
      int[] fired = new int[2];
      List<Thread> both = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        int which = i;
        var t =
            new Thread(
                () -> {
                  try {
                    go.await();
                    fired[which] = once(at);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
        t.start();
        both.add(t);
      }
      go.countDown();
      for (Thread t : both) {
        t.join();
      }
      return fired;
    }
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
