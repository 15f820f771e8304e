package vn.pakn.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;
import vn.pakn.testing.ProofOfWorkSolver;

class ProofOfWorkTest {

  private static ProofOfWork proofOfWork(String key, Clock clock) {
    var p = new ProofOfWork();
    p.enabled = true;
    p.maxNumber = 2_000;
    p.expiry = Duration.ofMinutes(10);
    p.configuredKey = Optional.of(key);
    p.clock = clock;
    return p;
  }

  private static ProofOfWork proofOfWork() {
    return proofOfWork("test-key-0123456789", Clock.systemUTC());
  }

  private static String solved(Altcha.Challenge c) {
    return ProofOfWorkSolver.solve(c.algorithm, c.challenge, c.maxnumber, c.salt, c.signature);
  }

  private static void assertRefused(ProofOfWork p, String payload, String key) {
    var refused = catchThrowableOfType(ProblemException.class, () -> p.verified(payload));
    assertThat(refused).as(payload).isNotNull();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.key()).isEqualTo(key);
  }

  @Test
  void aSolvedChallengeIsAcceptedWithItsSignatureAndExpiry() {
    var p = proofOfWork();
    var c = p.issue();
    assertThat(c.algorithm).isEqualTo("SHA-256");
    assertThat(c.maxnumber).isEqualTo(2_000);
    assertThat(c.salt).contains("expires=");

    var solution = p.verified(solved(c));

    assertThat(solution.signature()).isEqualTo(c.signature);
    assertThat(solution.expires())
        .isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(601));
  }

  @Test
  void eachChallengeIsNew() {
    var p = proofOfWork();
    assertThat(p.issue().salt).isNotEqualTo(p.issue().salt);
  }

  @Test
  void aWrongNumberIsRefused() {
    var p = proofOfWork();
    var c = p.issue();
    String right = new String(Base64.getDecoder().decode(solved(c)), StandardCharsets.UTF_8);
    long number = Long.parseLong(right.replaceAll(".*\"number\":(\\d+).*", "$1"));
    assertRefused(
        p,
        ProofOfWorkSolver.payload(c.algorithm, c.challenge, number + 1, c.salt, c.signature),
        "proof-of-work-invalid");
  }

  @Test
  void aChallengeSignedWithAnotherKeyIsRefused() {
    var other = proofOfWork("another-key-9876543210", Clock.systemUTC()).issue();
    assertRefused(proofOfWork(), solved(other), "proof-of-work-invalid");
  }

  @Test
  void aChallengeMadeUpWithALongerExpiryIsRefused() throws Exception {
    var p = proofOfWork();
    var c = p.issue();
    String later =
        c.salt.replaceAll("expires=\\d+", "expires=" + (Instant.now().getEpochSecond() + 86_400));
    String madeUp = Altcha.hashHex(Altcha.Algorithm.SHA256, later + 1);
    assertRefused(
        p,
        ProofOfWorkSolver.payload(c.algorithm, madeUp, 1, later, c.signature),
        "proof-of-work-invalid");
  }

  @Test
  void anExpiredChallengeIsRefused() {
    var past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(11)), ZoneOffset.UTC);
    var c = proofOfWork("test-key-0123456789", past).issue();
    assertRefused(proofOfWork(), solved(c), "proof-of-work-invalid");
  }

  @Test
  void garbageIsRefusedAsInvalidNeverAsAnError() {
    var p = proofOfWork();
    for (String payload :
        new String[] {
          "x",
          "%%%",
          Base64.getEncoder().encodeToString("[]".getBytes(StandardCharsets.UTF_8)),
          Base64.getEncoder().encodeToString("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)),
          Base64.getEncoder()
              .encodeToString(
                  "{\"algorithm\":\"SHA-256\",\"challenge\":1,\"number\":\"x\",\"salt\":null}"
                      .getBytes(StandardCharsets.UTF_8)),
          "A".repeat(ProofOfWork.MAX_PAYLOAD_CHARS + 1)
        }) {
      assertRefused(p, payload, "proof-of-work-invalid");
    }
  }

  @Test
  void aMissingSolutionIsNamedAsMissing() {
    var p = proofOfWork();
    for (String payload : new String[] {null, "", "   "}) {
      var refused = catchThrowableOfType(ProblemException.class, () -> p.require(payload));
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.key()).isEqualTo("proof-of-work-missing");
    }
  }
}
