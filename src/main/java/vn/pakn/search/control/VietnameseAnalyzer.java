package vn.pakn.search.control;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Analysis of Vietnamese text: NFC normalization, Unicode word breaking (ICU), then ICU folding —
 * case, diacritics and đ→d — so "Thủ tục", "THU TUC" and "thu tuc" are the same syllables, whether
 * the input came composed (NFC) or decomposed (NFD), and the old "Uỷ" tone placement equals "Ủy"; a
 * lone i/y after a consonant is written i ("ký" = "kí", {@link SyllableSpelling}).
 *
 * <p>One analyzer per {@link Mode}:
 *
 * <ul>
 *   <li>{@link Mode#INDEX}: folded syllables; a legal citation is one token followed by its parts
 *       at the same position.
 *   <li>{@link Mode#QUERY}: folded syllables, citations whole, and abbreviations expanded to their
 *       long forms and back ({@link AbbreviationSynonyms}) as a token graph, which the query
 *       builder turns into alternatives ("tthc" OR "thu tuc hanh chinh").
 *   <li>{@link Mode#EXACT}: lower-case syllables with their diacritics, the tone mark moved to the
 *       end ({@link SyllableSpelling#exactKey}), for a field that ranks a match with the diacritics
 *       as typed above a folded one ("sổ đỏ" above "số độ"). Index and query alike.
 *   <li>{@link Mode#BIGRAMS}: pairs of neighbouring syllables ("thu tuc", "tuc hanh"), for a
 *       separate field that rewards the syllables of a word or phrase standing together. The same
 *       analyzer serves index and query.
 * </ul>
 */
public final class VietnameseAnalyzer extends Analyzer {

  /** What the analyzer is used for; see the class comment. */
  public enum Mode {
    INDEX,
    QUERY,
    BIGRAMS,
    EXACT
  }

  /** Keeps phrases from matching across the values of a multi-valued field. */
  static final int VALUE_GAP = 100;

  private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();

  private final Mode mode;
  private final AbbreviationSynonyms abbreviations;

  public VietnameseAnalyzer(Mode mode) {
    this(mode, AbbreviationSynonyms.standard());
  }

  public VietnameseAnalyzer(Mode mode, AbbreviationSynonyms abbreviations) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
  }

  /** Normalization and folding only: what abbreviation entries go through. */
  static Analyzer folding() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        return new TokenStreamComponents(tokenizer, folded(tokenizer));
      }
    };
  }

  /** Case, diacritics and đ folded, then i/y after a consonant written as i. */
  private static TokenStream folded(TokenStream stream) {
    return new SpellingFilter(new ICUFoldingFilter(stream), SyllableSpelling::iy);
  }

  /** The abbreviations and citizens' words a query is expanded with. */
  public AbbreviationSynonyms synonyms() {
    return abbreviations;
  }

  public Mode mode() {
    return mode;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CitationCharFilter(
        new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance()));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new ICUTokenizer();
    if (mode == Mode.EXACT) {
      TokenStream lowerCase = new ICUNormalizer2Filter(tokenizer, NFKC_CASE_FOLD);
      return new TokenStreamComponents(
          tokenizer, new SpellingFilter(lowerCase, SyllableSpelling::exactKey));
    }
    TokenStream stream = folded(tokenizer);
    stream =
        switch (mode) {
          case INDEX -> new CitationPartsFilter(stream);
          case QUERY -> new SynonymGraphFilter(stream, abbreviations.map(), true);
          case BIGRAMS -> bigrams(stream);
          case EXACT -> throw new IllegalStateException("handled above");
        };
    return new TokenStreamComponents(tokenizer, stream);
  }

  private static TokenStream bigrams(TokenStream stream) {
    var shingles = new ShingleFilter(stream, 2, 2);
    shingles.setOutputUnigrams(false);
    shingles.setOutputUnigramsIfNoShingles(false);
    return shingles;
  }

  /** Prefix and fuzzy terms get the same folding as whole words. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return mode == Mode.EXACT
        ? new SpellingFilter(
            new ICUNormalizer2Filter(in, NFKC_CASE_FOLD), SyllableSpelling::exactKey)
        : folded(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }
}
