package vn.pakn.surveys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A tablet at a service desk that collects responses to one survey. It signs every response with
 * its secret (HMAC-SHA256), which is shown once when an administrator registers it.
 */
@Entity
@Table(name = "kiosk")
@NamedQuery(name = Kiosk.BY_CODE, query = "select k from Kiosk k where k.code = :code")
@NamedQuery(name = Kiosk.ALL, query = "select k from Kiosk k order by k.createdAt desc")
public class Kiosk {

  public static final String BY_CODE = "Kiosk.byCode";
  public static final String ALL = "Kiosk.all";

  @Id
  @SequenceGenerator(name = "kiosk_seq", sequenceName = "kiosk_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kiosk_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(nullable = false, length = 100)
  private String desk;

  @Column(name = "survey_id", nullable = false, length = 64)
  private String surveyId;

  @Column(nullable = false, length = 64)
  private String secret;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  protected Kiosk() {}

  public Kiosk(
      String code,
      Long agencyId,
      String desk,
      String surveyId,
      String secret,
      OffsetDateTime createdAt,
      String createdBy) {
    this.code = code;
    this.agencyId = agencyId;
    this.desk = desk;
    this.surveyId = surveyId;
    this.secret = secret;
    this.active = true;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public void deactivate() {
    active = false;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public Long agencyId() {
    return agencyId;
  }

  public String desk() {
    return desk;
  }

  public String surveyId() {
    return surveyId;
  }

  public String secret() {
    return secret;
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
