package vn.pakn.officers.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Officers' passwords as PBKDF2-HMAC-SHA256 hashes (Jakarta Security's {@link Pbkdf2PasswordHash},
 * 120,000 iterations, 32-byte salt); the stored form carries its own parameters, so raising the
 * iterations later keeps old hashes valid.
 */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = 10;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** A hash of a password nobody has, checked when the user is unknown so timing tells nothing. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("decoy password never used".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time a real check would, for a user that does not exist. */
  public void checkDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
