package vn.pakn.officers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A single-use link with which an officer sets a password: for a new account, or when an
 * administrator resets one. Only the SHA-256 of the link's secret is stored.
 */
@Entity
@Table(name = "officer_activation")
public class OfficerActivation {

  /** Why a link cannot be used. */
  public enum State {
    USABLE,
    USED,
    REVOKED,
    EXPIRED
  }

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "officer_id", nullable = false)
  private Long officerId;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected OfficerActivation() {}

  public OfficerActivation(
      String tokenHash,
      Long officerId,
      Long createdBy,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt) {
    this.tokenHash = tokenHash;
    this.officerId = officerId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public State stateAt(OffsetDateTime now) {
    if (usedAt != null) {
      return State.USED;
    }
    if (revokedAt != null) {
      return State.REVOKED;
    }
    return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
  }

  public void use(OffsetDateTime now) {
    usedAt = now;
  }

  public void revoke(OffsetDateTime now) {
    if (usedAt == null && revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long officerId() {
    return officerId;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
