package vn.pakn.documents.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.pakn.platform.control.Sha256;

/**
 * An answer issued as a signed PDF document. Written once, never changed (every column is {@code
 * updatable = false} and the class has no setter): a new answer after reopening is a new document.
 */
@Entity
@Table(name = "signed_answer")
@NamedQuery(
    name = SignedAnswer.FOR_PETITION,
    query = "select s from SignedAnswer s where s.petitionId = :petition order by s.signedAt desc")
@NamedQuery(
    name = SignedAnswer.LAST_SERIAL,
    query =
        "select max(s.serial) from SignedAnswer s where s.agencyId = :agency and s.issuedYear ="
            + " :year")
public class SignedAnswer {

  public static final String FOR_PETITION = "SignedAnswer.forPetition";
  public static final String LAST_SERIAL = "SignedAnswer.lastSerial";

  @Id
  @SequenceGenerator(
      name = "signed_answer_seq",
      sequenceName = "signed_answer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signed_answer_seq")
  private Long id;

  @Column(name = "petition_id", nullable = false, updatable = false)
  private Long petitionId;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private Long agencyId;

  @Column(name = "issued_year", nullable = false, updatable = false)
  private int issuedYear;

  @Column(nullable = false, updatable = false)
  private int serial;

  @Column(name = "document_number", nullable = false, updatable = false, length = 64)
  private String documentNumber;

  @Column(name = "signer_name", nullable = false, updatable = false, length = 200)
  private String signerName;

  @Column(name = "signer_title", nullable = false, updatable = false, length = 200)
  private String signerTitle;

  @Column(name = "certificate_subject", nullable = false, updatable = false, length = 500)
  private String certificateSubject;

  @Column(name = "signature_level", nullable = false, updatable = false, length = 32)
  private String signatureLevel;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private OffsetDateTime signedAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] pdf;

  protected SignedAnswer() {}

  public SignedAnswer(
      Long petitionId,
      Long agencyId,
      int issuedYear,
      int serial,
      String documentNumber,
      String signerName,
      String signerTitle,
      String certificateSubject,
      String signatureLevel,
      OffsetDateTime signedAt,
      byte[] pdf) {
    this.petitionId = petitionId;
    this.agencyId = agencyId;
    this.issuedYear = issuedYear;
    this.serial = serial;
    this.documentNumber = documentNumber;
    this.signerName = signerName;
    this.signerTitle = signerTitle;
    this.certificateSubject = certificateSubject;
    this.signatureLevel = signatureLevel;
    this.signedAt = signedAt;
    this.pdf = pdf.clone();
    this.size = pdf.length;
    this.sha256 = sha256(pdf);
  }

  public static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }

  public Long id() {
    return id;
  }

  public Long petitionId() {
    return petitionId;
  }

  public Long agencyId() {
    return agencyId;
  }

  public String documentNumber() {
    return documentNumber;
  }

  public String signerName() {
    return signerName;
  }

  public String signerTitle() {
    return signerTitle;
  }

  public String certificateSubject() {
    return certificateSubject;
  }

  public String signatureLevel() {
    return signatureLevel;
  }

  public OffsetDateTime signedAt() {
    return signedAt;
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  public byte[] pdf() {
    return pdf.clone();
  }
}
