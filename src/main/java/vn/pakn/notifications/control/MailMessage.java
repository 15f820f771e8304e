package vn.pakn.notifications.control;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of mail, named by its template id in {@code mail-templates/} (file names, {@code
 * messages.json}, stored mails). The kernel knows no message: each component declares the ones it
 * sends in its {@link MailCatalogue}, and start-up fails when one has no templates.
 */
public record MailMessage(String id) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public MailMessage {
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
