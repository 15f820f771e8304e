package vn.pakn.officers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.pakn.officers.entity.Officer;
import vn.pakn.platform.control.ProblemException;

/**
 * Checks an officer's user name and password. Wrong passwords are counted on the account (in the
 * database, so every node sees them); after five, the account is locked for a time that doubles
 * with each further failure. An unknown user name costs the same time as a wrong password and gets
 * the same answer.
 */
@ApplicationScoped
public class SignIn {

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;

  Clock clock = Clock.systemUTC();

  @Transactional(dontRollbackOn = ProblemException.class)
  public Officer check(String username, String password) {
    if (username == null || password == null || username.length() > 64 || password.length() > 200) {
      throw new ProblemException(401, "sign-in-failed");
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    var officer =
        em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
            .setParameter("username", username.strip().toLowerCase())
            .getResultStream()
            .findFirst();
    if (officer.isEmpty() || !officer.get().isActive() || !officer.get().hasPassword()) {
      passwords.checkDecoy(password);
      throw new ProblemException(401, "sign-in-failed");
    }
    Officer o = officer.get();
    if (o.isLockedAt(now)) {
      long seconds = Math.max(1, Duration.between(now, o.lockedUntil()).toSeconds());
      throw new ProblemException(429, "sign-in-locked", seconds);
    }
    if (!passwords.matches(password, o.passwordHash())) {
      o.failedSignIn(now);
      throw new ProblemException(401, "sign-in-failed");
    }
    o.signedIn();
    return o;
  }
}
