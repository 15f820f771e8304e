package vn.pakn.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the container tests' mails go to: GreenMail on a free port, started with the test
 * database for the whole run (see {@link TestDatabase}); tests may stop and start it to play an
 * outage. Every mail to any address is accepted and kept.
 */
public final class TestMailServer {

  private static GreenMail greenMail;
  private static int port;

  private TestMailServer() {}

  /** Starts the server; returns the options that point Payara Micro at it. */
  static synchronized List<String> start() {
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return List.of(
        "-Dpakn.mail.smtp.host=127.0.0.1",
        "-Dpakn.mail.smtp.port=" + port,
        "-Dpakn.mail.smtp.connectTimeout=PT2S",
        "-Dpakn.mail.smtp.readTimeout=PT5S",
        "-Dpakn.mail.pollInterval=PT1S",
        "-Dpakn.mail.retry.firstDelay=PT1S",
        "-Dpakn.mail.retry.maxDelay=PT2S",
        "-Dpakn.mail.messageIdDomain=pakn.test",
        "-Dpakn.mail.from=no-reply@pakn.test",
        "-Dpakn.publicBaseUrl=https://pakn.test/");
  }

  static synchronized void close() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /** An SMTP outage: connections are refused until {@link #resume()}. */
  public static synchronized void suspend() {
    server().stop();
  }

  public static synchronized void resume() {
    server().start();
  }

  /** The mails received for an address (compared without case). */
  public static synchronized List<MimeMessage> to(String address) {
    return Arrays.stream(server().getReceivedMessages()).filter(m -> isTo(m, address)).toList();
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null
          && Arrays.stream(to)
              .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail server() {
    if (greenMail == null) {
      throw new IllegalStateException("no test mail server: run the container tests with failsafe");
    }
    return greenMail;
  }
}
