package vn.pakn.platform.control;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What text a petition may carry. Text is stored in Unicode NFC (TCVN 6909:2001), trimmed. Refused:
 * control characters (line breaks and tabs only where a field has several lines), zero-width and
 * bidirectional-override characters (they hide or reorder text), lone surrogates and
 * non-characters. HTML is not refused: it is stored as typed and always escaped when shown.
 */
public final class TextRules {

  private TextRules() {}

  /** The violation code for the first forbidden character, if any. */
  public static Optional<String> forbiddenCharacter(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return Optional.of("text.invalidCharacter");
      }
      if (isInvisibleFormat(c)) {
        return Optional.of("text.invisibleCharacter");
      }
      if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
        return Optional.of("text.controlCharacter");
      }
    }
    return Optional.empty();
  }

  private static boolean isInvisibleFormat(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF'
        || c == '\u180E'
        || c == '\u00AD';
  }

  /** NFC, line breaks as {@code \n}, no surrounding white space. */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
  }

  /**
   * True when a reader would see nothing: no letter or digit is left once white space, invisible
   * format characters, combining marks without a base and the Hangul and Braille blanks (letters or
   * symbols to Unicode, empty on screen) are set aside. Such a text counts as not given.
   */
  public static boolean isBlank(String text) {
    return text.codePoints().noneMatch(TextRules::isVisibleLetterOrDigit);
  }

  private static boolean isVisibleLetterOrDigit(int cp) {
    return Character.isLetterOrDigit(cp) && !isBlankLetter(cp);
  }

  /** Code points Unicode files as letters that draw nothing: the Hangul fillers. */
  private static boolean isBlankLetter(int cp) {
    return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
  }
}
