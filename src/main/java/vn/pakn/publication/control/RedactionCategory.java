package vn.pakn.publication.control;

import java.util.Locale;
import vn.pakn.platform.control.Messages;

/**
 * What kind of personal data a span hides; the replacement label says so to the reader, e.g. "[số
 * điện thoại đã ẩn]".
 *
 * <p>Basic and sensitive personal data as Decree 13/2023/NĐ-CP Art. 2 and Law 91/2025/QH15 list
 * them: health, ethnicity and religion, criminal matters (case numbers), children's data and
 * location are sensitive; a land parcel number identifies its owner through the cadastre. {@link
 * #OFFICIAL} is not hidden by default: an official named in their official role is reported so the
 * leader decides.
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
  OTHER,
  /** A passport number: one letter and 7 digits (older) or 8 digits (current). */
  PASSPORT,
  /** A diagnosis, treatment, disability or addiction of a person. */
  HEALTH,
  /** A minor's name, age, class or school. */
  CHILD,
  /** A land parcel and map sheet number, or a land-use certificate number. */
  LAND_PARCEL,
  /** A court judgment, criminal case or police file number. */
  CASE_NUMBER,
  DATE_OF_BIRTH,
  /** A person's ethnicity or religion. */
  ETHNICITY_RELIGION,
  /** An official named in their official role: reported, kept unless the leader hides it. */
  OFFICIAL,
  /** An agency's landline or hotline: reported, kept unless the leader hides it. */
  AGENCY_CONTACT;

  public String messageKey() {
    return "redaction." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The replacement text shown in the public copy, in the given language. */
  public String label(Locale locale) {
    return Messages.of(locale).get(messageKey());
  }

  /** Whether a proposal hides spans of this category unless the leader removes them. */
  public boolean hiddenByDefault() {
    return this != OFFICIAL && this != AGENCY_CONTACT;
  }

  /** Sensitive personal data (Decree 13/2023/NĐ-CP Art. 2.4; Law 91/2025/QH15). */
  public boolean sensitive() {
    return switch (this) {
      case HEALTH, CHILD, CASE_NUMBER, ETHNICITY_RELIGION -> true;
      default -> false;
    };
  }
}
