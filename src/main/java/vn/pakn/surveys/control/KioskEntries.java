package vn.pakn.surveys.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.StrictJson;

/**
 * What a kiosk sends: each entry is a JSON text ({@code payload}) and the HMAC-SHA256 of that exact
 * text under the kiosk's secret ({@code signature}, hex). The server checks the signature over the
 * bytes it received, then reads the payload, so no canonical JSON is needed and any change made on
 * the device or on the way is caught.
 *
 * <pre>
 * payload = {"clientId": "uuid", "answeredAt": "2026-07-01T09:30:00+07:00",
 *            "survey": "kiosk", "version": 1, "token": "…"?, "answers": {…}}
 * </pre>
 */
public final class KioskEntries {

  static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
  public static final int MAX_PAYLOAD = 8000;

  /** A readable payload (answers not yet checked against the definition). */
  public record Payload(
      String clientId,
      OffsetDateTime answeredAt,
      String survey,
      Integer version,
      Optional<String> token,
      JsonValue answers) {}

  private KioskEntries() {}

  public static String sign(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether {@code signature} is the HMAC of {@code payload} under {@code secret} (constant time).
   */
  public static boolean verify(String secret, String payload, String signature) {
    if (signature == null || payload == null) {
      return false;
    }
    byte[] expected = sign(secret, payload).getBytes(StandardCharsets.US_ASCII);
    byte[] sent = signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, sent);
  }

  /** The client id of a payload if it has a readable one (to record with a quarantined entry). */
  public static Optional<String> clientIdOf(String payload) {
    return read(payload).map(Payload::clientId);
  }

  /** The payload's fields, or empty when it is not a readable entry. */
  public static Optional<Payload> read(String payload) {
    if (payload == null || payload.length() > MAX_PAYLOAD) {
      return Optional.empty();
    }
    JsonObject o;
    try {
      if (!(StrictJson.read(payload, "payload") instanceof JsonObject object)) {
        return Optional.empty();
      }
      o = object;
    } catch (ProblemException e) {
      return Optional.empty();
    }
    if (!(o.get("clientId") instanceof JsonString clientId)
        || !CLIENT_ID.matcher(clientId.getString()).matches()
        || !(o.get("answeredAt") instanceof JsonString answeredAt)
        || !(o.get("survey") instanceof JsonString survey)) {
      return Optional.empty();
    }
    OffsetDateTime at;
    try {
      at = OffsetDateTime.parse(answeredAt.getString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    Integer version = null;
    if (o.get("version") instanceof JsonNumber n && n.isIntegral()) {
      version = n.intValue();
    } else if (o.containsKey("version") && o.get("version") != JsonValue.NULL) {
      return Optional.empty();
    }
    Optional<String> token = Optional.empty();
    JsonValue t = o.get("token");
    if (t instanceof JsonString s && !s.getString().isBlank()) {
      token = Optional.of(s.getString().strip());
    } else if (t != null && t != JsonValue.NULL && !(t instanceof JsonString)) {
      return Optional.empty();
    }
    return Optional.of(
        new Payload(
            clientId.getString(), at, survey.getString(), version, token, o.get("answers")));
  }

  /** Whether an answering time is plausible: not in the future, not older than the queue keeps. */
  public static boolean plausible(OffsetDateTime answeredAt, OffsetDateTime now, Duration maxAge) {
    return !answeredAt.isAfter(now.plusMinutes(5)) && !answeredAt.isBefore(now.minus(maxAge));
  }
}
