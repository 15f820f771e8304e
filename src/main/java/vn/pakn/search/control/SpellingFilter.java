package vn.pakn.search.control;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites each token with one of the {@link SyllableSpelling} functions. */
final class SpellingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final UnaryOperator<String> spelling;

  SpellingFilter(TokenStream input, UnaryOperator<String> spelling) {
    super(input);
    this.spelling = spelling;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String text = term.toString();
    String written = spelling.apply(text);
    if (!written.equals(text)) {
      term.setEmpty().append(written);
    }
    return true;
  }
}
