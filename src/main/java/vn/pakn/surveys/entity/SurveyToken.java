package vn.pakn.surveys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The single-use right to rate one served case, stored as the SHA-256 of the token printed on the
 * receipt (QR code) or mailed to the petition's sender. It knows the case's agency, desk, procedure
 * and officer, so the response is grouped by them; it never learns which response it gave.
 */
@Entity
@Table(name = "survey_token")
public class SurveyToken {

  public enum CaseKind {
    PETITION,
    DESK_FILE
  }

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_kind", nullable = false, length = 16)
  private CaseKind caseKind;

  @Column(name = "survey_id", nullable = false, length = 64)
  private String surveyId;

  @Column(name = "petition_id")
  private Long petitionId;

  @Column(name = "receipt_number", length = 64)
  private String receiptNumber;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(nullable = false, length = 100)
  private String desk;

  @Column(name = "procedure_code", nullable = false, length = 64)
  private String procedureCode;

  @Column(name = "officer_id")
  private Long officerId;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected SurveyToken() {}

  public SurveyToken(
      String tokenHash,
      CaseKind caseKind,
      String surveyId,
      Long petitionId,
      String receiptNumber,
      Long agencyId,
      String desk,
      String procedureCode,
      Long officerId,
      OffsetDateTime issuedAt,
      OffsetDateTime expiresAt) {
    this.tokenHash = tokenHash;
    this.caseKind = caseKind;
    this.surveyId = surveyId;
    this.petitionId = petitionId;
    this.receiptNumber = receiptNumber;
    this.agencyId = agencyId;
    this.desk = desk;
    this.procedureCode = procedureCode;
    this.officerId = officerId;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Marks the token used; the caller has checked it was unused and not expired. */
  public void use(OffsetDateTime now) {
    usedAt = now;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public CaseKind caseKind() {
    return caseKind;
  }

  public String surveyId() {
    return surveyId;
  }

  public Long petitionId() {
    return petitionId;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public Long agencyId() {
    return agencyId;
  }

  public String desk() {
    return desk;
  }

  public String procedureCode() {
    return procedureCode;
  }

  public Long officerId() {
    return officerId;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  public OffsetDateTime usedAt() {
    return usedAt;
  }
}
