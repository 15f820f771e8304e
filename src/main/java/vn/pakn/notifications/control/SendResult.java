package vn.pakn.notifications.control;

import java.util.Objects;

/**
 * What happened to one attempt to send a mail, as plain values for the outbox row.
 *
 * @param messageId the {@code Message-ID} the mail was (or would have been) sent with
 * @param smtpCode the SMTP reply code when the server gave one (e.g. 550, 451), else 0
 * @param error what went wrong, for the outbox and the administrator (at most 1000 characters);
 *     null when sent
 */
public record SendResult(Outcome outcome, String messageId, int smtpCode, String error) {

  static final int MAX_ERROR = 1000;

  public enum Outcome {
    /** Accepted by the SMTP server. */
    SENT,
    /** Worth retrying later: connection refused or lost, timeout, 4xx, server misconfiguration. */
    TRANSIENT_FAILURE,
    /** Retrying will not help: the address or the mail was refused with 5xx. */
    PERMANENT_FAILURE
  }

  public SendResult {
    Objects.requireNonNull(outcome);
    if (error != null && error.length() > MAX_ERROR) {
      error = error.substring(0, MAX_ERROR - 1) + "…";
    }
  }

  static SendResult sent(String messageId) {
    return new SendResult(Outcome.SENT, messageId, 0, null);
  }

  public boolean isSent() {
    return outcome == Outcome.SENT;
  }

  public boolean isPermanent() {
    return outcome == Outcome.PERMANENT_FAILURE;
  }
}
