package vn.pakn.notifications.control;

import java.util.Objects;

/**
 * A mail ready to send, as plain strings so it can be stored in an outbox row and sent later (or
 * shown to an administrator) without the templates: which message it is, its language ({@code
 * vi}/{@code en}, also sent as {@code Content-Language}), a one-line subject, the plain-text part
 * and the HTML part.
 */
public record RenderedMail(
    String message, String language, String subject, String text, String html) {

  public RenderedMail {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a subject is one line");
    }
  }
}
