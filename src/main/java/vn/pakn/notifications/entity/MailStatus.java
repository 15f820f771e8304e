package vn.pakn.notifications.entity;

/** Where a mail of the outbox stands. */
public enum MailStatus {
  /** Waiting for its next attempt ({@code next_attempt_at}). */
  QUEUED,
  /** Claimed by a node that is sending it; claimable again once the claim expires. */
  SENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Given up (permanent failure or too many attempts); an administrator may retry it. */
  FAILED,
  /** Rendered but not to be sent: no SMTP server is configured. */
  KEPT
}
