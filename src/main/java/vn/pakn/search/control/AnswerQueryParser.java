package vn.pakn.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
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
 * words of {@link #MIN_FUZZY_LETTERS} to {@link #MAX_FUZZY_LETTERS} letters that no answer contains
 * are matched with one edit (a typo), expanding to at most {@link #MAX_EXPANSIONS} terms. No
 * leading wildcards, no regular expressions.
 *
 * <p>All words must match (in any of title, question or answer); ranking adds the exact words per
 * field with boosts (title > question > answer) and neighbouring syllable pairs, so a document with
 * the words together as a phrase ranks above one with the syllables scattered, and, when the query
 * has diacritics, the words with their diacritics as typed, so "sổ đỏ" ranks "sổ" above "số".
 *
 * <p>When all words together find too little, {@link Parsed#relaxed(int)} matches some of them,
 * each matched word counting {@link #PART_WEIGHT}: answers with more of the words come first.
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

  /**
   * A parsed query: what must match, and what only ranks.
   *
   * @param parts what each word (syllable, phrase, prefix) requires, for a relaxed match; empty
   *     when the query has nothing to relax
   * @param excluded what must not match, kept when relaxed
   */
  record Parsed(
      Query match,
      Query rank,
      List<String> words,
      boolean shortened,
      List<Query> parts,
      List<Query> excluded) {

    /** The query to run: matching and ranking together. */
    Query query() {
      return ranked(match);
    }

    private Query ranked(Query matching) {
      if (rank == null) {
        return matching;
      }
      return new BooleanQuery.Builder().add(matching, Occur.MUST).add(rank, Occur.SHOULD).build();
    }

    /** Whether some but not all parts could match. */
    boolean relaxable() {
      return parts.size() >= 2;
    }

    /**
     * A match of at least {@code minimum} of the parts, where each matched part counts {@link
     * #PART_WEIGHT} so answers with more of the words come first.
     */
    Query relaxedMatch(int minimum) {
      var builder = new BooleanQuery.Builder();
      for (Query part : parts) {
        builder.add(new BoostQuery(new ConstantScoreQuery(part), PART_WEIGHT), Occur.SHOULD);
      }
      builder.setMinimumNumberShouldMatch(Math.max(1, Math.min(minimum, parts.size())));
      for (Query not : excluded) {
        builder.add(not, Occur.MUST_NOT);
      }
      return builder.build();
    }

    /** The relaxed match with the ranking clauses. */
    Query relaxed(int minimum) {
      return ranked(relaxedMatch(minimum));
    }
  }

  /** What one matched word adds to the score of a relaxed match: more than ranking usually does. */
  static final float PART_WEIGHT = 20f;

  /** How much more an exact-diacritics match ranks than the folded one. */
  static final float EXACT_BOOST = 1.5f;

  private final VietnameseAnalyzer queryAnalyzer;
  private final VietnameseAnalyzer bigramAnalyzer;
  private final VietnameseAnalyzer exactAnalyzer;

  AnswerQueryParser(
      VietnameseAnalyzer queryAnalyzer,
      VietnameseAnalyzer bigramAnalyzer,
      VietnameseAnalyzer exactAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
    this.bigramAnalyzer = bigramAnalyzer;
    this.exactAnalyzer = exactAnalyzer;
  }

  Parsed parse(String typed) {
    return parse(typed, true);
  }

  Parsed parse(String typed, boolean fuzzy) {
    return parse(typed, fuzzy, term -> false);
  }

  /**
   * @param fuzzy whether long words also match with one edit; without it the query is smaller, for
   *     the rare case the fuzzy one exceeds Lucene's clause limit
   */
  /**
   * @param known whether a term is in the index: a known word is not also matched with a typo,
   *     which keeps the query small (a typo of a word that exists would mostly match other words)
   */
  Parsed parse(String typed, boolean fuzzy, Predicate<Term> known) {
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
    var parts = parts(joined, phrases, prefixes, fuzzy, known);
    var not = new ArrayList<Query>();
    for (String word : excluded) {
      Query q = exactBuilder().createBooleanQuery(AnswerIndex.ALL, word);
      if (q != null) {
        not.add(q);
      }
    }
    return new Parsed(
        match(parts, not),
        rank(joined, phrases, text),
        List.copyOf(allWords),
        shortened,
        List.copyOf(parts),
        List.copyOf(not));
  }

  /** What each word, phrase and prefix requires: all of them for the strict match. */
  private List<Query> parts(
      String words,
      List<String> phrases,
      List<String> prefixes,
      boolean fuzzy,
      Predicate<Term> known) {
    var parts = new ArrayList<Query>();
    var matching = fuzzy ? new TypoTolerantBuilder(queryAnalyzer, known) : exactBuilder();
    Query all = matching.createBooleanQuery(AnswerIndex.ALL, words, Occur.MUST);
    if (all instanceof BooleanQuery bool
        && bool.clauses().size() > 1
        && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST)) {
      bool.clauses().forEach(c -> parts.add(c.getQuery()));
    } else if (all != null) {
      parts.add(all);
    }
    for (String phrase : phrases) {
      Query q = exactBuilder().createPhraseQuery(AnswerIndex.ALL, phrase);
      if (q != null) {
        parts.add(q);
      }
    }
    for (String prefix : prefixes) {
      BytesRef folded = queryAnalyzer.normalize(AnswerIndex.ALL, prefix.toLowerCase(Locale.ROOT));
      parts.add(
          new PrefixQuery(
              new Term(AnswerIndex.ALL, folded),
              new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS)));
    }
    return parts;
  }

  private static Query match(List<Query> parts, List<Query> excluded) {
    var builder = new BooleanQuery.Builder();
    for (Query part : parts) {
      builder.add(part, Occur.MUST);
    }
    for (Query not : excluded) {
      builder.add(not, Occur.MUST_NOT);
    }
    if (parts.isEmpty()) {
      builder.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return builder.build();
  }

  private Query rank(String words, List<String> phrases, String typed) {
    var builder = new BooleanQuery.Builder();
    boolean any = false;
    var exact = exactBuilder();
    var pairs = new QueryBuilder(bigramAnalyzer);
    if (hasDiacritics(typed)) {
      var diacritics = new QueryBuilder(exactAnalyzer);
      for (String text : withPhrases(words, phrases)) {
        any |=
            add(
                builder,
                boost(diacritics.createBooleanQuery(AnswerIndex.EXACT, text), EXACT_BOOST));
      }
    }
    for (String text : withPhrases(words, phrases)) {
      any |= add(builder, boost(exact.createBooleanQuery(AnswerIndex.TITLE, text), TITLE_BOOST));
      any |=
          add(builder, boost(pairs.createBooleanQuery(AnswerIndex.TITLE_PAIRS, text), TITLE_BOOST));
      any |=
          add(
              builder,
              boost(pairs.createBooleanQuery(AnswerIndex.BODY_PAIRS, text), QUESTION_BOOST));
    }
    return any ? builder.build() : null;
  }

  /** Whether some letter carries a mark (typing without any says nothing about the tones). */
  private static boolean hasDiacritics(String typed) {
    return typed
        .codePoints()
        .anyMatch(
            c ->
                Character.isLetter(c) && c > 0x7f
                    || Character.getType(c) == Character.NON_SPACING_MARK);
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

  /**
   * Matches words of five letters or more that are in no answer also with one typo; exact matches
   * score highest.
   */
  private static final class TypoTolerantBuilder extends QueryBuilder {

    private final Predicate<Term> known;

    TypoTolerantBuilder(VietnameseAnalyzer analyzer, Predicate<Term> known) {
      super(analyzer);
      this.known = known;
      setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
      String text = term.text();
      int letters = text.codePointCount(0, text.length());
      if (letters < MIN_FUZZY_LETTERS
          || letters > MAX_FUZZY_LETTERS
          || !text.codePoints().allMatch(Character::isLetter)
          || known.test(term)) {
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
