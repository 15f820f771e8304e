package vn.pakn.fault;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.pakn.bench.BenchApp;
import vn.pakn.testing.PetitionJson;

/**
 * What the mail fault runs share: a fresh PostgreSQL from jars, a real SMTP server (GreenMail) that
 * can be stopped and started on its port, nodes of the built app on both, clients filing petitions
 * with an email (each one enqueues an acknowledgement mail) and the checks on what was stored and
 * delivered. Creating a rig prints the machine's load; {@link #finish} prints it again with the
 * verdict and ends the run.
 */
final class FaultRig implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([^\"]+)\"");

  record Outcome(long atMillis, int status, String code) {}

  /** One message the SMTP server received. */
  record Delivery(String messageId, String to, String subject) {}

  final EmbeddedPostgres pg;
  final String dbUrl;
  final int smtpPort;
  private GreenMail smtp;

  /** What the SMTP server received before it was stopped. */
  private final List<Delivery> earlier = new ArrayList<>();

  FaultRig() throws IOException {
    System.out.println("load average before: " + load());
    pg = EmbeddedPostgres.builder().start();
    dbUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
    smtpPort = freePort();
    startSmtp();
  }

  /**
   * A node of the built app on this rig's database and SMTP server, ready: quick mail polls and
   * retries, short claims (so a dead node's mails are taken over quickly), and any further options.
   */
  BenchApp node(int port, String log, String... options) throws Exception {
    String[] mail = {
      "-Dpakn.mail.smtp.host=127.0.0.1",
      "-Dpakn.mail.smtp.port=" + smtpPort,
      "-Dpakn.mail.smtp.connectTimeout=PT2S",
      "-Dpakn.mail.messageIdDomain=fault.pakn",
      "-Dpakn.mail.pollInterval=PT1S",
      "-Dpakn.mail.claimDuration=PT10S",
      "-Dpakn.mail.retry.firstDelay=PT2S",
      "-Dpakn.mail.retry.maxDelay=PT5S"
    };
    return BenchApp.start(
        port,
        dbUrl,
        log,
        "",
        Stream.concat(Stream.of(mail), Stream.of(options)).toArray(String[]::new));
  }

  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  void stopSmtp() throws MessagingException {
    earlier.addAll(received(smtp));
    smtp.stop();
    smtp = null;
  }

  /** Every message received, over every start of the SMTP server. */
  List<Delivery> deliveries() throws MessagingException {
    var all = new ArrayList<>(earlier);
    if (smtp != null) {
      all.addAll(received(smtp));
    }
    return all;
  }

  private static List<Delivery> received(GreenMail server) throws MessagingException {
    var received = new ArrayList<Delivery>();
    for (var message : server.getReceivedMessages()) {
      var to = message.getRecipients(Message.RecipientType.TO);
      received.add(
          new Delivery(
              bare(message.getMessageID()),
              to == null || to.length == 0 ? null : ((InternetAddress) to[0]).getAddress(),
              message.getSubject()));
    }
    return received;
  }

  /**
   * Deliveries against the outbox: what was never delivered, delivered twice or came from
   * elsewhere.
   */
  record MailCheck(int outboxMails, int deliveries, long undelivered, long foreign, long twice) {

    boolean eachOnce() {
      return undelivered == 0 && foreign == 0 && twice == 0;
    }

    @Override
    public String toString() {
      return outboxMails
          + " outbox mails, "
          + deliveries
          + " deliveries; outbox mails never delivered: "
          + undelivered
          + "; deliveries with a Message-ID not in the outbox: "
          + foreign
          + "; Message-IDs delivered more than once (the same mail again): "
          + twice;
    }
  }

  MailCheck mailCheck() throws Exception {
    var ids = new HashSet<>(outboxMessageIds());
    var delivered = new HashMap<String, Integer>();
    var all = deliveries();
    for (var d : all) {
      delivered.merge(d.messageId(), 1, Integer::sum);
    }
    return new MailCheck(
        ids.size(),
        all.size(),
        ids.stream().filter(id -> !delivered.containsKey(id)).count(),
        delivered.keySet().stream().filter(id -> !ids.contains(id)).count(),
        delivered.values().stream().filter(n -> n > 1).count());
  }

  /** Outbox mails by status. */
  Map<String, Long> outbox() throws Exception {
    var counts = new HashMap<String, Long>();
    try (var c = DriverManager.getConnection(dbUrl, "postgres", "postgres");
        var rows =
            c.createStatement()
                .executeQuery("select status, count(*) from mail_outbox group by status")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  /** Waits until no outbox mail is QUEUED or SENDING; the milliseconds it took, -1 if never. */
  long awaitOutboxDrained(Duration limit) {
    return await(
        limit,
        () -> {
          try {
            var byStatus = outbox();
            return byStatus.getOrDefault("QUEUED", 0L) == 0
                && byStatus.getOrDefault("SENDING", 0L) == 0;
          } catch (Exception e) {
            return false;
          }
        });
  }

  List<String> outboxMessageIds() throws Exception {
    var ids = new ArrayList<String>();
    try (var c = DriverManager.getConnection(dbUrl, "postgres", "postgres");
        var rows = c.createStatement().executeQuery("select message_id from mail_outbox")) {
      while (rows.next()) {
        ids.add(bare(rows.getString(1)));
      }
    }
    return ids;
  }

  /** The first column of the first row of a query. */
  Object query(String sql, Object... parameters) throws Exception {
    try (var c = DriverManager.getConnection(dbUrl, "postgres", "postgres");
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getObject(1);
      }
    }
  }

  long stored(List<String> codes) throws Exception {
    try (var c = DriverManager.getConnection(dbUrl, "postgres", "postgres");
        var s = c.prepareStatement("select count(*) from petition where tracking_code = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", codes.toArray()));
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Clients filing without pause through one address until stopped, each outcome recorded. */
  static final class Filing {
    final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    private Filing(String base, int clients) {
      var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI petitions = URI.create(base).resolve("api/petitions");
      byte[] body = PetitionJson.valid().toString().getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < clients; i++) {
        var thread =
            new Thread(
                () -> {
                  while (running.get()) {
                    outcomes.add(fileOne(http, petitions, body));
                  }
                });
        thread.start();
        threads.add(thread);
      }
    }

    /** Stops the clients and waits for their last requests. */
    void stop() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
    }
  }

  static Filing file(String base, int clients) {
    return new Filing(base, clients);
  }

  /** Waits until one filing through {@code base} is accepted. */
  static long awaitFiling(String base) {
    var http = HttpClient.newHttpClient();
    URI petitions = URI.create(base).resolve("api/petitions");
    byte[] body = PetitionJson.valid().toString().getBytes(StandardCharsets.UTF_8);
    return await(Duration.ofSeconds(30), () -> fileOne(http, petitions, body).status() == 201);
  }

  /** One filing: its status and tracking code, status -1 when the node could not be reached. */
  static Outcome fileOne(HttpClient http, URI petitions, byte[] body) {
    var request =
        HttpRequest.newBuilder(petitions)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      var code = CODE.matcher(response.body());
      return new Outcome(
          System.currentTimeMillis(), response.statusCode(), code.find() ? code.group(1) : null);
    } catch (IOException e) {
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // the node is away
      return new Outcome(System.currentTimeMillis(), -1, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(System.currentTimeMillis(), -1, null);
    }
  }

  /**
   * Filing outcomes counted: status (-1: no node reached) → filings, and the codes acknowledged.
   */
  record Tally(Map<Integer, Integer> statuses, List<String> acknowledged) {

    static Tally of(Collection<Outcome> outcomes, Predicate<Outcome> which) {
      var statuses = new TreeMap<Integer, Integer>();
      var acknowledged = new ArrayList<String>();
      for (var o : outcomes) {
        if (which.test(o)) {
          statuses.merge(o.status(), 1, Integer::sum);
          if (o.status() == 201) {
            acknowledged.add(o.code());
          }
        }
      }
      return new Tally(statuses, acknowledged);
    }

    static Tally of(Collection<Outcome> outcomes) {
      return of(outcomes, o -> true);
    }

    int count(IntPredicate status) {
      return statuses.entrySet().stream()
          .filter(e -> status.test(e.getKey()))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }
  }

  /** Waits for the condition; the milliseconds it took, or -1 when it did not come in time. */
  static long await(Duration limit, BooleanSupplier condition) {
    long start = System.currentTimeMillis();
    long deadline = start + limit.toMillis();
    while (System.currentTimeMillis() < deadline) {
      if (condition.getAsBoolean()) {
        return System.currentTimeMillis() - start;
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
    return -1;
  }

  static void sleep(Duration d) {
    LockSupport.parkNanos(d.toNanos());
  }

  /** Deletes a folder and everything in it; nothing happens when it does not exist. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String bare(String messageId) {
    return messageId == null ? null : messageId.replaceAll("^<|>$", "");
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The machine's load average, for the record of a run. */
  static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Prints the load and the verdict and ends the run: exit status 0 when it passed. */
  static void finish(boolean passed) {
    System.out.println("load average after: " + load());
    System.out.println(passed ? "PASSED" : "FAILED");
    System.exit(passed ? 0 : 1);
  }

  @Override
  public void close() throws IOException {
    if (smtp != null) {
      smtp.stop();
    }
    pg.close();
  }
}
