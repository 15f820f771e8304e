package vn.pakn.notifications.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.Violation;

/**
 * A mail that must not be sent as asked: a variable missing, too long or holding control
 * characters, an unknown message or language, a bad recipient. Each violation names the variable
 * (or {@code recipient.address}, {@code recipient.name}) and a message key of {@code
 * i18n/notifications}. Nothing is enqueued when this is thrown.
 */
public class InvalidMailException extends RuntimeException {

  private final List<Violation> violations;

  public InvalidMailException(List<Violation> violations) {
    super(describe(violations, Locale.ENGLISH), null, false, false);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("no violation");
    }
    this.violations = List.copyOf(violations);
  }

  public InvalidMailException(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }

  /** The violations in the given language, separated by semicolons. */
  public String describe(Locale locale) {
    return describe(violations, locale);
  }

  private static String describe(List<Violation> violations, Locale locale) {
    Messages messages = Messages.of(locale);
    return violations.stream()
        .map(v -> v.field() + ": " + messages.get(v.key(), v.args()))
        .collect(Collectors.joining("; "));
  }
}
