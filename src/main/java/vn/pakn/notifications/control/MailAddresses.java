package vn.pakn.notifications.control;

import java.net.IDN;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.pakn.platform.control.Violation;

/**
 * Checks a recipient before a mail is enqueued, so that a bad address is refused to the caller
 * instead of failing in the sender later.
 *
 * <p>Accepted: {@code local@domain} of at most 254 characters, the local part a dot-atom of ASCII
 * (RFC 5322 {@code atext}, at most 64 characters; quoted local parts and non-ASCII local parts,
 * which need SMTPUTF8 that many servers lack, are refused); the domain a host name with at least
 * two labels, a non-numeric top-level label, no IP literal. Internationalised domains (e.g.
 * Vietnamese {@code .vn} names with diacritics) are accepted and converted to their ASCII form.
 * Display names are optional, at most 200 characters, NFC, without control or invisible characters.
 * Anything holding CR or LF is refused, never cleaned: it is an injection attempt, not a typo.
 */
public final class MailAddresses {

  static final int MAX_ADDRESS = 254;
  static final int MAX_LOCAL = 64;
  static final int MAX_NAME = 200;

  private static final Pattern LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private MailAddresses() {}

  /**
   * A checked recipient.
   *
   * @param displayName may be null or blank for none
   * @throws InvalidMailException naming {@code recipient.address} and/or {@code recipient.name}
   */
  public static MailRecipient recipient(String address, String displayName) {
    List<Violation> violations = new ArrayList<>();
    String checkedAddress = address(address, "recipient.address", violations);
    String checkedName = displayName(displayName, "recipient.name", violations);
    if (!violations.isEmpty()) {
      throw new InvalidMailException(violations);
    }
    return new MailRecipient(checkedAddress, checkedName);
  }

  /** True when {@link #recipient} would accept the address. */
  public static boolean isValidAddress(String address) {
    List<Violation> violations = new ArrayList<>();
    address(address, "address", violations);
    return violations.isEmpty();
  }

  /** The address with an ASCII domain, or null after adding a violation. */
  static String address(String address, String field, List<Violation> violations) {
    if (address == null || address.isBlank()) {
      violations.add(new Violation(field, "mail.address.missing"));
      return null;
    }
    var forbidden = ForbiddenCharacters.firstIn(address, false);
    if (forbidden.isPresent()) {
      violations.add(
          new Violation(
              field,
              "mail.address.forbiddenCharacter",
              ForbiddenCharacters.describe(address, forbidden.getAsInt())));
      return null;
    }
    String trimmed = address.strip();
    int at = trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1 || trimmed.indexOf('@') != at) {
      violations.add(new Violation(field, "mail.address.syntax"));
      return null;
    }
    String local = trimmed.substring(0, at);
    String domain = domain(trimmed.substring(at + 1));
    if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
      violations.add(new Violation(field, "mail.address.localPart", MAX_LOCAL));
      return null;
    }
    if (domain == null) {
      violations.add(new Violation(field, "mail.address.domain"));
      return null;
    }
    String result = local + "@" + domain;
    if (result.length() > MAX_ADDRESS) {
      violations.add(new Violation(field, "mail.address.tooLong", MAX_ADDRESS));
      return null;
    }
    return result;
  }

  /** The domain in lower-case ASCII, or null when it is not a usable host name. */
  private static String domain(String domain) {
    String ascii;
    try {
      String nfc = Normalizer.normalize(domain, Normalizer.Form.NFC);
      ascii = IDN.toASCII(nfc, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2 || ascii.length() > 253) {
      return null;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return null;
      }
    }
    String top = labels[labels.length - 1];
    return top.chars().allMatch(Character::isDigit) ? null : ascii;
  }

  /** The display name in NFC, null when none, or null after adding a violation. */
  static String displayName(String name, String field, List<Violation> violations) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    var forbidden = ForbiddenCharacters.firstIn(nfc, false);
    if (forbidden.isPresent()) {
      violations.add(
          new Violation(
              field,
              "mail.name.forbiddenCharacter",
              ForbiddenCharacters.describe(nfc, forbidden.getAsInt())));
      return null;
    }
    String trimmed = nfc.strip();
    if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
      violations.add(new Violation(field, "mail.name.tooLong", MAX_NAME));
      return null;
    }
    return trimmed;
  }
}
