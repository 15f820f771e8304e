package vn.pakn.search.control;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * How many answers match a query, and per facet dimension how many have each value: exact up to
 * {@code limit} matches, estimated above it so a frequent word costs no more than a rare one.
 *
 * <p>The estimate is a stratified sample: each segment is cut into {@link #WINDOWS} stretches of
 * document numbers, and in each stretch only the first matches (the segment's share of the limit,
 * spread evenly) are visited, then the count of the stretch is extrapolated from how far into it
 * they reached. Answers are indexed roughly in publication order, so stretches are periods: every
 * year gets its share of the sample, which a sample from the start of each segment would not give.
 */
final class MatchCounts {

  /** Stretches per segment. */
  static final int WINDOWS = 64;

  /** Matches visited at least in each stretch, so the extrapolation is not from one or two. */
  static final int MIN_PER_WINDOW = 8;

  /** How many answers match and per dimension the values; {@code exact} false when estimated. */
  record Counted(long total, Map<String, Map<String, Integer>> values, boolean exact) {}

  private MatchCounts() {}

  static Counted count(
      IndexSearcher searcher, Query query, List<String> dimensions, String prefix, int limit)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Counted exact = exact(searcher, weight, dimensions, prefix, limit);
    return exact != null ? exact : sampled(searcher, weight, dimensions, prefix, limit);
  }

  /** Every match counted; null as soon as there are more than {@code limit}. */
  private static Counted exact(
      IndexSearcher searcher, Weight weight, List<String> dimensions, String prefix, int limit)
      throws IOException {
    var tally = new Tally(dimensions);
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      var values = values(leaf, dimensions, prefix);
      var perOrd = perOrd(values);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (++total > limit) {
          return null;
        }
        add(values, perOrd, doc);
      }
      var counts = counts(values);
      scaleInto(counts, perOrd, 1.0);
      tally.add(values, counts);
    }
    return new Counted(total, tally.rounded(), true);
  }

  private static Counted sampled(
      IndexSearcher searcher, Weight weight, List<String> dimensions, String prefix, int limit)
      throws IOException {
    var tally = new Tally(dimensions);
    double total = 0;
    int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      int leafDocs = leaf.reader().maxDoc();
      int perWindow = (int) Math.max(MIN_PER_WINDOW, (long) limit * leafDocs / maxDoc / WINDOWS);
      int windowSize = Math.max(1, (leafDocs + WINDOWS - 1) / WINDOWS);
      var values = values(leaf, dimensions, prefix);
      // counted per stretch, summed with the stretches' scales per segment, named once per segment
      var perOrd = perOrd(values);
      var counts = counts(values);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int start = 0; start < leafDocs; start += windowSize) {
        int end = Math.min(leafDocs, start + windowSize);
        int doc = it.docID() >= start ? it.docID() : it.advance(start);
        int seen = 0;
        int reached = end;
        while (doc < end) {
          if (live == null || live.get(doc)) {
            if (seen == perWindow) {
              // the stretch up to the next match holds perWindow matches: an unbiased density
              reached = doc;
              break;
            }
            add(values, perOrd, doc);
            seen++;
          }
          doc = it.nextDoc();
        }
        double scale = (double) (end - start) / Math.max(1, reached - start);
        total += seen * scale;
        scaleInto(counts, perOrd, scale);
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
      }
      tally.add(values, counts);
    }
    return new Counted(Math.round(total), tally.rounded(), false);
  }

  private static SortedDocValues[] values(
      LeafReaderContext leaf, List<String> dimensions, String prefix) throws IOException {
    var values = new SortedDocValues[dimensions.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaf.reader(), prefix + dimensions.get(i));
    }
    return values;
  }

  private static int[][] perOrd(SortedDocValues[] values) {
    int[][] perOrd = new int[values.length][];
    for (int i = 0; i < values.length; i++) {
      perOrd[i] = new int[values[i].getValueCount()];
    }
    return perOrd;
  }

  private static double[][] counts(SortedDocValues[] values) {
    double[][] counts = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      counts[i] = new double[values[i].getValueCount()];
    }
    return counts;
  }

  /** Adds a stretch's counts times its scale, and clears them for the next stretch. */
  private static void scaleInto(double[][] counts, int[][] perOrd, double scale) {
    for (int i = 0; i < perOrd.length; i++) {
      for (int ord = 0; ord < perOrd[i].length; ord++) {
        if (perOrd[i][ord] > 0) {
          counts[i][ord] += perOrd[i][ord] * scale;
          perOrd[i][ord] = 0;
        }
      }
    }
  }

  private static void add(SortedDocValues[] values, int[][] perOrd, int doc) throws IOException {
    for (int i = 0; i < values.length; i++) {
      // doc values iterators only go forward: a fresh one per window would be needed to go back,
      // and windows only go forward, so one suffices
      if (values[i].docID() <= doc && values[i].advanceExact(doc)) {
        perOrd[i][values[i].ordValue()]++;
      }
    }
  }

  /** Counts per dimension and value, summed over segments and stretches with their scales. */
  private static final class Tally {
    private final List<String> dimensions;
    private final Map<String, Map<String, Double>> counts = new HashMap<>();

    Tally(List<String> dimensions) {
      this.dimensions = dimensions;
      dimensions.forEach(d -> counts.put(d, new HashMap<>()));
    }

    /** A segment's (scaled) counts per value number, by value. */
    void add(SortedDocValues[] values, double[][] perOrd) throws IOException {
      for (int i = 0; i < values.length; i++) {
        Map<String, Double> into = counts.get(dimensions.get(i));
        for (int ord = 0; ord < perOrd[i].length; ord++) {
          if (perOrd[i][ord] > 0) {
            into.merge(values[i].lookupOrd(ord).utf8ToString(), perOrd[i][ord], Double::sum);
          }
        }
      }
    }

    Map<String, Map<String, Integer>> rounded() {
      var rounded = new HashMap<String, Map<String, Integer>>();
      counts.forEach(
          (dimension, values) -> {
            var ints = new HashMap<String, Integer>();
            values.forEach((k, v) -> ints.put(k, (int) Math.max(1, Math.round(v))));
            rounded.put(dimension, ints);
          });
      return rounded;
    }
  }
}
