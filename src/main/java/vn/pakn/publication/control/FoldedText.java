package vn.pakn.publication.control;

import java.text.Normalizer;

/**
 * A text brought to the form the redactor matches on, with every folded char mapped back to the
 * char of the text it came from: lower case, no diacritics (đ→d), full-width digits and letters as
 * ASCII, no-break and other spaces as a plain space; combining marks left over after NFC,
 * zero-width and bidirectional controls are dropped. A match {@code [start, end)} in the folded
 * text is the stretch {@link #start(int)}..{@link #end(int)} of the text, so spans land exactly on
 * what the officer sees and what is stored.
 */
final class FoldedText {

  private final String text;
  private final String folded;
  private final int[] origin;
  private final int digits;

  FoldedText(String text) {
    this.text = text;
    var out = new StringBuilder(text.length());
    int[] from = new int[text.length()];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != 0) {
        from[out.length()] = i;
        out.append(f);
        if (f >= '0' && f <= '9') {
          count++;
        }
      }
    }
    this.folded = out.toString();
    this.origin = java.util.Arrays.copyOf(from, folded.length());
    this.digits = count;
  }

  /**
   * How many ASCII digits the folded text holds (every kind of digit is folded to ASCII). A pattern
   * that needs n digits ({@code \d} matches ASCII digits only) cannot match a text with fewer, so
   * the finders skip it: most answers hold no identifier, and a regular expression tried at every
   * position is the redactor's main cost.
   */
  int digits() {
    return digits;
  }

  /** The text matched against: same order of letters, one folded char per kept char. */
  String folded() {
    return folded;
  }

  String text() {
    return text;
  }

  /** Where the folded char at {@code i} starts in the text. */
  int start(int i) {
    return i >= origin.length ? text.length() : origin[i];
  }

  /**
   * Where a match ending (exclusive) at folded {@code i} ends in the text, taking the combining
   * marks and invisible chars that follow its last char along.
   */
  int end(int i) {
    if (i <= 0) {
      return 0;
    }
    int at = origin[i - 1] + 1;
    int next = i < origin.length ? origin[i] : text.length();
    while (at < next && isTrailing(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** The char of the text behind the folded char at {@code i}, with its case and diacritics. */
  char original(int i) {
    return text.charAt(origin[i]);
  }

  boolean isUpperCase(int i) {
    return Character.isUpperCase(original(i));
  }

  /**
   * True when the folded chars {@code [start, end)} were typed without any diacritic, or mix in
   * Cyrillic or Greek look-alike letters: either way only the folded form can be compared.
   */
  boolean plain(int start, int end) {
    boolean mixed = false;
    boolean diacritics = false;
    for (int i = origin[start]; i < (end >= origin.length ? text.length() : origin[end]); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (isLatin(c)) {
        diacritics = true;
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
        mixed = true;
      } else {
        diacritics = true;
      }
    }
    return mixed || !diacritics;
  }

  /**
   * Latin-1 to the combining marks, and Latin Extended Additional (Vietnamese letters with two
   * marks): blocks with no Greek or Cyrillic letter, so the script lookup can be skipped.
   */
  private static boolean isLatin(char c) {
    return c < 0x370 || c >= 0x1E00 && c <= 0x1EFF;
  }

  private static boolean isTrailing(char c) {
    return fold(c) == 0;
  }

  /** Cyrillic and Greek letters that look like Latin ones, and the Latin letter they pass for. */
  private static final String LOOKALIKES =
      "аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsαaβbεeηhιiκkμmνvοoρpτtυuχx";

  /** One char of NFC text folded; 0 for a char that is dropped. */
  static char fold(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10));
    }
    int lookalike = LOOKALIKES.indexOf(Character.toLowerCase(c));
    if (lookalike >= 0 && lookalike % 2 == 0) {
      return LOOKALIKES.charAt(lookalike + 1);
    }
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return Character.toLowerCase((char) (c - 0xFEE0));
    }
    if (c == 0x3000) {
      return ' ';
    }
    if (isInvisible(c)) {
      return 0;
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    if (Character.isSpaceChar(c)) {
      return ' ';
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
    return Character.toLowerCase(base);
  }

  private static boolean isInvisible(char c) {
    return (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xFEFF
        || c == 0x00AD;
  }
}
