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
        || c == '\u00AD';
  }

  /** NFC, line breaks as {@code \n}, no surrounding white space. */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
  }

  /** True when nothing but white space (of any Unicode kind) is left. */
  public static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }
}
