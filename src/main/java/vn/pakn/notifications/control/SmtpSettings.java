package vn.pakn.notifications.control;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.pakn.platform.control.Violation;

/**
 * How to reach the SMTP server and who the mails are from.
 *
 * @param username null for a server that needs no authentication
 * @param password null when {@code username} is null
 * @param fromName display name of the sender, e.g. the portal's name; may be null
 * @param messageIdDomain the domain of generated {@code Message-ID}s, e.g. the portal's host name
 * @param sslTrust hosts whose certificate is trusted without a chain (Jakarta Mail's {@code
 *     mail.smtp.ssl.trust}, e.g. an internal relay with its own certificate); null for none
 */
public record SmtpSettings(
    String host,
    int port,
    TlsMode tls,
    String username,
    String password,
    String fromAddress,
    String fromName,
    String messageIdDomain,
    Duration connectTimeout,
    Duration readTimeout,
    String sslTrust) {

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host is blank");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || readTimeout.isNegative()
        || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (username != null && password == null) {
      throw new IllegalArgumentException("a username needs a password");
    }
    List<Violation> violations = new java.util.ArrayList<>();
    fromAddress = MailAddresses.address(fromAddress, "fromAddress", violations);
    fromName = MailAddresses.displayName(fromName, "fromName", violations);
    if (messageIdDomain == null
        || !MailAddresses.isValidAddress("id@" + messageIdDomain)
        || !messageIdDomain.chars().allMatch(c -> c < 128)) {
      violations.add(new Violation("messageIdDomain", "mail.address.domain"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidMailException(violations);
    }
  }

  /**
   * Plain SMTP without authentication and with 10 s / 30 s timeouts, for a local relay or tests.
   */
  public static SmtpSettings plain(
      String host, int port, String fromAddress, String fromName, String messageIdDomain) {
    return new SmtpSettings(
        host,
        port,
        TlsMode.NONE,
        null,
        null,
        fromAddress,
        fromName,
        messageIdDomain,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        null);
  }

  public SmtpSettings withTimeouts(Duration connect, Duration read) {
    return new SmtpSettings(
        host,
        port,
        tls,
        username,
        password,
        fromAddress,
        fromName,
        messageIdDomain,
        connect,
        read,
        sslTrust);
  }

  public SmtpSettings withAuthentication(String user, String secret) {
    return new SmtpSettings(
        host,
        port,
        tls,
        user,
        secret,
        fromAddress,
        fromName,
        messageIdDomain,
        connectTimeout,
        readTimeout,
        sslTrust);
  }

  public Optional<String> user() {
    return Optional.ofNullable(username);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "SmtpSettings["
        + tls
        + " "
        + host
        + ":"
        + port
        + (username == null ? "" : " as " + username)
        + ", from "
        + fromAddress
        + "]";
  }
}
