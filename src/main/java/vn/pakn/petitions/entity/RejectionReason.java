package vn.pakn.petitions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A reason from the catalogue for not accepting a petition, with its legal basis. */
@Entity
@Table(name = "rejection_reason")
@NamedQuery(
    name = RejectionReason.ALL,
    query = "select r from RejectionReason r order by r.position")
public class RejectionReason {

  public static final String ALL = "RejectionReason.all";

  @Id
  @Column(length = 32)
  private String code;

  @Column(name = "name_vi", nullable = false, length = 300)
  private String nameVi;

  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Column(name = "legal_basis", nullable = false, length = 300)
  private String legalBasis;

  @Column(nullable = false)
  private int position;

  protected RejectionReason() {}

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
  }

  public String legalBasis() {
    return legalBasis;
  }
}
