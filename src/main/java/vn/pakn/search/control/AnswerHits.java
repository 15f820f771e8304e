package vn.pakn.search.control;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many answers match in all
 * @param facets for each of {@code agency}, {@code field}, {@code kind}, {@code year}: the values
 *     and how many answers would match with that value chosen (the facet's own filter is left out
 *     of its counts, so a reader can switch between values), most frequent first
 * @param didYouMean the query with unknown words replaced by near indexed ones; null when none
 * @param queryShortened whether the query was cut to {@link AnswerQueryParser#MAX_LENGTH}
 *     characters
 */
public record AnswerHits(
    long total,
    List<AnswerHit> hits,
    Map<String, List<FacetCount>> facets,
    String didYouMean,
    boolean queryShortened) {

  public AnswerHits {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
