package vn.pakn.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMS settings of MicroProfile Config ({@code pakn.sms.*}), read and checked once. Without
 * {@code pakn.sms.smpp.host} nothing is sent: texts are rendered and kept in the outbox for
 * administrators to read (the embedded default).
 */
@ApplicationScoped
public class TextConfiguration {

  private Optional<SmppSettings> smpp;
  private SmsEncoding encoding;
  private int maxParts;
  private DeliveryPolicy policy;
  private Duration pollInterval;
  private Duration claimDuration;
  private Duration throttlePause;
  private int batchSize;
  private final String node = UUID.randomUUID().toString();

  @PostConstruct
  void read() {
    Config config = ConfigProvider.getConfig();
    encoding =
        SmsEncoding.valueOf(
            text(config, "pakn.sms.encoding").orElse("UCS2").toUpperCase(Locale.ROOT));
    maxParts = config.getOptionalValue("pakn.sms.maxParts", Integer.class).orElse(4);
    smpp =
        text(config, "pakn.sms.smpp.host")
            .map(
                host ->
                    new SmppSettings(
                        host,
                        config.getOptionalValue("pakn.sms.smpp.port", Integer.class).orElse(2775),
                        text(config, "pakn.sms.smpp.systemId").orElse("pakn"),
                        text(config, "pakn.sms.smpp.password").orElse(""),
                        text(config, "pakn.sms.smpp.systemType").orElse(""),
                        text(config, "pakn.sms.sender").orElse("PAKN"),
                        "TRANSCEIVER"
                            .equalsIgnoreCase(
                                text(config, "pakn.sms.smpp.bindType").orElse("TRANSMITTER")),
                        config
                            .getOptionalValue("pakn.sms.ratePerSecond", Double.class)
                            .orElse(100.0),
                        duration(config, "pakn.sms.smpp.timeout", "PT10S")));
    DeliveryPolicy standard = DeliveryPolicy.STANDARD;
    policy =
        new DeliveryPolicy(
            config
                .getOptionalValue("pakn.sms.retry.maxAttempts", Integer.class)
                .orElse(standard.maxAttempts()),
            duration(config, "pakn.sms.retry.firstDelay", standard.firstDelay().toString()),
            duration(config, "pakn.sms.retry.maxDelay", standard.maxDelay().toString()),
            standard.multiplier(),
            standard.jitter());
    pollInterval = duration(config, "pakn.sms.pollInterval", "PT5S");
    claimDuration = duration(config, "pakn.sms.claimDuration", "PT5M");
    throttlePause = duration(config, "pakn.sms.throttlePause", "PT1S");
    batchSize = config.getOptionalValue("pakn.sms.batchSize", Integer.class).orElse(50);
    if (batchSize < 1 || maxParts < 1 || maxParts > 10) {
      throw new IllegalStateException(
          "pakn.sms.batchSize must be at least 1 and pakn.sms.maxParts 1 to 10");
    }
  }

  private static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Duration duration(Config config, String key, String fallback) {
    return Duration.parse(text(config, key).orElse(fallback));
  }

  /** Empty when texts are only kept, not sent. */
  public Optional<SmppSettings> smpp() {
    return smpp;
  }

  public boolean sending() {
    return smpp.isPresent();
  }

  public SmsEncoding encoding() {
    return encoding;
  }

  public int maxParts() {
    return maxParts;
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

  /** How long a text waits when the provider says it is sending too fast. */
  public Duration throttlePause() {
    return throttlePause;
  }

  public int batchSize() {
    return batchSize;
  }

  /** This node's name in the claims it makes. */
  public String node() {
    return node;
  }
}
