package vn.pakn.fault;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import vn.pakn.testing.PetitionJson;

/**
 * What the mail fault runs share: a fresh PostgreSQL from jars, a real SMTP server (GreenMail) that
 * can be stopped and started on its port, clients filing petitions with an email (each one enqueues
 * an acknowledgement mail) and the checks on what was stored and delivered.
 */
final class FaultRig implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([^\"]+)\"");

  record Outcome(long atMillis, int status, String code) {}

  final EmbeddedPostgres pg;
  final String dbUrl;
  final int smtpPort;
  private GreenMail smtp;

  /** What the SMTP server received before it was stopped: Message-ID → deliveries. */
  private final Map<String, Integer> earlier = new HashMap<>();

  FaultRig() throws IOException {
    pg = EmbeddedPostgres.builder().start();
    dbUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
    smtpPort = freePort();
    startSmtp();
  }

  /** The app's options for this SMTP server, quick polls and retries, short claims. */
  String[] mailOptions() {
    return new String[] {
      "-Dpakn.mail.smtp.host=127.0.0.1",
      "-Dpakn.mail.smtp.port=" + smtpPort,
      "-Dpakn.mail.smtp.connectTimeout=PT2S",
      "-Dpakn.mail.messageIdDomain=fault.pakn",
      "-Dpakn.mail.pollInterval=PT1S",
      "-Dpakn.mail.claimDuration=PT10S",
      "-Dpakn.mail.retry.firstDelay=PT2S",
      "-Dpakn.mail.retry.maxDelay=PT5S"
    };
  }

  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  void stopSmtp() throws MessagingException {
    count(smtp, earlier);
    smtp.stop();
    smtp = null;
  }

  /** Message-ID (without angle brackets) → deliveries, over every start of the SMTP server. */
  Map<String, Integer> delivered() throws MessagingException {
    var counts = new HashMap<>(earlier);
    if (smtp != null) {
      count(smtp, counts);
    }
    return counts;
  }

  private static void count(GreenMail server, Map<String, Integer> counts)
      throws MessagingException {
    for (var message : server.getReceivedMessages()) {
      counts.merge(bare(message.getMessageID()), 1, Integer::sum);
    }
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

  /** Clients filing without pause until {@code running} is false, each outcome recorded. */
  static List<Thread> file(
      String base, int clients, AtomicBoolean running, ConcurrentLinkedQueue<Outcome> outcomes) {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI petitions = URI.create(base).resolve("api/petitions");
    byte[] body = PetitionJson.valid().toString().getBytes(StandardCharsets.UTF_8);
    var threads = new ArrayList<Thread>();
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
    return threads;
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

  @Override
  public void close() throws IOException {
    if (smtp != null) {
      smtp.stop();
    }
    pg.close();
  }
}
