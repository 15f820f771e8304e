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
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.RenderedMail;

/**
 * One mail of the outbox: rendered, addressed and given its {@code Message-ID} when enqueued, so it
 * is sent later exactly as it was when the step happened, and every retry carries the same {@code
 * Message-ID}. The sending job changes the delivery columns with its own statements.
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

  @Column(nullable = false, length = 1000)
  private String subject;

  @Column(name = "body_text", nullable = false, length = 200_000)
  private String text;

  @Column(name = "body_html", nullable = false, length = 400_000)
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

  public OutboxMail(
      String messageId,
      MailRecipient to,
      RenderedMail mail,
      boolean send,
      Long petitionId,
      OffsetDateTime now) {
    this.messageId = messageId;
    this.recipient = to.address();
    this.recipientName = to.displayName();
    this.template = mail.message();
    this.language = mail.language();
    this.subject = mail.subject();
    this.text = mail.text();
    this.html = mail.html();
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

  public RenderedMail rendered() {
    return new RenderedMail(template, language, subject, text, html);
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

  public String subject() {
    return subject;
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

  public void sent(OffsetDateTime at) {
    status = MailStatus.SENT;
    sentAt = at;
    lastError = null;
    release();
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
