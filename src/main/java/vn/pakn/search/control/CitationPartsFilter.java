package vn.pakn.search.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * At index time, follows a glued citation ("20_2008_nd_cp", see {@link CitationCharFilter}) with
 * its parts at the same position ("20", "2008", "nd", "cp"), so "Nghị định 20" and "20/2008" find
 * it as well as the whole "20/2008/NĐ-CP". Stacking keeps the token stream a simple list, which the
 * bigram field and the highlighter need.
 */
final class CitationPartsFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> parts = new ArrayDeque<>();
  private State citation;

  CitationPartsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      restoreState(citation);
      term.setEmpty().append(parts.poll());
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String text = term.toString();
    if (text.indexOf('_') >= 0) {
      for (String part : text.split("_")) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      citation = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    citation = null;
  }
}
