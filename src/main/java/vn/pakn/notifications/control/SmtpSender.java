package vn.pakn.notifications.control;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends one {@link RenderedMail} to one recipient over SMTP with Jakarta Mail, and says whether a
 * failure is worth retrying. {@link #send} uses a connection of its own; the sending job opens a
 * {@link Connection} per batch and sends many mails over it. A connection never outlives a failure:
 * the next mail opens a new one.
 *
 * <p>Every mail is {@code multipart/alternative} (plain text first, then HTML, both UTF-8), with a
 * UTF-8 encoded subject, a {@code Message-ID} under the configured domain (give the same one on
 * every retry of a mail, so a receiver can recognise a duplicate), {@code Auto-Submitted:
 * auto-generated} (RFC 3834, so no auto-reply comes back), {@code X-Auto-Response-Suppress: All}
 * and {@code Content-Language}.
 *
 * <p>Failures are classified by what a retry could change. Permanent: the recipient or the mail is
 * refused with a 5xx reply or the address is malformed. Transient: no connection, a timeout, a 4xx
 * reply, and also authentication failures (5xx 530/534/535): those are the server's configuration,
 * not the mail's, and the mail should go out once an administrator fixes it. Thread-safe.
 */
public final class SmtpSender {

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^\\s<>@\"]+@[A-Za-z0-9.-]+>");
  private static final Set<Integer> AUTHENTICATION_CODES = Set.of(530, 534, 535, 538);
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final SmtpSettings settings;
  private final Session session;
  private final Clock clock;
  private final String protocol;

  public SmtpSender(SmtpSettings settings) {
    this(settings, Clock.systemUTC());
  }

  public SmtpSender(SmtpSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
    this.protocol = settings.tls() == TlsMode.SMTPS ? "smtps" : "smtp";
    this.session = Session.getInstance(properties(settings, protocol));
  }

  static Properties properties(SmtpSettings settings, String protocol) {
    String p = "mail." + protocol + ".";
    var properties = new Properties();
    properties.setProperty("mail.transport.protocol", protocol);
    properties.setProperty(p + "host", settings.host());
    properties.setProperty(p + "port", Integer.toString(settings.port()));
    properties.setProperty(p + "from", settings.fromAddress());
    properties.setProperty(p + "auth", Boolean.toString(settings.username() != null));
    properties.setProperty(
        p + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
    properties.setProperty(p + "timeout", Long.toString(settings.readTimeout().toMillis()));
    properties.setProperty(p + "writetimeout", Long.toString(settings.readTimeout().toMillis()));
    if (settings.tls() != TlsMode.NONE) {
      properties.setProperty(p + "ssl.checkserveridentity", "true");
      properties.setProperty(p + "ssl.protocols", "TLSv1.3 TLSv1.2");
      if (settings.sslTrust() != null) {
        properties.setProperty(p + "ssl.trust", settings.sslTrust());
      }
    }
    if (settings.tls() == TlsMode.STARTTLS) {
      properties.setProperty(p + "starttls.enable", "true");
      properties.setProperty(p + "starttls.required", "true");
    }
    return properties;
  }

  /** A new unique {@code Message-ID}, to be stored with the mail and reused on every retry. */
  public String newMessageId() {
    return "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">";
  }

  /** Sends with a new {@code Message-ID}. */
  public SendResult send(RenderedMail mail, MailRecipient to) {
    return send(mail, to, newMessageId());
  }

  /**
   * Sends the mail; never throws for anything the server, the network or the recipient does.
   *
   * @param messageId as made by {@link #newMessageId()}
   */
  public SendResult send(RenderedMail mail, MailRecipient to, String messageId) {
    try (Connection connection = connection()) {
      return connection.send(mail, to, messageId);
    }
  }

  /** A connection to the server, opened on the first mail and reused until closed or broken. */
  public Connection connection() {
    return new Connection();
  }

  /**
   * One SMTP session for a series of mails (not thread-safe). After any failure the session is
   * dropped and the next mail opens a new one, so a broken connection costs at most one attempt.
   */
  public final class Connection implements AutoCloseable {

    private Transport transport;

    private Connection() {}

    /**
     * Sends the mail; never throws for anything the server, the network or the recipient does.
     *
     * @param messageId as made by {@link #newMessageId()}
     */
    public SendResult send(RenderedMail mail, MailRecipient to, String messageId) {
      Objects.requireNonNull(mail, "mail");
      Objects.requireNonNull(to, "to");
      if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
        throw new IllegalArgumentException("not a Message-ID: " + messageId);
      }
      MailRecipient recipient;
      try {
        recipient = MailAddresses.recipient(to.address(), to.displayName());
      } catch (InvalidMailException refused) {
        return new SendResult(
            SendResult.Outcome.PERMANENT_FAILURE, messageId, 0, refused.getMessage());
      }
      MimeMessage message;
      try {
        message = message(mail, recipient, messageId);
      } catch (MessagingException | UnsupportedEncodingException e) {
        return new SendResult(SendResult.Outcome.PERMANENT_FAILURE, messageId, 0, describe(e));
      }
      try {
        if (transport == null || !transport.isConnected()) {
          close();
          transport = session.getTransport(protocol);
          transport.connect(
              settings.host(), settings.port(), settings.username(), settings.password());
        }
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException | RuntimeException e) {
        close();
        return classify(messageId, e);
      }
      return SendResult.sent(messageId);
    }

    /** Says goodbye; a failure then cannot undo what the server already accepted. */
    @Override
    public void close() {
      Transport open = transport;
      transport = null;
      if (open == null) {
        return;
      }
      try {
        open.close();
      } catch (MessagingException | RuntimeException ignored) {
        // the outcome of every mail is already known
      }
    }
  }

  private MimeMessage message(RenderedMail mail, MailRecipient to, String messageId)
      throws MessagingException, UnsupportedEncodingException {
    var message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(settings.fromAddress(), settings.fromName(), UTF_8));
    message.setRecipient(
        Message.RecipientType.TO, new InternetAddress(to.address(), to.displayName(), UTF_8));
    message.setSubject(mail.subject(), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("X-Auto-Response-Suppress", "All");
    message.setHeader("Content-Language", mail.language());

    var text = new MimeBodyPart();
    text.setText(mail.text(), UTF_8, "plain");
    var html = new MimeBodyPart();
    html.setText(mail.html(), UTF_8, "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    message.saveChanges();
    return message;
  }

  /** Transient unless the server's reply code or the failure says a retry cannot help. */
  static SendResult classify(String messageId, Exception failure) {
    int code = replyCode(failure);
    String error = describe(failure);
    SendResult.Outcome outcome;
    if (failure instanceof AuthenticationFailedException || AUTHENTICATION_CODES.contains(code)) {
      outcome = SendResult.Outcome.TRANSIENT_FAILURE;
    } else if (code >= 500 && code < 600) {
      outcome = SendResult.Outcome.PERMANENT_FAILURE;
    } else if (code >= 400 && code < 500) {
      outcome = SendResult.Outcome.TRANSIENT_FAILURE;
    } else if (failure instanceof AddressException || refusedAddresses(failure)) {
      outcome = SendResult.Outcome.PERMANENT_FAILURE;
    } else {
      outcome = SendResult.Outcome.TRANSIENT_FAILURE;
    }
    return new SendResult(outcome, messageId, code, error);
  }

  private static boolean refusedAddresses(Exception failure) {
    return failure instanceof SendFailedException sendFailed
        && sendFailed.getInvalidAddresses() != null
        && sendFailed.getInvalidAddresses().length > 0;
  }

  /**
   * The first SMTP reply code in the chain of causes. The SMTP provider's exceptions (Angus Mail's
   * {@code SMTPSendFailedException}, {@code SMTPAddressFailedException}…) carry it in {@code
   * getReturnCode()}; they are not part of the Jakarta Mail API, hence the reflection.
   */
  static int replyCode(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      try {
        Method method = t.getClass().getMethod("getReturnCode");
        if (method.getReturnType() == int.class) {
          int code = (int) method.invoke(t);
          if (code >= 200 && code < 600) {
            return code;
          }
        }
      } catch (ReflectiveOperationException | RuntimeException noCode) {
        // not an SMTP reply
      }
    }
    return 0;
  }

  /** The messages of the failure and its causes, on one line, for the outbox. */
  static String describe(Throwable failure) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 5; t = t.getCause(), depth++) {
      String text =
          t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
      parts.add(MailRenderer.oneLine(text));
    }
    return String.join(" ← ", parts);
  }
}
