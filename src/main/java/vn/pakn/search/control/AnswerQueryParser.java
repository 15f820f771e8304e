package vn.pakn.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what people type into a Lucene query that cannot fail and cannot be slow. The language is
 * small on purpose: words, {@code "quoted phrases"}, {@code -excluded} words and a trailing {@code
 * *} for a prefix. Everything else — brackets, operators, field names, regular expressions, a lone
 * {@code *}, unbalanced quotes — is read as plain text, and punctuation falls away in analysis.
 *
 * <p>Bounds: at most {@link #MAX_LENGTH} characters and {@link #MAX_WORDS} words are read; a prefix
 * needs {@link #MIN_PREFIX} letters and expands to at most {@link #MAX_EXPANSIONS} terms; only
 * words of {@link #MIN_FUZZY_LETTERS} to {@link #MAX_FUZZY_LETTERS} letters are matched with one
 * edit (a typo), expanding to at most {@link #MAX_EXPANSIONS} terms. No leading wildcards, no
 * regular expressions.
 *
 * <p>All words must match (in any of title, question or answer); ranking adds the exact words per
 * field with boosts (title > question > answer) and neighbouring syllable pairs, so a document with
 * the words together as a phrase ranks above one with the syllables scattered.
 */
final class AnswerQueryParser {

  static final int MAX_LENGTH = 500;
  static final int MAX_WORDS = 20;
  static final int MAX_PREFIXES = 3;
  static final int MIN_PREFIX = 2;
  static final int MIN_FUZZY_LETTERS = 5;

  /** Longer "words" are not Vietnamese syllables; their typo automata would only cost time. */
  static final int MAX_FUZZY_LETTERS = 30;

  static final int MAX_EXPANSIONS = 16;

  static final float TITLE_BOOST = 3f;
  static final float QUESTION_BOOST = 1.5f;
  static final float ANSWER_BOOST = 1f;

  private static final Pattern PIECE = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final Pattern OPERATOR = Pattern.compile("AND|OR|NOT|&&|\\|\\||[-+!*?~^]+");
  private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N}]+\\*+");
  private static final Pattern WILDCARDS = Pattern.compile("[*?~^\\\\]");

  /** A parsed query: what must match, and what only ranks. */
  record Parsed(Query match, Query rank, List<String> words, boolean shortened) {

    /** The query to run: matching and ranking together. */
    Query query() {
      if (rank == null) {
        return match;
      }
      return new BooleanQuery.Builder().add(match, Occur.MUST).add(rank, Occur.SHOULD).build();
    }
  }

  private final VietnameseAnalyzer queryAnalyzer;
  private final VietnameseAnalyzer bigramAnalyzer;

  AnswerQueryParser(VietnameseAnalyzer queryAnalyzer, VietnameseAnalyzer bigramAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
    this.bigramAnalyzer = bigramAnalyzer;
  }

  Parsed parse(String typed) {
    return parse(typed, true);
  }

  /**
   * @param fuzzy whether long words also match with one edit; without it the query is smaller, for
   *     the rare case the fuzzy one exceeds Lucene's clause limit
   */
  Parsed parse(String typed, boolean fuzzy) {
    String text = typed == null ? "" : typed.strip();
    boolean shortened = text.length() > MAX_LENGTH;
    if (shortened) {
      int end = MAX_LENGTH;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text = text.substring(0, end);
    }
    var plain = new ArrayList<String>();
    var phrases = new ArrayList<String>();
    var excluded = new ArrayList<String>();
    var prefixes = new ArrayList<String>();
    int words = 0;
    Matcher m = PIECE.matcher(text);
    while (m.find() && words < MAX_WORDS) {
      if (m.group(1) != null) {
        String phrase = WILDCARDS.matcher(m.group(1)).replaceAll(" ").strip();
        if (!phrase.isEmpty()) {
          phrases.add(phrase);
          words += phrase.split("\\s+").length;
        }
        continue;
      }
      String piece = m.group(2);
      if (OPERATOR.matcher(piece).matches()) {
        continue;
      }
      words++;
      if (piece.startsWith("-") && piece.length() > 1) {
        excluded.add(WILDCARDS.matcher(piece.substring(1)).replaceAll(" "));
      } else if (PREFIX.matcher(piece).matches()
          && prefixes.size() < MAX_PREFIXES
          && piece.replace("*", "").length() >= MIN_PREFIX) {
        prefixes.add(piece.replace("*", ""));
      } else {
        plain.add(WILDCARDS.matcher(piece).replaceAll(" ").replace('"', ' '));
      }
    }
    String joined = String.join(" ", plain);
    var allWords = new ArrayList<String>(plain);
    allWords.addAll(phrases);
    return new Parsed(
        match(joined, phrases, prefixes, excluded, fuzzy),
        rank(joined, phrases),
        List.copyOf(allWords),
        shortened);
  }

  private Query match(
      String words,
      List<String> phrases,
      List<String> prefixes,
      List<String> excluded,
      boolean fuzzy) {
    var builder = new BooleanQuery.Builder();
    boolean positive = false;
    var matching = fuzzy ? new TypoTolerantBuilder(queryAnalyzer) : exactBuilder();
    positive |=
        add(builder, matching.createBooleanQuery(AnswerIndex.ALL, words, Occur.MUST), Occur.MUST);
    for (String phrase : phrases) {
      positive |=
          add(builder, exactBuilder().createPhraseQuery(AnswerIndex.ALL, phrase), Occur.MUST);
    }
    for (String prefix : prefixes) {
      BytesRef folded = queryAnalyzer.normalize(AnswerIndex.ALL, prefix.toLowerCase(Locale.ROOT));
      var query =
          new PrefixQuery(
              new Term(AnswerIndex.ALL, folded),
              new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
      positive |= add(builder, query, Occur.MUST);
    }
    for (String word : excluded) {
      add(builder, exactBuilder().createBooleanQuery(AnswerIndex.ALL, word), Occur.MUST_NOT);
    }
    if (!positive) {
      builder.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return builder.build();
  }

  private Query rank(String words, List<String> phrases) {
    var builder = new BooleanQuery.Builder();
    boolean any = false;
    var exact = exactBuilder();
    var pairs = new QueryBuilder(bigramAnalyzer);
    for (String text : withPhrases(words, phrases)) {
      any |= add(builder, boost(exact.createBooleanQuery(AnswerIndex.TITLE, text), TITLE_BOOST));
      any |=
          add(builder, boost(exact.createBooleanQuery(AnswerIndex.QUESTION, text), QUESTION_BOOST));
      any |= add(builder, boost(exact.createBooleanQuery(AnswerIndex.ANSWER, text), ANSWER_BOOST));
      any |=
          add(builder, boost(pairs.createBooleanQuery(AnswerIndex.TITLE_PAIRS, text), TITLE_BOOST));
      any |=
          add(
              builder,
              boost(pairs.createBooleanQuery(AnswerIndex.BODY_PAIRS, text), QUESTION_BOOST));
    }
    return any ? builder.build() : null;
  }

  private static List<String> withPhrases(String words, List<String> phrases) {
    var texts = new ArrayList<String>();
    if (!words.isBlank()) {
      texts.add(words);
    }
    texts.addAll(phrases);
    return texts;
  }

  private QueryBuilder exactBuilder() {
    var builder = new QueryBuilder(queryAnalyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return builder;
  }

  private static Query boost(Query query, float boost) {
    return query == null ? null : new BoostQuery(query, boost);
  }

  private static boolean add(BooleanQuery.Builder builder, Query query) {
    return add(builder, query, Occur.SHOULD);
  }

  private static boolean add(BooleanQuery.Builder builder, Query query, Occur occur) {
    if (query == null) {
      return false;
    }
    builder.add(query, occur);
    return true;
  }

  /** Matches words of five letters or more also with one typo; exact matches score highest. */
  private static final class TypoTolerantBuilder extends QueryBuilder {

    TypoTolerantBuilder(VietnameseAnalyzer analyzer) {
      super(analyzer);
      setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
      String text = term.text();
      int letters = text.codePointCount(0, text.length());
      if (letters < MIN_FUZZY_LETTERS
          || letters > MAX_FUZZY_LETTERS
          || !text.codePoints().allMatch(Character::isLetter)) {
        return super.newTermQuery(term, boost);
      }
      Query fuzzy =
          new FuzzyQuery(
              term,
              1,
              1,
              MAX_EXPANSIONS,
              true,
              new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
      return boost == 1f ? fuzzy : new BoostQuery(fuzzy, boost);
    }
  }
}
