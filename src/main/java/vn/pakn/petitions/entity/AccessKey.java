package vn.pakn.petitions.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import vn.pakn.platform.control.Sha256;

/**
 * The secret a sender needs, with the tracking code, to follow a petition: 60 random bits written
 * as 12 Crockford base-32 characters in groups of four ({@code 7K3M-Q9XA-2BFD}), easy to read out
 * and type. Only its SHA-256 is stored; typing is forgiving (case, hyphens, O/0, I/L/1).
 */
public final class AccessKey {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessKey() {}

  public static String generate() {
    long bits = RANDOM.nextLong();
    var key = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        key.append('-');
      }
      key.append(ALPHABET[(int) (bits & 31)]);
      bits >>>= 5;
    }
    return key.toString();
  }

  public static String normalize(String typed) {
    return typed
        .toUpperCase(Locale.ROOT)
        .replaceAll("[\\s-]", "")
        .replace('O', '0')
        .replace('I', '1')
        .replace('L', '1');
  }

  public static String hash(String key) {
    return Sha256.hex(normalize(key));
  }

  /** Compares in constant time, so response times tell nothing about a guessed key. */
  public static boolean matches(String typed, String storedHash) {
    if (typed == null || typed.length() > 64 || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(typed).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
