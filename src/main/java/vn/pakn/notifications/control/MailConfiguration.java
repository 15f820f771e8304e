package vn.pakn.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail settings of MicroProfile Config ({@code pakn.mail.*}, {@code pakn.publicBaseUrl}), read
 * and checked once. Without {@code pakn.mail.smtp.host} nothing is sent: mails are rendered and
 * kept in the outbox for administrators to read (the embedded default).
 */
@ApplicationScoped
public class MailConfiguration {

  static final String DEFAULT_BASE_URL = "http://localhost:8080/";

  private Optional<SmtpSettings> smtp;
  private String messageIdDomain;
  private String publicBaseUrl;
  private Map<String, String> shared;
  private DeliveryPolicy policy;
  private Duration pollInterval;
  private Duration claimDuration;
  private int batchSize;
  private int connections;
  private final String node = UUID.randomUUID().toString();

  @PostConstruct
  void read() {
    Config config = ConfigProvider.getConfig();
    String base = text(config, "pakn.publicBaseUrl").orElse(DEFAULT_BASE_URL);
    publicBaseUrl = base.endsWith("/") ? base : base + "/";
    messageIdDomain = text(config, "pakn.mail.messageIdDomain").orElse("pakn.local");
    String portalName =
        text(config, "pakn.mail.portalName").orElse("Hệ thống tiếp nhận phản ánh, kiến nghị");
    shared = new HashMap<>();
    shared.put("portalName", portalName);
    shared.put("portalUrl", publicBaseUrl);
    text(config, "pakn.mail.hotline").ifPresent(h -> shared.put("hotline", h));
    smtp =
        text(config, "pakn.mail.smtp.host")
            .map(
                host ->
                    new SmtpSettings(
                        host,
                        config.getOptionalValue("pakn.mail.smtp.port", Integer.class).orElse(25),
                        TlsMode.valueOf(
                            text(config, "pakn.mail.smtp.tls").orElse("NONE").toUpperCase()),
                        text(config, "pakn.mail.smtp.user").orElse(null),
                        text(config, "pakn.mail.smtp.user").isPresent()
                            ? text(config, "pakn.mail.smtp.password").orElse("")
                            : null,
                        text(config, "pakn.mail.from").orElse("no-reply@" + messageIdDomain),
                        text(config, "pakn.mail.fromName").orElse(portalName),
                        messageIdDomain,
                        duration(config, "pakn.mail.smtp.connectTimeout", "PT10S"),
                        duration(config, "pakn.mail.smtp.readTimeout", "PT30S"),
                        text(config, "pakn.mail.smtp.sslTrust").orElse(null)));
    DeliveryPolicy standard = DeliveryPolicy.STANDARD;
    policy =
        new DeliveryPolicy(
            config
                .getOptionalValue("pakn.mail.retry.maxAttempts", Integer.class)
                .orElse(standard.maxAttempts()),
            duration(config, "pakn.mail.retry.firstDelay", standard.firstDelay().toString()),
            duration(config, "pakn.mail.retry.maxDelay", standard.maxDelay().toString()),
            standard.multiplier(),
            standard.jitter());
    pollInterval = duration(config, "pakn.mail.pollInterval", "PT5S");
    claimDuration = duration(config, "pakn.mail.claimDuration", "PT5M");
    batchSize = config.getOptionalValue("pakn.mail.batchSize", Integer.class).orElse(20);
    connections = config.getOptionalValue("pakn.mail.connections", Integer.class).orElse(4);
    if (batchSize < 1 || connections < 1 || connections > 32) {
      throw new IllegalStateException(
          "pakn.mail.batchSize must be at least 1 and pakn.mail.connections 1 to 32");
    }
  }

  private static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Duration duration(Config config, String key, String fallback) {
    return Duration.parse(text(config, key).orElse(fallback));
  }

  /** Empty when mails are only kept, not sent. */
  public Optional<SmtpSettings> smtp() {
    return smtp;
  }

  public boolean sending() {
    return smtp.isPresent();
  }

  /** A new {@code Message-ID}, stored with the mail and used on every attempt. */
  public String newMessageId() {
    return "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
  }

  /** The public address of the portal, ending with a slash. */
  public String publicBaseUrl() {
    return publicBaseUrl;
  }

  /** Values of the shared template variables (portal name, address, hotline). */
  public Map<String, String> sharedValues() {
    return Map.copyOf(shared);
  }

  public DeliveryPolicy policy() {
    return policy;
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  public Duration claimDuration() {
    return claimDuration;
  }

  public int batchSize() {
    return batchSize;
  }

  /** This node's name in the claims it makes. */
  /** How many SMTP connections one node sends over at the same time. */
  public int connections() {
    return connections;
  }

  public String node() {
    return node;
  }
}
