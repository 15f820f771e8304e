package vn.pakn.officers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.officers.entity.ApiToken;
import vn.pakn.officers.entity.Officer;
import vn.pakn.platform.control.Sha256;

/**
 * Bearer tokens for machine clients: 256 random bits, of which only the SHA-256 is stored; valid
 * for a configured time and revocable. Every node checks them against the database.
 */
@ApplicationScoped
public class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "pakn.tokens.validity", defaultValue = "PT12H")
  Duration validity;

  Clock clock = Clock.systemUTC();

  public record Issued(String token, OffsetDateTime expiresAt) {}

  @Transactional
  public Issued issue(Officer officer) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    OffsetDateTime now = now();
    var stored = new ApiToken(hash(token), officer.id(), now, now.plus(validity));
    em.persist(stored);
    return new Issued(token, stored.expiresAt());
  }

  /** The active officer a token belongs to, if the token is known and not expired. */
  public Optional<Officer> officerFor(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(ApiToken.class, hash(token)))
        .filter(t -> t.isValidAt(now()))
        .map(t -> em.find(Officer.class, t.officerId()))
        .filter(Officer::isActive);
  }

  @Transactional
  public void revoke(String token) {
    var stored = em.find(ApiToken.class, hash(token));
    if (stored != null) {
      em.remove(stored);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }
}
