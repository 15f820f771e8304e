package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpSenderTest {

  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Instant NOW = Instant.parse("2026-11-21T01:15:00Z");

  private final MailRenderer renderer = MailSamples.renderer();

  private SmtpSettings settings(int port) {
    return SmtpSettings.plain(
            "127.0.0.1",
            port,
            "khong-tra-loi@pakn.sonla.gov.vn",
            "Hệ thống phản ánh, kiến nghị tỉnh Sơn La",
            "pakn.sonla.gov.vn")
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  private SmtpSender sender(int port) {
    return new SmtpSender(settings(port), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private RenderedMail acknowledgement(Locale locale) {
    return renderer.render(
        MailSamples.PETITION_RECEIVED,
        locale,
        MailSamples.variables(MailSamples.PETITION_RECEIVED));
  }

  @Test
  void aVietnameseMailArrivesWithItsSubjectHeadersAndBothParts() throws Exception {
    RenderedMail mail = acknowledgement(MailSamples.VI);
    SmtpSender sender = sender(greenMail.getSmtp().getPort());
    String messageId = sender.newMessageId();

    SendResult result =
        sender.send(mail, MailAddresses.recipient("hoa@example.vn", "Nguyễn Thị Hoa"), messageId);

    assertThat(result).isEqualTo(new SendResult(SendResult.Outcome.SENT, messageId, 0, null));
    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = greenMail.getReceivedMessages()[0];

    assertThat(received.getSubject())
        .isEqualTo("Đã nhận phản ánh, kiến nghị của Ông/Bà – mã số PAKN-2026-000123-K");
    assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    assertThat(received.getHeader("Message-ID")).containsExactly(messageId);
    assertThat(messageId).matches("<[0-9a-f-]{36}@pakn\\.sonla\\.gov\\.vn>");
    assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(received.getHeader("Content-Language")).containsExactly("vi");
    assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("khong-tra-loi@pakn.sonla.gov.vn");
    assertThat(from.getPersonal()).isEqualTo("Hệ thống phản ánh, kiến nghị tỉnh Sơn La");
    InternetAddress to = (InternetAddress) received.getAllRecipients()[0];
    assertThat(to.getAddress()).isEqualTo("hoa@example.vn");
    assertThat(to.getPersonal()).isEqualTo("Nguyễn Thị Hoa");

    assertThat(received.getContentType()).startsWith("multipart/alternative");
    var parts = (MimeMultipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType())
        .startsWith("text/plain")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContentType())
        .startsWith("text/html")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(normalizeLines((String) parts.getBodyPart(0).getContent())).isEqualTo(mail.text());
    assertThat(normalizeLines((String) parts.getBodyPart(1).getContent())).isEqualTo(mail.html());
    assertThat((String) parts.getBodyPart(0).getContent())
        .contains("Kính gửi Nguyễn Thị Hoa", "PAKN-2026-000123-K");
  }

  @Test
  void anEnglishMailSaysSoAndAnInternationalisedDomainIsSentInAscii() throws Exception {
    SendResult result =
        sender(greenMail.getSmtp().getPort())
            .send(acknowledgement(Locale.ENGLISH), MailAddresses.recipient("hoa@phảnánh.vn", null));

    assertThat(result.isSent()).isTrue();
    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = greenMail.getReceivedMessages()[0];
    assertThat(received.getSubject()).startsWith("We have received your petition");
    assertThat(received.getHeader("Content-Language")).containsExactly("en");
    assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress())
        .startsWith("hoa@xn--")
        .endsWith(".vn")
        .isEqualTo("hoa@" + java.net.IDN.toASCII("phảnánh.vn"));
  }

  @Test
  void eachMailGetsItsOwnMessageId() throws Exception {
    SmtpSender sender = sender(greenMail.getSmtp().getPort());
    MailRecipient to = MailAddresses.recipient("hoa@example.vn", null);

    SendResult first = sender.send(acknowledgement(MailSamples.VI), to);
    SendResult second = sender.send(acknowledgement(MailSamples.VI), to);

    assertThat(first.messageId()).isNotEqualTo(second.messageId());
    assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
  }

  @Test
  void noServerListeningIsTransient() throws IOException {
    int port;
    try (var free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }

    SendResult result =
        sender(port)
            .send(acknowledgement(MailSamples.VI), MailAddresses.recipient("hoa@example.vn", null));

    assertThat(result.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
    assertThat(result.error()).contains("Connect").doesNotContain("\n");
  }

  @Test
  void aServerThatNeverAnswersTimesOutAsTransient() throws IOException {
    // the kernel accepts the connection into the backlog; nobody ever writes the greeting
    try (var silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      SmtpSender sender =
          new SmtpSender(
              settings(silent.getLocalPort())
                  .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));

      SendResult result =
          sender.send(
              acknowledgement(MailSamples.VI), MailAddresses.recipient("hoa@example.vn", null));

      assertThat(result.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
      assertThat(result.error()).containsIgnoringCase("timed out");
    }
  }

  @Test
  void anUnknownMailboxIsPermanent() throws IOException {
    try (var server = new ScriptedSmtpServer("550 5.1.1 No such user here", "250 OK")) {
      SendResult result =
          sender(server.port())
              .send(
                  acknowledgement(MailSamples.VI),
                  MailAddresses.recipient("khongco@example.vn", null));

      assertThat(result.outcome()).isEqualTo(SendResult.Outcome.PERMANENT_FAILURE);
      assertThat(result.smtpCode()).isEqualTo(550);
      assertThat(result.error()).contains("No such user here");
    }
  }

  @Test
  void aBusyMailboxIsTransient() throws IOException {
    try (var server = new ScriptedSmtpServer("451 4.3.0 Mailbox busy, try later", "250 OK")) {
      SendResult result =
          sender(server.port())
              .send(
                  acknowledgement(MailSamples.VI), MailAddresses.recipient("hoa@example.vn", null));

      assertThat(result.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
      assertThat(result.smtpCode()).isEqualTo(451);
    }
  }

  @Test
  void aMailRefusedAfterItsContentIsPermanent() throws IOException {
    try (var server = new ScriptedSmtpServer("250 OK", "554 5.7.1 Message rejected as spam")) {
      SendResult result =
          sender(server.port())
              .send(
                  acknowledgement(MailSamples.VI), MailAddresses.recipient("hoa@example.vn", null));

      assertThat(result.outcome()).isEqualTo(SendResult.Outcome.PERMANENT_FAILURE);
      assertThat(result.smtpCode()).isEqualTo(554);
    }
  }

  @Test
  void anInjectedRecipientIsPermanentWithoutConnecting() {
    var forged = new MailRecipient("hoa@example.vn\r\nBcc: all@example.vn", null);

    SendResult result = sender(1).send(acknowledgement(MailSamples.VI), forged);

    assertThat(result.outcome()).isEqualTo(SendResult.Outcome.PERMANENT_FAILURE);
    assertThat(result.error()).contains("U+000D");
  }

  @Test
  void aMalformedMessageIdIsAProgrammingError() {
    assertThatThrownBy(
            () ->
                sender(1)
                    .send(
                        acknowledgement(MailSamples.VI),
                        MailAddresses.recipient("hoa@example.vn", null),
                        "<x@y>\r\nBcc: a@b.vn"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void authenticationFailuresAreTheServersConfigurationSoTransient() {
    assertThat(
            SmtpSender.classify("<a@b.vn>", new AuthenticationFailedException("535 5.7.8 bad"))
                .outcome())
        .isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
  }

  @Test
  void replyCodesAreFoundInTheChainOfCauses() throws Exception {
    var refused =
        new SMTPAddressFailedException(
            new InternetAddress("x@example.vn"), "RCPT TO:<x@example.vn>", 550, "550 unknown user");
    var wrapped = new SendFailedException("Invalid Addresses", refused);
    var unreachable =
        new MessagingException(
            "Couldn't connect to host", new java.net.ConnectException("Connection refused"));

    assertThat(SmtpSender.classify("<a@b.vn>", wrapped))
        .extracting(SendResult::outcome, SendResult::smtpCode)
        .containsExactly(SendResult.Outcome.PERMANENT_FAILURE, 550);
    assertThat(SmtpSender.classify("<a@b.vn>", unreachable).outcome())
        .isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
    assertThat(
            SmtpSender.classify(
                    "<a@b.vn>", new MessagingException("read", new SocketTimeoutException()))
                .outcome())
        .isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
  }

  @Test
  void longErrorsAreCutForStorage() {
    var result =
        new SendResult(SendResult.Outcome.TRANSIENT_FAILURE, "<a@b.vn>", 0, "x".repeat(5_000));

    assertThat(result.error()).hasSize(SendResult.MAX_ERROR).endsWith("…");
  }

  @Test
  void settingsRefuseAnInjectedSenderAndNeverShowThePassword() {
    assertThatThrownBy(
            () -> SmtpSettings.plain("smtp.example.vn", 25, "a@b.vn\r\nBcc: c@d.vn", null, "b.vn"))
        .isInstanceOf(InvalidMailException.class)
        .hasMessageContaining("fromAddress");
    SmtpSettings withSecret = settings(25).withAuthentication("pakn", "s3cret");
    assertThat(withSecret.toString()).doesNotContain("s3cret").contains("pakn");
    assertThat(SmtpSender.properties(withSecret, "smtp"))
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.connectiontimeout", "5000");
  }

  @Test
  void tlsModesBecomeJakartaMailProperties() {
    SmtpSettings base = settings(587);
    var starttls =
        new SmtpSettings(
            "smtp.example.vn",
            587,
            TlsMode.STARTTLS,
            null,
            null,
            base.fromAddress(),
            base.fromName(),
            base.messageIdDomain(),
            base.connectTimeout(),
            base.readTimeout(),
            null);
    var smtps =
        new SmtpSettings(
            "smtp.example.vn",
            465,
            TlsMode.SMTPS,
            null,
            null,
            base.fromAddress(),
            base.fromName(),
            base.messageIdDomain(),
            base.connectTimeout(),
            base.readTimeout(),
            "smtp.example.vn");

    assertThat(SmtpSender.properties(starttls, "smtp"))
        .containsEntry("mail.smtp.starttls.enable", "true")
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
    assertThat(SmtpSender.properties(smtps, "smtps"))
        .containsEntry("mail.transport.protocol", "smtps")
        .containsEntry("mail.smtps.port", "465")
        .containsEntry("mail.smtps.ssl.trust", "smtp.example.vn")
        .doesNotContainKey("mail.smtps.starttls.enable");
    assertThat(SmtpSender.properties(base, "smtp")).doesNotContainKey("mail.smtp.starttls.enable");
  }

  private static String normalizeLines(String text) {
    return text.replace("\r\n", "\n");
  }
}
