package vn.pakn.notifications.control;

import java.util.OptionalInt;

/**
 * Characters no value in a mail may carry: control characters (line breaks and tabs allowed only
 * where several lines are), Unicode line/paragraph separators, zero-width and bidirectional
 * controls (they hide or reorder text, e.g. to disguise an address), lone surrogates and
 * non-characters. CR and LF are the core of header injection; the others deceive readers.
 */
final class ForbiddenCharacters {

  private ForbiddenCharacters() {}

  /** The index of the first forbidden character, if any. */
  static OptionalInt firstIn(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (forbidden(c, multiLine)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean forbidden(char c, boolean multiLine) {
    if (Character.isISOControl(c)) {
      return !(multiLine && (c == '\n' || c == '\t'));
    }
    return Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF'
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  /** The character at an index as {@code U+XXXX}, for messages. */
  static String describe(String text, int index) {
    return String.format("U+%04X", text.codePointAt(index));
  }
}
