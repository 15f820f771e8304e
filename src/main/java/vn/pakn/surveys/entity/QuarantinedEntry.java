package vn.pakn.surveys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A kiosk entry kept aside with the reason it was not counted; never part of any score. */
@Entity
@Table(name = "survey_quarantine")
public class QuarantinedEntry {

  public enum Reason {
    /** The signature does not match the kiosk's secret: altered on the device or in transit. */
    SIGNATURE,
    /** Not a readable entry (bad JSON, missing fields, a value off the scale). */
    UNREADABLE,
    /** Answered sooner after another response of the kiosk than the minimum interval allows. */
    TOO_SOON,
    /** Answered in the future, or longer ago than an offline queue may keep entries. */
    CLOCK,
    /** The kiosk was deactivated. */
    INACTIVE_KIOSK
  }

  @Id
  @SequenceGenerator(
      name = "survey_quarantine_seq",
      sequenceName = "survey_quarantine_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_quarantine_seq")
  private Long id;

  @Column(name = "kiosk_id")
  private Long kioskId;

  @Column(name = "client_id", length = 64)
  private String clientId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Reason reason;

  @Column(length = 500)
  private String detail;

  @Column(nullable = false, length = 20000)
  private String payload;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected QuarantinedEntry() {}

  public QuarantinedEntry(
      Long kioskId,
      String clientId,
      Reason reason,
      String detail,
      String payload,
      OffsetDateTime receivedAt) {
    this.kioskId = kioskId;
    this.clientId = clientId;
    this.reason = reason;
    this.detail = detail;
    this.payload = payload;
    this.receivedAt = receivedAt;
  }
}
