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

/**
 * One text message (SMS) of the outbox: rendered and addressed when enqueued, so it is sent as it
 * was when the step happened. Its event key makes it the only text of its event; its concatenation
 * reference is kept on every attempt, so a repeated long text is recognisable. Statuses as mails'.
 */
@Entity
@Table(name = "sms_outbox")
public class OutboxText {

  @Id
  @SequenceGenerator(name = "sms_outbox_seq", sequenceName = "sms_outbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_outbox_seq")
  private Long id;

  @Column(name = "event_key", nullable = false, unique = true, length = 200)
  private String eventKey;

  @Column(nullable = false)
  private int reference;

  @Column(nullable = false, length = 16)
  private String phone;

  @Column(nullable = false, length = 64)
  private String template;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(nullable = false, length = 2000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  private Integer parts;

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

  @Column(name = "provider_ids", length = 1000)
  private String providerIds;

  @Column(name = "delivery_status", length = 16)
  private String deliveryStatus;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  protected OutboxText() {}

  public OutboxText(
      String eventKey,
      int reference,
      String phone,
      String template,
      String language,
      String body,
      boolean sending,
      Long petitionId,
      OffsetDateTime now) {
    this.eventKey = eventKey;
    this.reference = reference;
    this.phone = phone;
    this.template = template;
    this.language = language;
    this.body = body;
    this.status = sending ? MailStatus.QUEUED : MailStatus.KEPT;
    this.petitionId = petitionId;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public Long id() {
    return id;
  }

  public String eventKey() {
    return eventKey;
  }

  public int reference() {
    return reference;
  }

  public String phone() {
    return phone;
  }

  public String template() {
    return template;
  }

  public String language() {
    return language;
  }

  public String body() {
    return body;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Integer parts() {
    return parts;
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

  public Long petitionId() {
    return petitionId;
  }

  public String providerIds() {
    return providerIds;
  }

  public String deliveryStatus() {
    return deliveryStatus;
  }

  public OffsetDateTime deliveredAt() {
    return deliveredAt;
  }

  /** Claimed by a node for one attempt. */
  public void claim(String node, OffsetDateTime until) {
    status = MailStatus.SENDING;
    attempts++;
    claimedBy = node;
    claimedUntil = until;
  }

  /** Every part accepted by the provider, with the ids it gave them. */
  public void sent(OffsetDateTime at, int partCount, String ids) {
    status = MailStatus.SENT;
    sentAt = at;
    parts = partCount;
    providerIds = ids == null || ids.length() <= 1000 ? ids : ids.substring(0, 1000);
    lastError = null;
    release();
  }

  public void retryAt(OffsetDateTime when, String error) {
    status = MailStatus.QUEUED;
    nextAttemptAt = when;
    lastError = cut(error);
    release();
  }

  /** Back in the queue without counting the attempt: the provider asked us to slow down. */
  public void postpone(OffsetDateTime when, String error) {
    attempts = Math.max(0, attempts - 1);
    retryAt(when, error);
  }

  public void failed(String error) {
    status = MailStatus.FAILED;
    lastError = cut(error);
    release();
  }

  /** An administrator sends a FAILED text again. */
  public void retryNow(OffsetDateTime now) {
    if (status != MailStatus.FAILED) {
      throw new IllegalStateException("only a FAILED text can be retried");
    }
    status = MailStatus.QUEUED;
    attempts = 0;
    nextAttemptAt = now;
  }

  /** A delivery receipt from the provider (DELIVRD, UNDELIV, EXPIRED, …). */
  public void delivery(String state, OffsetDateTime at) {
    deliveryStatus = state;
    deliveredAt = at;
  }

  private void release() {
    claimedBy = null;
    claimedUntil = null;
  }

  private static String cut(String error) {
    return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
  }
}
