package vn.pakn.search.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a highlighted snippet ({@link AnswerHit#snippet()}: escaped text with {@code <mark>} around
 * matches) into plain-text parts, so a page can build its {@code <mark>} elements with text nodes
 * and never parse HTML from data.
 */
public final class Snippets {

  /** A stretch of plain text, matched or not. */
  public record Part(String text, boolean mark) {}

  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";

  private Snippets() {}

  public static List<Part> parts(String snippet) {
    var parts = new ArrayList<Part>();
    if (snippet == null || snippet.isEmpty()) {
      return parts;
    }
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf(OPEN, at);
      if (open < 0) {
        add(parts, snippet.substring(at), false);
        break;
      }
      add(parts, snippet.substring(at, open), false);
      int close = snippet.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        add(parts, snippet.substring(open + OPEN.length()), true);
        break;
      }
      add(parts, snippet.substring(open + OPEN.length(), close), true);
      at = close + CLOSE.length();
    }
    return parts;
  }

  private static void add(List<Part> parts, String escaped, boolean mark) {
    if (escaped.isEmpty()) {
      return;
    }
    String text = unescape(escaped);
    if (!parts.isEmpty() && parts.get(parts.size() - 1).mark() == mark) {
      Part last = parts.remove(parts.size() - 1);
      parts.add(new Part(last.text() + text, mark));
    } else {
      parts.add(new Part(text, mark));
    }
  }

  /** Undoes the escaping of the highlighter (and of plain excerpts): five entities. */
  static String unescape(String escaped) {
    return escaped
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
