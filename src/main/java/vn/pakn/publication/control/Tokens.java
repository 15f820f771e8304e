package vn.pakn.publication.control;

import java.util.Locale;

/**
 * Word-level reading of a {@link FoldedText}: where words start and end, and how they were typed.
 */
final class Tokens {

  private Tokens() {}

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }

  /**
   * The end of the run of capitalised words (or numbers) that follows {@code at} after spaces, at
   * most {@code max} words; {@code at} itself when none follows.
   */
  static int capitalizedRun(FoldedText ft, int at, int max) {
    String f = ft.folded();
    int end = at;
    int pos = at;
    for (int words = 0; words < max; words++) {
      int s = pos;
      while (s < f.length() && f.charAt(s) == ' ') {
        s++;
      }
      if (s == pos && words > 0 || s >= f.length() || s - pos > 2) {
        break;
      }
      int e = s;
      while (e < f.length()
          && (isWordChar(f.charAt(e))
              || "-/".indexOf(f.charAt(e)) >= 0
                  && e + 1 < f.length()
                  && Character.isDigit(f.charAt(s))
                  && Character.isDigit(f.charAt(e + 1)))) {
        e++;
      }
      if (e == s) {
        break;
      }
      char first = ft.original(s);
      boolean number = Character.isDigit(f.charAt(s));
      if (!number && !Character.isUpperCase(first)) {
        break;
      }
      end = e;
      pos = e;
    }
    return end;
  }

  /** The words {@code [start, end)} of the folded text as typed, in lower case (NFC). */
  static String original(FoldedText ft, int start, int end) {
    return ft.text().substring(ft.start(start), ft.end(end)).toLowerCase(Locale.ROOT);
  }
}
