package vn.pakn.petitions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One agency in the chain that has held a petition: the receiving office first, then every agency
 * it was transferred to, each with the reason it was sent there.
 */
@Entity
@Table(name = "petition_hop")
public class PetitionHop {

  @Id
  @SequenceGenerator(
      name = "petition_hop_seq",
      sequenceName = "petition_hop_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_hop_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "petition_id", nullable = false, updatable = false)
  private Petition petition;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private Long agencyId;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime since;

  @Column(updatable = false, length = 2000)
  private String reason;

  protected PetitionHop() {}

  PetitionHop(Petition petition, int position, Long agencyId, OffsetDateTime since, String reason) {
    this.petition = petition;
    this.position = position;
    this.agencyId = agencyId;
    this.since = since;
    this.reason = reason;
  }

  public int position() {
    return position;
  }

  public Long agencyId() {
    return agencyId;
  }

  public OffsetDateTime since() {
    return since;
  }

  public String reason() {
    return reason;
  }
}
