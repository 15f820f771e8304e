package vn.pakn.notifications.control;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of text message (SMS), named by its template id in {@code mail-templates/sms/}. The kernel
 * knows no message: each component declares the ones it sends in its {@link TextCatalogue}, and
 * start-up fails when one has no templates.
 */
public record TextMessage(String id) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public TextMessage {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a message id: " + id);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
