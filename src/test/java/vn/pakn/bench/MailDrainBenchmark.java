package vn.pakn.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import vn.pakn.testing.PetitionJson;

/**
 * How fast the sending job empties the outbox into a local SMTP server. Starts PostgreSQL from
 * jars, GreenMail (SMTP) in this JVM and {@code target/pakn-microbundle.jar} pointed at both; files
 * one petition to get a real acknowledgement (its template and variables: the app renders each copy
 * as it sends it), then queues N copies of it (distinct {@code Message-ID}s) in one transaction,
 * and waits until the app has sent them all. Prints the drain rate (first to last {@code sent_at},
 * and wall time from commit to the last one) and checks that the server received each mail exactly
 * once. Not a test.
 *
 * <p>Options: {@code --mails N} (default 20000), {@code --batch B} ({@code pakn.mail.batchSize}),
 * {@code --connections K} ({@code pakn.mail.connections}; both default to the app's), {@code --port
 * P} (8766), {@code --jvm "..."} (extra JVM options of the app).
 */
public final class MailDrainBenchmark {

  private static final long FIRST_ID = 1_000_000_000L;

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = FilingBenchmark.options(args);
    int mails = Integer.parseInt(opt.getOrDefault("mails", "20000"));
    MachineLoad load = MachineLoad.before();
    int smtpPort;
    try (var socket = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String dbUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      String batch = "-Dpakn.mail.batchSize=" + opt.getOrDefault("batch", "20");
      String connections = "-Dpakn.mail.connections=" + opt.getOrDefault("connections", "4");
      try (BenchApp app =
          BenchApp.start(
              Integer.parseInt(opt.getOrDefault("port", "8766")),
              dbUrl,
              "mail-drain.log",
              opt.getOrDefault("jvm", ""),
              "-Dpakn.mail.smtp.host=127.0.0.1",
              "-Dpakn.mail.smtp.port=" + smtpPort,
              "-Dpakn.mail.pollInterval=PT1S",
              "-Dpakn.mail.messageIdDomain=bench.pakn",
              batch,
              connections)) {
        fileOne(app);
        awaitReceived(smtp, 1);
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
          long committed = queue(db, mails);
          System.out.printf("queued %d mails; waiting for the sender%n", mails);
          long sentAll = awaitSent(db, mails);
          try (ResultSet r =
              db.createStatement()
                  .executeQuery(
                      "select extract(epoch from max(sent_at) - min(sent_at)) from mail_outbox"
                          + " where id >= "
                          + FIRST_ID)) {
            r.next();
            double span = r.getDouble(1);
            double wall = (sentAll - committed) / 1e9;
            System.out.printf(
                "sent %d mails: %.0f mails/s between the first and the last (%.2f s);"
                    + " %.0f mails/s from the commit to the last (%.2f s, includes up to one"
                    + " poll interval)%n",
                mails, (mails - 1) / span, span, mails / wall, wall);
          }
        }
        awaitReceived(smtp, mails + 1);
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
          ids.add(m.getMessageID());
        }
        System.out.printf(
            "the SMTP server received %d messages with %d distinct Message-IDs (%s)%n",
            smtp.getReceivedMessages().length,
            ids.size(),
            ids.size() == mails + 1 && smtp.getReceivedMessages().length == mails + 1
                ? "each exactly once"
                : "DUPLICATES OR LOSSES");
      }
    } finally {
      smtp.stop();
    }
    load.after();
  }

  private static void fileOne(BenchApp app) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.base).resolve("api/petitions"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            PetitionJson.valid().toString(), StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("filing failed: " + response.body());
    }
  }

  /** Copies of the acknowledgement, QUEUED and due now; returns when they were committed. */
  private static long queue(Connection db, int mails) throws Exception {
    db.setAutoCommit(false);
    db.createStatement()
        .executeUpdate(
            "insert into mail_outbox (id, message_id, recipient, recipient_name, template,"
                + " language, variables, subject, body_text, body_html, status, attempts,"
                + " next_attempt_at, created_at, petition_id)"
                + " select "
                + FIRST_ID
                + " + g, '<bench-' || g || '@bench.pakn>', 'reader' || (g % 500) ||"
                + " '@example.vn', recipient_name, template, language, variables, subject,"
                + " body_text,"
                + " body_html, 'QUEUED', 0, now(), now(), petition_id"
                + " from mail_outbox m cross join generate_series(1, "
                + mails
                + ") g where m.id = (select min(id) from mail_outbox)");
    db.commit();
    db.setAutoCommit(true);
    return System.nanoTime();
  }

  private static long awaitSent(Connection db, int mails) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (ResultSet r =
          db.createStatement()
              .executeQuery(
                  "select count(*) from mail_outbox where status = 'SENT' and id >= " + FIRST_ID)) {
        r.next();
        if (r.getLong(1) == mails) {
          return System.nanoTime();
        }
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    throw new IllegalStateException("not all mails were sent within 30 minutes");
  }

  private static void awaitReceived(GreenMail smtp, int count) {
    if (!smtp.waitForIncomingEmail(TimeUnit.MINUTES.toMillis(5), count)) {
      throw new IllegalStateException(
          "the SMTP server has " + smtp.getReceivedMessages().length + " of " + count);
    }
  }
}
