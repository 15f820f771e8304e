package vn.pakn.officers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A bearer token of a machine client; only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "officer_id", nullable = false)
  private Long officerId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected ApiToken() {}

  public ApiToken(String tokenHash, Long officerId, OffsetDateTime now, OffsetDateTime expiresAt) {
    this.tokenHash = tokenHash;
    this.officerId = officerId;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public Long officerId() {
    return officerId;
  }

  public boolean isValidAt(OffsetDateTime now) {
    return now.isBefore(expiresAt);
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
