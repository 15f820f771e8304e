package vn.pakn.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.altcha.altcha.Altcha;

/**
 * Solves a proof-of-work challenge as the public pages do (ALTCHA protocol), with the library's own
 * solver: the value of the {@code X-Proof-Of-Work} header.
 */
public final class ProofOfWorkSolver {

  private ProofOfWorkSolver() {}

  /** The challenge of {@code GET /api/challenge}, solved. */
  public static String solve(JsonObject challenge) {
    return solve(
        challenge.getString("algorithm"),
        challenge.getString("challenge"),
        challenge.getJsonNumber("maxnumber").longValue(),
        challenge.getString("salt"),
        challenge.getString("signature"));
  }

  public static String solve(
      String algorithm, String challenge, long maxNumber, String salt, String signature) {
    Altcha.Solution solution;
    try {
      solution =
          Altcha.solveChallenge(
              challenge, salt, Altcha.Algorithm.fromString(algorithm), maxNumber, 0);
    } catch (Exception e) {
      throw new IllegalStateException("could not solve " + challenge, e);
    }
    if (solution == null) {
      throw new IllegalStateException("no solution up to " + maxNumber + " for " + challenge);
    }
    return payload(algorithm, challenge, solution.number, salt, signature);
  }

  /** A payload with any number: for sending wrong solutions. */
  public static String payload(
      String algorithm, String challenge, long number, String salt, String signature) {
    String json =
        Json.createObjectBuilder()
            .add("algorithm", algorithm)
            .add("challenge", challenge)
            .add("number", number)
            .add("salt", salt)
            .add("signature", signature)
            .build()
            .toString();
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
