package vn.pakn.search.control;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;

/**
 * Glues a legal or administrative document number into one word before tokenization, by turning its
 * "/" and "-" into "_" (which Unicode word breaking keeps inside a word): "20/2008/NĐ-CP" becomes
 * "20_2008_NĐ_CP", "1234/UBND-KT" becomes "1234_UBND_KT". Lengths are unchanged, so offsets need no
 * correction. Dates ("12/05/2024") and fractions are left alone: the part after the number must
 * start with a letter.
 */
final class CitationCharFilter extends CharFilter {

  static final Pattern CITATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/])\\d{1,5}/(?:\\d{4}/)?\\p{L}[\\p{L}\\p{N}]*(?:-\\p{L}[\\p{L}\\p{N}]*)*");

  /**
   * Texts are short (a question, an answer), so a text is read whole before gluing, in small
   * chunks: a large buffer per analysed value (nine per answer) was most of the cost of indexing.
   */
  private static final int CHUNK = 1024;

  private String text;
  private int at;

  CitationCharFilter(Reader input) {
    super(input);
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (text == null) {
      text = glue(readAll());
    }
    if (at >= text.length()) {
      return -1;
    }
    int n = Math.min(len, text.length() - at);
    text.getChars(at, at + n, cbuf, off);
    at += n;
    return n;
  }

  private String readAll() throws IOException {
    var all = new StringBuilder();
    char[] buffer = new char[CHUNK];
    int n;
    while ((n = input.read(buffer)) != -1) {
      all.append(buffer, 0, n);
    }
    return all.toString();
  }

  static String glue(String text) {
    var m = CITATION.matcher(text);
    if (!m.find()) {
      return text;
    }
    char[] chars = text.toCharArray();
    do {
      for (int i = m.start(); i < m.end(); i++) {
        if (chars[i] == '/' || chars[i] == '-') {
          chars[i] = '_';
        }
      }
    } while (m.find());
    return new String(chars);
  }
}
