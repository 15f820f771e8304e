package vn.pakn.search.control;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many answers match in all; estimated when not {@code totalExact}
 * @param totalExact whether {@code total} was counted (below some tens of thousands of matches) or
 *     estimated from a sample
 * @param facetsExact whether the facet counts were counted or estimated
 * @param facets for each of {@code agency}, {@code field}, {@code kind}, {@code year}: the values
 *     and how many answers would match with that value chosen (the facet's own filter is left out
 *     of its counts, so a reader can switch between values), most frequent first
 * @param didYouMean the query with unknown words replaced by near indexed ones; null when none
 * @param queryShortened whether the query was cut to {@link AnswerQueryParser#MAX_LENGTH}
 *     characters
 * @param relaxed null when all words matched; otherwise how the match was relaxed
 */
public record AnswerHits(
    long total,
    boolean totalExact,
    boolean facetsExact,
    List<AnswerHit> hits,
    Map<String, List<FacetCount>> facets,
    String didYouMean,
    boolean queryShortened,
    Relaxed relaxed) {

  /**
   * Too few answers had all the words, so these have at least {@code minimum} of the {@code words}
   * words (syllables, phrases), those with more of them first.
   */
  public record Relaxed(int words, int minimum) {}

  public AnswerHits {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
