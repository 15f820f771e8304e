package vn.pakn.notifications.control;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vietnamese mobile numbers in their E.164 form ({@code +84} and nine digits), as typed by senders:
 * with spaces, dots, dashes or brackets, with {@code 0}, {@code 84}, {@code +84} or {@code 0084} in
 * front, and the eleven-digit numbers retired in 2018 (Ministry of Information and Communications,
 * Decision 798/QĐ-BTTTT: {@code 0162…0169 → 032…039}, {@code 0120 → 070}, {@code 0121 → 079},
 * {@code 0122 → 077}, {@code 0126 → 076}, {@code 0128 → 078}, {@code 0123 → 083}, {@code 0124 →
 * 084}, {@code 0125 → 085}, {@code 0127 → 081}, {@code 0129 → 082}, {@code 0186 → 056}, {@code 0188
 * → 058}, {@code 0199 → 059}) converted to today's ten digits. Landlines (area codes {@code 02…}
 * since 2017), service numbers and numbers of other countries get no texts, each with its reason.
 */
public final class MobileNumbers {

  /** Why a number gets no texts. */
  public enum Refusal {
    /** Letters or other characters than digits, spaces and {@code +.-()/}. */
    NOT_A_NUMBER,
    /** A number of another country. */
    FOREIGN,
    /** A fixed line (area codes 02x since 2017). */
    LANDLINE,
    /** A Vietnamese number of no mobile network (1800/1900 service numbers, unused prefixes). */
    UNKNOWN_PREFIX,
    /** Too few or too many digits for a mobile number. */
    WRONG_LENGTH
  }

  /** The outcome: a mobile number in E.164, or why not. */
  public record Outcome(String e164, Refusal refusal) {

    public boolean isMobile() {
      return e164 != null;
    }

    public Optional<String> mobile() {
      return Optional.ofNullable(e164);
    }

    /** The number as SMPP wants it (international, no plus: TON 1, NPI 1). */
    public String smppAddress() {
      return e164 == null ? null : e164.substring(1);
    }
  }

  /** Mobile network prefixes in use after the 2018 changes (the two digits after the 0). */
  private static final Set<String> MOBILE_PREFIXES =
      Set.of(
          // Viettel
          "32",
          "33",
          "34",
          "35",
          "36",
          "37",
          "38",
          "39",
          "86",
          "96",
          "97",
          "98",
          // VinaPhone
          "81",
          "82",
          "83",
          "84",
          "85",
          "88",
          "91",
          "94",
          // MobiFone
          "70",
          "76",
          "77",
          "78",
          "79",
          "89",
          "90",
          "93",
          // Vietnamobile
          "52",
          "56",
          "58",
          "92",
          // Gmobile
          "59",
          "99",
          // Itel, Reddi
          "87",
          "55");

  /** The eleven-digit prefixes retired in 2018 and the ten-digit prefixes that replaced them. */
  private static final Map<String, String> RETIRED_2018 =
      Map.ofEntries(
          Map.entry("162", "32"),
          Map.entry("163", "33"),
          Map.entry("164", "34"),
          Map.entry("165", "35"),
          Map.entry("166", "36"),
          Map.entry("167", "37"),
          Map.entry("168", "38"),
          Map.entry("169", "39"),
          Map.entry("120", "70"),
          Map.entry("121", "79"),
          Map.entry("122", "77"),
          Map.entry("126", "76"),
          Map.entry("128", "78"),
          Map.entry("123", "83"),
          Map.entry("124", "84"),
          Map.entry("125", "85"),
          Map.entry("127", "81"),
          Map.entry("129", "82"),
          Map.entry("186", "56"),
          Map.entry("188", "58"),
          Map.entry("199", "59"));

  private MobileNumbers() {}

  public static Outcome normalise(String typed) {
    if (typed == null || typed.isBlank()) {
      return refused(Refusal.NOT_A_NUMBER);
    }
    String text = toAsciiDigits(typed.strip());
    if (!text.matches("[0-9 .\\-()/+]+") || text.indexOf('+') != text.lastIndexOf('+')) {
      return refused(Refusal.NOT_A_NUMBER);
    }
    boolean plus = text.contains("+");
    // "+84 (0) 912…": the trunk zero in brackets is not dialled from abroad
    String digits = text.replace("(0)", "").replaceAll("[^0-9]", "");
    String national;
    if (plus || digits.startsWith("00")) {
      String international = plus ? digits : digits.substring(2);
      if (!international.startsWith("84")) {
        return refused(Refusal.FOREIGN);
      }
      national = international.substring(2);
    } else if (digits.startsWith("0")) {
      national = digits.substring(1);
    } else if (digits.startsWith("84") && digits.length() >= 11) {
      national = digits.substring(2);
    } else if (digits.length() < 8) {
      return refused(Refusal.WRONG_LENGTH);
    } else if (digits.length() == 9) {
      national = digits; // the leading 0 left out
    } else if (digits.startsWith("1")) {
      return refused(Refusal.UNKNOWN_PREFIX); // 1800/1900 service numbers
    } else {
      return refused(digits.length() < 9 ? Refusal.WRONG_LENGTH : Refusal.UNKNOWN_PREFIX);
    }
    if (national.startsWith("0")) {
      national = national.substring(1);
    }
    if (national.startsWith("2")) {
      return refused(Refusal.LANDLINE);
    }
    if (national.length() == 10 && RETIRED_2018.containsKey(national.substring(0, 3))) {
      national = RETIRED_2018.get(national.substring(0, 3)) + national.substring(3);
    }
    if (national.length() >= 3
        && national.length() != 10
        && RETIRED_2018.containsKey(national.substring(0, 3))) {
      return refused(Refusal.WRONG_LENGTH);
    }
    if (national.length() < 2 || !MOBILE_PREFIXES.contains(national.substring(0, 2))) {
      return refused(national.length() < 2 ? Refusal.WRONG_LENGTH : Refusal.UNKNOWN_PREFIX);
    }
    if (national.length() != 9) {
      return refused(Refusal.WRONG_LENGTH);
    }
    return new Outcome("+84" + national, null);
  }

  /** Full-width digits and plus (some phone keyboards) as ASCII. */
  private static String toAsciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
              } else if (c == '＋') {
                out.append('+');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static Outcome refused(Refusal refusal) {
    return new Outcome(null, refusal);
  }
}
