package vn.pakn.petitions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One immutable step in a petition's life: when, who, from which status to which, why, and the
 * legal basis. Public events are shown to the sender; the others only to officers.
 */
@Entity
@Table(name = "petition_event")
public class PetitionEvent {

  @Id
  @SequenceGenerator(
      name = "petition_event_seq",
      sequenceName = "petition_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_event_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "petition_id", nullable = false, updatable = false)
  private Petition petition;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private EventType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 24)
  private PetitionStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 24)
  private PetitionStatus to;

  @Column(updatable = false, length = 100)
  private String actor;

  @Column(name = "actor_agency_id", updatable = false)
  private Long actorAgencyId;

  @Column(name = "reason_code", updatable = false, length = 32)
  private String reasonCode;

  @Column(name = "public_event", nullable = false, updatable = false)
  private boolean publicEvent;

  @Column(updatable = false, length = 2000)
  private String note;

  @Column(name = "legal_basis", updatable = false, length = 500)
  private String legalBasis;

  protected PetitionEvent() {}

  PetitionEvent(
      Petition petition,
      OffsetDateTime at,
      EventType type,
      PetitionStatus from,
      PetitionStatus to,
      String actor,
      Long actorAgencyId,
      boolean publicEvent,
      String note,
      String reasonCode,
      String legalBasis) {
    this.petition = petition;
    this.actorAgencyId = actorAgencyId;
    this.reasonCode = reasonCode;
    this.at = at;
    this.type = type;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.publicEvent = publicEvent;
    this.note = note;
    this.legalBasis = legalBasis;
  }

  public OffsetDateTime at() {
    return at;
  }

  public EventType type() {
    return type;
  }

  public PetitionStatus from() {
    return from;
  }

  public PetitionStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public Long actorAgencyId() {
    return actorAgencyId;
  }

  public String reasonCode() {
    return reasonCode;
  }

  public boolean isPublic() {
    return publicEvent;
  }

  public String note() {
    return note;
  }

  public String legalBasis() {
    return legalBasis;
  }
}
