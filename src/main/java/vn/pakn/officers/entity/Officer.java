package vn.pakn.officers.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A civil servant who works on petitions, in one agency, with one or more roles. */
@Entity
@Table(name = "officer")
@NamedQuery(
    name = Officer.BY_USERNAME,
    query = "select o from Officer o where o.username = :username")
@NamedQuery(
    name = Officer.BY_EMAIL,
    query = "select o from Officer o where lower(o.email) = :email")
public class Officer {

  public static final String BY_USERNAME = "Officer.byUsername";

  /** Accounts by mail address, whatever its letter case ({@code :email} in lower case). */
  public static final String BY_EMAIL = "Officer.byEmail";

  /** Failed sign-ins allowed before the account is locked; each lock doubles, up to a day. */
  static final int FREE_ATTEMPTS = 5;

  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofDays(1);

  @Id
  @SequenceGenerator(name = "officer_seq", sequenceName = "officer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_seq")
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 254)
  private String email;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  /** Null until the officer sets a password through an activation link. */
  @Column(name = "password_hash", length = 300)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by")
  private Long createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "officer_role", joinColumns = @JoinColumn(name = "officer_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 16)
  private Set<Role> roles = new HashSet<>();

  protected Officer() {}

  public Officer(
      String username,
      String displayName,
      String email,
      Long agencyId,
      Set<Role> roles,
      String passwordHash,
      OffsetDateTime now) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.agencyId = agencyId;
    this.roles.addAll(roles);
    this.passwordHash = passwordHash;
    this.active = true;
    this.createdAt = now;
  }

  /** An account created by an administrator: no password until the officer sets one. */
  public static Officer invited(
      String username,
      String displayName,
      String email,
      Long agencyId,
      Set<Role> roles,
      Long createdBy,
      OffsetDateTime now) {
    var officer = new Officer(username, displayName, email, agencyId, roles, null, now);
    officer.createdBy = createdBy;
    return officer;
  }

  /** Changes what an administrator manages; the password and sign-in state stay. */
  public void change(
      String displayName, String email, Long agencyId, Set<Role> roles, boolean active) {
    this.displayName = displayName;
    this.email = email;
    this.agencyId = agencyId;
    this.roles.clear();
    this.roles.addAll(roles);
    this.active = active;
  }

  /** A password set through an activation link; a lock from failed sign-ins ends with it. */
  public void setPassword(String passwordHash) {
    this.passwordHash = passwordHash;
    signedIn();
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  /** Whether a sign-in may be tried now. */
  public boolean isLockedAt(OffsetDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void signedIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  /** Counts a failed sign-in; from the sixth on, locks the account for 1, 2, 4 … minutes. */
  public void failedSignIn(OffsetDateTime now) {
    failedSignIns++;
    int over = failedSignIns - FREE_ATTEMPTS;
    if (over > 0) {
      Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(over - 1, 20));
      lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public Long agencyId() {
    return agencyId;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime lockedUntil() {
    return lockedUntil;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
