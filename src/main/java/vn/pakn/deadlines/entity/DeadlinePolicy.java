package vn.pakn.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One version of the time a stage may take for petitions of a kind ({@link #ALL_KINDS} for every
 * kind without its own): working days, legal basis, the day it takes effect. Never changed once
 * stored; a new version is a new row.
 */
@Entity
@Table(name = "deadline_policy")
@NamedQuery(
    name = DeadlinePolicy.ALL,
    query = "select p from DeadlinePolicy p order by p.stage, p.kind, p.effectiveFrom")
public class DeadlinePolicy {

  public static final String ALL = "DeadlinePolicy.all";
  public static final String ALL_KINDS = "ALL";

  @Id
  @SequenceGenerator(
      name = "deadline_policy_seq",
      sequenceName = "deadline_policy_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_policy_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Stage stage;

  @Column(nullable = false, updatable = false, length = 24)
  private String kind;

  @Column(name = "working_days", nullable = false, updatable = false)
  private int workingDays;

  @Column(name = "legal_basis", nullable = false, updatable = false, length = 500)
  private String legalBasis;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected DeadlinePolicy() {}

  public DeadlinePolicy(
      Stage stage,
      String kind,
      int workingDays,
      String legalBasis,
      LocalDate effectiveFrom,
      String createdBy,
      OffsetDateTime createdAt) {
    this.stage = stage;
    this.kind = kind;
    this.workingDays = workingDays;
    this.legalBasis = legalBasis;
    this.effectiveFrom = effectiveFrom;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public Stage stage() {
    return stage;
  }

  public String kind() {
    return kind;
  }

  public int workingDays() {
    return workingDays;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
