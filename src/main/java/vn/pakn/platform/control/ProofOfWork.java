package vn.pakn.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A proof of work on the public writes (filing, answering a request for information, asking for a
 * new access key, rating on a survey link), against scripted mass writing from many addresses: the
 * page fetches a challenge signed with the nodes' shared HMAC key ({@code GET /api/challenge}),
 * finds the number whose SHA-256 with the salt is the challenge, and sends the solution in the
 * {@value #HEADER} header (the ALTCHA protocol: base64 of {@code {algorithm, challenge, number,
 * salt, signature}}). A solution is accepted once, before its challenge expires.
 *
 * <p>Officers (session) and machine clients with bearer tokens are signed in and never asked;
 * kiosks sign their entries and post elsewhere. {@code pakn.public.proofOfWork=false} switches it
 * off; {@code pakn.public.proofOfWork.maxNumber} sets how much work (a solver tries half of it on
 * average).
 */
@ApplicationScoped
public class ProofOfWork {

  public static final String HEADER = "X-Proof-Of-Work";

  /** Far more than any solution (about 300 characters): a longer header is not even decoded. */
  static final int MAX_PAYLOAD_CHARS = 2_000;

  @Inject
  @ConfigProperty(name = "pakn.public.proofOfWork", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "pakn.public.proofOfWork.maxNumber", defaultValue = "50000")
  long maxNumber;

  @Inject
  @ConfigProperty(name = "pakn.public.proofOfWork.expiry", defaultValue = "PT10M")
  Duration expiry;

  @Inject
  @ConfigProperty(name = "pakn.public.proofOfWork.hmacKey")
  Optional<String> configuredKey;

  @Inject ChallengeLedger ledger;
  @Inject SecurityContext security;

  Clock clock = Clock.systemUTC();
  private volatile String key;

  /** A new challenge, signed, expiring after {@code pakn.public.proofOfWork.expiry}. */
  public Altcha.Challenge issue() {
    try {
      return Altcha.createChallenge(
          new Altcha.ChallengeOptions()
              .setAlgorithm(Altcha.Algorithm.SHA256)
              .setMaxNumber(maxNumber)
              .setHmacKey(key())
              .setExpires(clock.instant().plus(expiry).getEpochSecond()));
    } catch (Exception e) {
      throw new IllegalStateException("could not create a challenge", e);
    }
  }

  /**
   * Requires a solved, unexpired, unspent challenge from callers who are not signed in, and spends
   * it. Does nothing when switched off.
   *
   * @param payload the {@value #HEADER} header, null when absent
   * @throws ProblemException 403 {@code proof-of-work-missing}, {@code proof-of-work-invalid} (not
   *     ours, tampered, wrong number, expired) or {@code proof-of-work-spent}
   */
  public void requireUnlessSignedIn(String payload) {
    if (enabled && security.getCallerPrincipal() == null) {
      require(payload);
    }
  }

  void require(String payload) {
    if (payload == null || payload.isBlank()) {
      throw new ProblemException(403, "proof-of-work-missing");
    }
    Solution solution = verified(payload.strip());
    if (!spend(solution)) {
      throw new ProblemException(403, "proof-of-work-spent");
    }
  }

  record Solution(String signature, Instant expires) {}

  /** The solution, when it is well formed, ours, correct and not expired. */
  Solution verified(String payload) {
    try {
      if (payload.length() > MAX_PAYLOAD_CHARS || !Altcha.verifySolution(payload, key(), true)) {
        throw invalid();
      }
      var json =
          (JsonObject)
              StrictJson.read(
                  new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8), "proof");
      String salt = ((JsonString) json.get("salt")).getString();
      String expires = Altcha.extractParams(salt).get("expires");
      Instant at = Instant.ofEpochSecond(Long.parseLong(expires));
      if (!at.isAfter(clock.instant())) {
        throw invalid();
      }
      return new Solution(((JsonString) json.get("signature")).getString(), at);
    } catch (ProblemException e) {
      throw e.status() == 403 ? e : invalid();
    } catch (Exception malformed) {
      throw invalid();
    }
  }

  private boolean spend(Solution solution) {
    try {
      return ledger.spend(solution.signature(), solution.expires(), clock.instant());
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        return false; // another node spent it at the same moment
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState().startsWith("23");
      }
    }
    return false;
  }

  private static ProblemException invalid() {
    return new ProblemException(403, "proof-of-work-invalid");
  }

  private String key() {
    if (key == null) {
      key = configuredKey.filter(k -> !k.isBlank()).orElseGet(this::sharedKey);
    }
    return key;
  }

  private String sharedKey() {
    try {
      return ledger.sharedKey();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        return ledger.sharedKey(); // another node stored its key first: use that one
      }
      throw e;
    }
  }
}
