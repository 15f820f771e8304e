package vn.pakn.agencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A field (lĩnh vực) of administrative procedures, e.g. Tư pháp – Hộ tịch. */
@Entity
@Table(name = "field")
@NamedQuery(
    name = Field.ACTIVE,
    query = "select f from Field f where f.active = true order by f.position, f.code")
public class Field {

  public static final String ACTIVE = "Field.active";

  @Id
  @Column(length = 32)
  private String code;

  @Column(name = "name_vi", nullable = false, length = 200)
  private String nameVi;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean active;

  protected Field() {}

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
  }

  public boolean isActive() {
    return active;
  }
}
