package vn.pakn.search.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Spellings of one Vietnamese syllable that writers use interchangeably, made equal (domain brief
 * §6, §9).
 *
 * <ul>
 *   <li>i/y after a consonant: "kí"/"ký", "lí"/"lý", "mĩ"/"mỹ", "hi"/"hy", "qui"/"quy" — a syllable
 *       that is an initial consonant followed by a lone i or y is written with i.
 *   <li>tone-mark placement: "hoà"/"hòa", "khoẻ"/"khỏe", "uỷ"/"ủy" — for the exact-diacritics key
 *       the tone mark is taken off the vowel and put at the end of the syllable as a digit, so the
 *       placement no longer matters while the tone itself still does ("sổ" ≠ "số").
 * </ul>
 */
final class SyllableSpelling {

  /** An initial consonant (đ included, as it stays in the exact key) and a lone i or y. */
  private static final Pattern CONSONANT_AND_IY =
      Pattern.compile("(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)[iy]");

  private SyllableSpelling() {}

  /** The syllable (lower case) with a lone final i/y after its consonant written as i. */
  static String iy(String syllable) {
    int n = syllable.length();
    if (n >= 2 && syllable.charAt(n - 1) == 'y' && CONSONANT_AND_IY.matcher(syllable).matches()) {
      return syllable.substring(0, n - 1) + 'i';
    }
    return syllable;
  }

  /**
   * The exact key of a lower-case syllable: vowel letters (â, ê, ô, ơ, ư, ă) and đ kept, the tone
   * mark moved to the end as a digit (1 grave, 2 hook, 3 tilde, 4 acute, 5 dot below), i/y made
   * equal. "Hoà" and "hòa" give "hoa1"; "sổ" gives "sô2", "số" gives "sô4".
   */
  static String exactKey(String syllable) {
    String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
    var base = new StringBuilder(decomposed.length());
    char tone = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      char digit = toneDigit(c);
      if (digit != 0) {
        tone = digit;
      } else {
        base.append(c);
      }
    }
    String key = iy(Normalizer.normalize(base, Normalizer.Form.NFC));
    return tone == 0 ? key : key + tone;
  }

  private static char toneDigit(char c) {
    return switch (c) {
      case '\u0300' -> '1';
      case '\u0309' -> '2';
      case '\u0303' -> '3';
      case '\u0301' -> '4';
      case '\u0323' -> '5';
      default -> 0;
    };
  }
}
