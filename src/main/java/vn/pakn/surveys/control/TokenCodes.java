package vn.pakn.surveys.control;

import java.security.SecureRandom;
import java.util.HexFormat;
import vn.pakn.platform.control.Sha256;

/**
 * Survey tokens and kiosk secrets. A token is 12 characters of an alphabet without look-alikes (no
 * I, L, O, U, 0, 1): about 59 random bits, short enough to type from a receipt, printed as a QR
 * code and short link; only its SHA-256 is stored.
 */
public final class TokenCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
  static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenCodes() {}

  public static String newToken() {
    StringBuilder token = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return token.toString();
  }

  /** A kiosk's secret: 256 random bits, hex. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** A kiosk's public code: {@code K-} and 8 characters of the token alphabet. */
  public static String newKioskCode() {
    return "K-" + newToken().substring(0, 8);
  }

  /** The stored form of a token; tokens are compared upper-cased, as people may type them. */
  public static String hash(String token) {
    return Sha256.hex(token.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
