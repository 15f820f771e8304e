package vn.pakn.petitions.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a sender quotes to follow a petition, e.g. {@code PAKN-2026-000123-K}: the year of
 * receipt, the petition's number, and a check letter (the number modulo 23, as on Spanish ID cards)
 * that catches every single mistyped digit and every swap of two neighbouring digits.
 */
public record TrackingCode(int year, long number) {

  private static final String CHECK_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
  private static final Pattern FORM = Pattern.compile("PAKN-?(\\d{4})-?(\\d{6,12})-?([A-Z])");

  public TrackingCode {
    if (year < 2000 || year > 9999 || number <= 0) {
      throw new IllegalArgumentException("no tracking code for " + year + "/" + number);
    }
  }

  /** The letter of the year's digits followed by the number's, at least six of them. */
  public char checkLetter() {
    return CHECK_LETTERS.charAt((int) (Long.parseLong(year + digits()) % CHECK_LETTERS.length()));
  }

  @Override
  public String toString() {
    // no String.format: it parses its pattern on every call, and every filing prints a code
    return "PAKN-" + year + "-" + digits() + "-" + checkLetter();
  }

  /** The number with leading zeros to six digits, as {@code %06d} would print it. */
  private String digits() {
    String digits = Long.toString(number);
    return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
  }

  /**
   * Reads a code as people type it: any case, with or without hyphens, surrounding spaces ignored.
   * Empty when it is not a well-formed code or its check letter does not match.
   */
  public static Optional<TrackingCode> parse(String text) {
    if (text == null || text.length() > 40) {
      return Optional.empty();
    }
    var m = FORM.matcher(text.strip().replace(" ", "").toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    long number = Long.parseLong(m.group(2));
    if (year < 2000 || number <= 0) {
      return Optional.empty();
    }
    var code = new TrackingCode(year, number);
    return code.checkLetter() == m.group(3).charAt(0) ? Optional.of(code) : Optional.empty();
  }
}
