package vn.pakn.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.MailRenderer;
import vn.pakn.notifications.control.MailVariables;
import vn.pakn.notifications.control.RenderedMail;

/**
 * One mail of the outbox: addressed, given its {@code Message-ID} and its checked variables when
 * enqueued; the sending job renders it from its template and those variables (issue 15: rendering
 * is not the step's work), and every retry carries the same {@code Message-ID}. A row enqueued
 * before that change holds its rendered subject and bodies instead and is sent as it is. The
 * sending job changes the delivery columns with its own statements.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  @Id
  @SequenceGenerator(
      name = "mail_outbox_seq",
      sequenceName = "mail_outbox_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
  private Long id;

  @Column(name = "message_id", nullable = false, unique = true, length = 300)
  private String messageId;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(name = "recipient_name", length = 200)
  private String recipientName;

  @Column(nullable = false, length = 64)
  private String template;

  @Column(nullable = false, length = 8)
  private String language;

  /** The variables as {@code MailVariables} JSON; null in a row rendered when enqueued. */
  @Column(length = 200_000)
  private String variables;

  /** Set only in a row rendered when enqueued (before issue 15). */
  @Column(length = 1000)
  private String subject;

  @Column(name = "body_text", length = 200_000)
  private String text;

  @Column(name = "body_html", length = 400_000)
  private String html;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "claimed_until")
  private OffsetDateTime claimedUntil;

  @Column(name = "petition_id")
  private Long petitionId;

  protected OutboxMail() {}

  /**
   * @param variables the checked values, as {@code MailVariables} JSON
   */
  public OutboxMail(
      String messageId,
      MailRecipient to,
      String template,
      String language,
      String variables,
      boolean send,
      Long petitionId,
      OffsetDateTime now) {
    this.messageId = messageId;
    this.recipient = to.address();
    this.recipientName = to.displayName();
    this.template = template;
    this.language = language;
    this.variables = variables;
    this.status = send ? MailStatus.QUEUED : MailStatus.KEPT;
    this.nextAttemptAt = now;
    this.createdAt = now;
    this.petitionId = petitionId;
  }

  public Long id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public MailRecipient to() {
    return new MailRecipient(recipient, recipientName);
  }

  /** What the recipient gets: the stored rendering of an old row, or rendered now. */
  public RenderedMail rendered(MailRenderer renderer) {
    if (variables == null) {
      return new RenderedMail(template, language, subject, text, html);
    }
    return renderer.render(
        template, Locale.forLanguageTag(language), MailVariables.fromJson(variables));
  }

  public String variables() {
    return variables;
  }

  public String recipient() {
    return recipient;
  }

  public String template() {
    return template;
  }

  public String language() {
    return language;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public OffsetDateTime claimedUntil() {
    return claimedUntil;
  }

  public Long petitionId() {
    return petitionId;
  }

  /** Taken by a sending node until {@code until}; the attempt is counted now (at most once). */
  public void claim(String node, OffsetDateTime until) {
    status = MailStatus.SENDING;
    attempts++;
    claimedBy = node;
    claimedUntil = until;
  }

  public void retryAt(OffsetDateTime when, String error) {
    status = MailStatus.QUEUED;
    nextAttemptAt = when;
    lastError = error;
    release();
  }

  public void failed(String error) {
    status = MailStatus.FAILED;
    lastError = error;
    release();
  }

  /** An administrator sends a FAILED mail again: a fresh series of attempts, same Message-ID. */
  public void retryNow(OffsetDateTime now) {
    if (status != MailStatus.FAILED) {
      throw new IllegalStateException("only a FAILED mail is retried, not " + status);
    }
    status = MailStatus.QUEUED;
    attempts = 0;
    nextAttemptAt = now;
  }

  private void release() {
    claimedBy = null;
    claimedUntil = null;
  }
}
