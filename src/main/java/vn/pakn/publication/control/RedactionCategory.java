package vn.pakn.publication.control;

import java.util.Locale;
import vn.pakn.platform.control.Messages;

/**
 * What kind of personal data a span hides; the replacement label says so to the reader, e.g. "[số
 * điện thoại đã ẩn]".
 */
public enum RedactionCategory {
  NAME,
  ADDRESS,
  PHONE,
  EMAIL,
  /** Citizen identity card (CCCD, 12 digits) or the older identity card (CMND, 9 digits). */
  ID_NUMBER,
  TAX_CODE,
  BANK_ACCOUNT,
  LICENCE_PLATE,
  /** Anything else an officer chooses to hide. */
  OTHER;

  public String messageKey() {
    return "redaction." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The replacement text shown in the public copy, in the given language. */
  public String label(Locale locale) {
    return Messages.of(locale).get(messageKey());
  }
}
