package vn.pakn.officers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.OfficerActivation;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * Officers' accounts as administrators manage them. A new account has no password: the officer
 * receives a single-use link by mail ({@link OfficerInvited}) and sets one; an administrator can
 * send a new link (which also resets a forgotten password) and deactivate an account, but never
 * learns or sets anyone's password. An administrator cannot lock themselves out (remove their own
 * administrator role or deactivate themselves).
 */
@ApplicationScoped
public class OfficerAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int LONGEST_PASSWORD = 200;

  @Inject Agencies agencies;
  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Event<OfficerInvited> invited;

  @Inject
  @ConfigProperty(name = "pakn.officers.activationHours", defaultValue = "72")
  int activationHours;

  Clock clock = Clock.systemUTC();

  public List<Officer> list(String agencyCode) {
    if (agencyCode == null || agencyCode.isBlank()) {
      return em.createQuery("select o from Officer o order by o.username", Officer.class)
          .getResultList();
    }
    return em.createQuery(
            "select o from Officer o where o.agencyId = :agency order by o.username", Officer.class)
        .setParameter("agency", agency("agency", agencyCode).id())
        .getResultList();
  }

  public Officer find(String username) {
    return em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
        .setParameter("username", username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ProblemException(404, "officer-not-found", username));
  }

  /** A new account, and its activation link by mail. */
  @Transactional
  public Officer create(OfficerForm form, Officer admin) {
    Agency agency = agency("agency", form.agencyCode());
    boolean taken =
        !em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
            .setParameter("username", form.username())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ProblemException(409, "officer-exists", form.username());
    }
    var officer =
        Officer.invited(
            form.username(),
            form.displayName(),
            form.email(),
            agency.id(),
            form.roles(),
            admin.id(),
            now());
    em.persist(officer);
    em.flush();
    newLink(officer, admin, form.language(), true);
    return officer;
  }

  @Transactional
  public Officer change(String username, OfficerForm form, Officer admin) {
    Officer officer = find(username);
    em.lock(officer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (officer.id().equals(admin.id()) && (!form.active() || !form.roles().contains(Role.ADMIN))) {
      throw new ProblemException(409, "officer-self-lockout");
    }
    officer.change(
        form.displayName(),
        form.email(),
        agency("agency", form.agencyCode()).id(),
        form.roles(),
        form.active());
    if (!form.active()) {
      em.createQuery("delete from ApiToken t where t.officerId = :officer")
          .setParameter("officer", officer.id())
          .executeUpdate();
    }
    return officer;
  }

  /** A new link by mail (the unused ones stop working); the password, if any, stays until used. */
  @Transactional
  public OffsetDateTime sendNewLink(String username, Locale language, Officer admin) {
    Officer officer = find(username);
    if (!officer.isActive()) {
      throw new ProblemException(409, "officer-inactive", officer.username());
    }
    if (officer.email() == null) {
      throw ProblemException.invalid(new Violation("email", "required"));
    }
    return newLink(officer, admin, language, false);
  }

  /**
   * Sets the password of the link's officer and uses the link up. Their API tokens are revoked (a
   * reset must shut out whoever knew the old password).
   *
   * @throws ProblemException 404 for an unknown link, 410 for a used, replaced or expired one, 400
   *     for a password that breaks the rules
   */
  @Transactional
  public Officer activate(String secret, String password) {
    OfficerActivation link =
        secret == null || secret.length() > 100
            ? null
            : em.find(OfficerActivation.class, Tokens.hash(secret), LockModeType.PESSIMISTIC_WRITE);
    if (link == null) {
      throw new ProblemException(404, "activation-unknown");
    }
    OffsetDateTime now = now();
    switch (link.stateAt(now)) {
      case USED -> throw new ProblemException(410, "activation-used");
      case REVOKED -> throw new ProblemException(410, "activation-replaced");
      case EXPIRED -> throw new ProblemException(410, "activation-expired");
      case USABLE -> {}
    }
    Officer officer = em.find(Officer.class, link.officerId());
    if (!officer.isActive()) {
      throw new ProblemException(410, "activation-replaced");
    }
    checkPassword(password, officer);
    officer.setPassword(passwords.hash(password));
    link.use(now);
    em.createQuery("delete from ApiToken t where t.officerId = :officer")
        .setParameter("officer", officer.id())
        .executeUpdate();
    return officer;
  }

  static void checkPassword(String password, Officer officer) {
    if (password == null || password.isEmpty()) {
      throw ProblemException.invalid(new Violation("password", "required"));
    }
    int length = password.codePointCount(0, password.length());
    if (length < Passwords.MIN_LENGTH || length > LONGEST_PASSWORD) {
      throw ProblemException.invalid(
          new Violation("password", "password.length", Passwords.MIN_LENGTH, LONGEST_PASSWORD));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (lower.contains(officer.username()) || password.codePoints().distinct().count() < 4) {
      throw ProblemException.invalid(new Violation("password", "password.guessable"));
    }
  }

  private OffsetDateTime newLink(Officer officer, Officer admin, Locale language, boolean isNew) {
    OffsetDateTime now = now();
    em.createQuery(
            "select a from OfficerActivation a where a.officerId = :officer",
            OfficerActivation.class)
        .setParameter("officer", officer.id())
        .getResultList()
        .forEach(old -> old.revoke(now));
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var link =
        new OfficerActivation(
            Tokens.hash(secret),
            officer.id(),
            admin.id(),
            now,
            now.plus(Duration.ofHours(activationHours)));
    em.persist(link);
    invited.fire(
        new OfficerInvited(officer.id(), secret, link.expiresAt(), language.getLanguage(), isNew));
    return link.expiresAt();
  }

  private Agency agency(String field, String code) {
    return agencies.requireByCode(field, code);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }
}
