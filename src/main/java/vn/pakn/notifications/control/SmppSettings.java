package vn.pakn.notifications.control;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMS provider over SMPP 3.4: host and port, the account (an SMPP 3.4 password has
 * at most 8 characters), the sender id (the province's brand name, at most 11 letters and digits,
 * sent as an alphanumeric address), whether to bind as transceiver to receive delivery receipts (a
 * transmitter gets none), the provider's rate and the response timeout.
 */
public record SmppSettings(
    String host,
    int port,
    String systemId,
    String password,
    String systemType,
    String senderId,
    boolean transceiver,
    double ratePerSecond,
    Duration timeout) {

  public SmppSettings {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("pakn.sms.smpp.port must be 1 to 65535");
    }
    if (systemId == null || systemId.isEmpty() || systemId.length() > 15) {
      throw new IllegalArgumentException("pakn.sms.smpp.systemId must be 1 to 15 characters");
    }
    if (password != null && password.length() > 8) {
      throw new IllegalArgumentException(
          "pakn.sms.smpp.password has more than 8 characters, which SMPP 3.4 does not allow");
    }
    if (senderId == null || !senderId.matches("[A-Za-z0-9 .\\-]{1,11}|\\+?[0-9]{3,15}")) {
      throw new IllegalArgumentException(
          "pakn.sms.sender must be a brand name of 1 to 11 letters and digits, or a number");
    }
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("pakn.sms.ratePerSecond must be positive");
    }
  }

  /** A brand name (alphanumeric, TON 5) rather than a number (international, TON 1). */
  public boolean alphanumericSender() {
    return !senderId.matches("\\+?[0-9]{3,15}");
  }

  @Override
  public String toString() {
    return systemId + "@" + host + ":" + port + (transceiver ? " (transceiver)" : " (transmitter)");
  }
}
