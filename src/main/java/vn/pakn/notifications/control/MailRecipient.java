package vn.pakn.notifications.control;

import java.util.Optional;

/**
 * A checked recipient, made by {@link MailAddresses#recipient}: the address with its domain in
 * ASCII (an internationalised domain in its {@code xn--} form) and an optional display name, both
 * plain strings for storage.
 */
public record MailRecipient(String address, String displayName) {

  public Optional<String> name() {
    return Optional.ofNullable(displayName);
  }
}
