package vn.pakn.agencies.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * An agency of the province: the province itself, a department, a district or a commune. Holds the
 * fields (lĩnh vực) it is competent for, which routing uses.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.ALL, query = "select a from Agency a order by a.id")
@NamedQuery(name = Agency.BY_CODE, query = "select a from Agency a where a.code = :code")
@NamedQuery(
    name = Agency.RECEIVING,
    query = "select a from Agency a where a.receivesPetitions = true order by a.id")
public class Agency {

  public static final String ALL = "Agency.all";
  public static final String BY_CODE = "Agency.byCode";
  public static final String RECEIVING = "Agency.receiving";

  public enum Level {
    PROVINCE,
    DEPARTMENT,
    DISTRICT,
    COMMUNE
  }

  @Id
  @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String code;

  @Column(nullable = false, length = 250)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Level level;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "receives_petitions", nullable = false)
  private boolean receivesPetitions;

  @ElementCollection
  @CollectionTable(name = "agency_field", joinColumns = @JoinColumn(name = "agency_id"))
  @Column(name = "field_code")
  private Set<String> fieldCodes = new HashSet<>();

  protected Agency() {}

  public Agency(String code, String name, Level level, Long parentId) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.parentId = parentId;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Level level() {
    return level;
  }

  public Long parentId() {
    return parentId;
  }

  public boolean receivesPetitions() {
    return receivesPetitions;
  }

  public Set<String> fieldCodes() {
    return Set.copyOf(fieldCodes);
  }

  public void rename(String name) {
    this.name = name;
  }

  public void receivePetitions(boolean receives) {
    this.receivesPetitions = receives;
  }

  public void handleFields(Set<String> codes) {
    fieldCodes.clear();
    fieldCodes.addAll(codes);
  }

  public void moveUnder(Long parentId) {
    this.parentId = parentId;
  }
}
