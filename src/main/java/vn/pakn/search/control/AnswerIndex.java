package vn.pakn.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import vn.pakn.platform.control.Messages;
import vn.pakn.publication.control.PublicAnswer;

/**
 * The search index of published answers on one {@link Directory} (owned by the caller): one {@link
 * IndexWriter} and a near-real-time {@link SearcherManager} over it.
 *
 * <p>The index is a projection of the publication sequence: {@link #commit(long)} durably stores
 * the sequence number of the last publication applied together with the documents, and nothing is
 * committed without it (closing discards uncommitted changes), so after a restart the feeder
 * resumes from {@link #lastSequence()} and never skips a publication.
 *
 * <p>Facets are counted with plain sorted doc values per dimension rather than the taxonomy or
 * SortedSetDocValues facet state: four small dimensions, one value per answer, no extra state to
 * rebuild on refresh. Each dimension is counted with the other dimensions' filters only, so the
 * counts show what choosing another value would give.
 */
public final class AnswerIndex implements Closeable {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String QUESTION = "question";
  static final String ANSWER = "answer";
  static final String ALL = "all";
  static final String TITLE_PAIRS = "title_pairs";
  static final String BODY_PAIRS = "body_pairs";
  static final String EXACT = "exact";
  static final String PUBLISHED = "published";
  static final String SEQUENCE = "publicationSequence";
  static final String ANALYSIS = "analysis";

  /**
   * The version of the analysis the index was built with; an index of another version is rebuilt.
   * 2: i/y spelling, the exact-diacritics field.
   */
  static final String ANALYSIS_VERSION = "2";

  /** The facet dimensions, in the order pages show them. */
  public static final List<String> FACETS = List.of("agency", "field", "kind", "year");

  private static final String FACET_PREFIX = "facet_";
  private static final String NAME_PREFIX = "name_";
  private static final char LABEL_SEPARATOR = '\u001f';
  private static final int SNIPPET_LENGTH = 240;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{4,}");

  /** Up to this many matches, the total and the facets are counted exactly; above, estimated. */
  static final int EXACT_COUNT_LIMIT = 20_000;

  /**
   * Whether Lucene's query cache (matching documents of frequent filters, kept across searches) is
   * on: system property {@code pakn.search.queryCache}, on unless "false" — benchmarks switch it
   * off so that no result of an earlier request is reused.
   */
  static final boolean QUERY_CACHE = !"false".equals(System.getProperty("pakn.search.queryCache"));

  /**
   * How many of the best matches by the matching query alone are ranked with every ranking clause:
   * more than a reader pages through, few enough that ranking them costs little.
   */
  static final int RERANK_WINDOW = 200;

  /** All words together finding fewer answers than this, a match of some of them is tried. */
  static final int RELAX_BELOW = 3;

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /** Cloned for each snippet: building a sentence iterator for a locale costs more. */
  private static final BreakIterator SENTENCES =
      BreakIterator.getSentenceInstance(Messages.VIETNAMESE);

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean changed = new AtomicBoolean();
  private volatile int exactCountLimit = EXACT_COUNT_LIMIT;
  private final VietnameseAnalyzer indexAnalyzer =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.INDEX);
  private volatile VietnameseAnalyzer queryAnalyzer =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.QUERY);
  private final VietnameseAnalyzer pairAnalyzer =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.BIGRAMS);
  private final VietnameseAnalyzer exactAnalyzer =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.EXACT);
  private final Analyzer perField;
  private volatile AnswerQueryParser parser;

  private AnswerIndex(Directory directory, double ramBufferMb) throws IOException {
    perField =
        new PerFieldAnalyzerWrapper(
            indexAnalyzer,
            Map.of(TITLE_PAIRS, pairAnalyzer, BODY_PAIRS, pairAnalyzer, EXACT, exactAnalyzer));
    var config =
        new IndexWriterConfig(perField)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(ramBufferMb)
            .setCommitOnClose(false);
    writer = new IndexWriter(directory, config);
    searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                var searcher = new IndexSearcher(reader);
                if (!QUERY_CACHE) {
                  searcher.setQueryCache(null);
                }
                return searcher;
              }
            });
    parser = new AnswerQueryParser(queryAnalyzer, pairAnalyzer, exactAnalyzer);
  }

  /**
   * Searches from now on with these abbreviations and citizens' words (query-time expansion: the
   * indexed documents do not change).
   */
  public void useSynonyms(AbbreviationSynonyms synonyms) {
    var analyzer = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.QUERY, synonyms);
    parser = new AnswerQueryParser(analyzer, pairAnalyzer, exactAnalyzer);
    queryAnalyzer = analyzer;
  }

  /** The synonyms searches use. */
  public AbbreviationSynonyms synonyms() {
    return queryAnalyzer.synonyms();
  }

  /**
   * Whether the index was built with the analysis of this version of the application (an empty
   * index always is); an index built otherwise must be rebuilt to be searched correctly.
   */
  public boolean analysisCurrent() throws IOException {
    if (count() == 0 && lastSequence() == 0) {
      return true;
    }
    return ANALYSIS_VERSION.equals(commitValue(ANALYSIS));
  }

  /** Opens (or creates) the index in a directory; the caller keeps and closes the directory. */
  public static AnswerIndex open(Directory directory) throws IOException {
    return open(directory, IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
  }

  /**
   * Opens (or creates) the index with a larger indexing buffer, for building a big index in one go;
   * the caller keeps and closes the directory.
   */
  public static AnswerIndex open(Directory directory, double ramBufferMb) throws IOException {
    return new AnswerIndex(Objects.requireNonNull(directory, "directory"), ramBufferMb);
  }

  /** Adds an answer, or replaces the one with the same id. Visible to searches at once. */
  public void index(PublicAnswer answer) throws IOException {
    writer.updateDocument(new Term(ID, answer.id()), document(answer));
    changed.set(true);
  }

  /** Removes an answer (unpublished); nothing happens if it is not indexed. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(ID, id));
    changed.set(true);
  }

  /**
   * Makes every change so far durable, together with the sequence number of the last publication
   * applied.
   *
   * @throws IllegalArgumentException if the sequence goes backwards
   */
  public synchronized void commit(long publicationSequence) throws IOException {
    long last = lastSequence();
    if (publicationSequence < last) {
      throw new IllegalArgumentException(
          "publication sequence " + publicationSequence + " is behind the committed " + last);
    }
    writer.setLiveCommitData(
        Map.of(SEQUENCE, Long.toString(publicationSequence), ANALYSIS, ANALYSIS_VERSION)
            .entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
    changed.set(false);
  }

  /** The sequence number stored by the last {@link #commit(long)}; 0 for a new index. */
  public long lastSequence() {
    String value = commitValue(SEQUENCE);
    return value == null ? 0 : Long.parseLong(value);
  }

  private String commitValue(String key) {
    var data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (key.equals(entry.getKey())) {
          return entry.getValue();
        }
      }
    }
    return null;
  }

  /** How many answers are searchable. */
  public int count() throws IOException {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  public AnswerHits search(AnswerQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    return withSearcher(searcher -> search(searcher, query));
  }

  /** Answers whose words resemble the text (More-Like-This), most similar first. */
  public List<AnswerHit> similar(String text, int max) throws IOException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be 1 or more, got " + max);
    }
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String bounded = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    return withSearcher(
        searcher -> {
          var mlt = new MoreLikeThis(searcher.getIndexReader());
          mlt.setAnalyzer(indexAnalyzer);
          mlt.setFieldNames(new String[] {ALL});
          mlt.setMinTermFreq(1);
          mlt.setMinDocFreq(1);
          mlt.setMinWordLen(2);
          mlt.setMaxQueryTerms(25);
          mlt.setBoost(true);
          Query like = mlt.like(ALL, new StringReader(bounded));
          TopDocs top = searcher.search(like, Math.min(max, AnswerQuery.MAX_SIZE));
          var hits = new ArrayList<AnswerHit>();
          for (ScoreDoc doc : top.scoreDocs) {
            Document stored = searcher.storedFields().document(doc.doc);
            hits.add(hit(stored, excerpt(stored.get(ANSWER))));
          }
          return hits;
        });
  }

  /** Sets how many matches are counted exactly (tests; the default suits a million answers). */
  void exactCountLimit(int limit) {
    exactCountLimit = limit;
  }

  /** Discards changes not yet committed and releases the writer; the directory stays open. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      writer.close();
    }
  }

  private AnswerHits search(IndexSearcher searcher, AnswerQuery query) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    AnswerQueryParser.Parsed parsed =
        parser.parse(
            query.q(),
            true,
            term -> {
              try {
                return reader.docFreq(term) > 0;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      return search(searcher, query, parsed);
    } catch (IndexSearcher.TooManyClauses tooMany) {
      return search(searcher, query, parser.parse(query.q(), false));
    }
  }

  private AnswerHits search(
      IndexSearcher searcher, AnswerQuery query, AnswerQueryParser.Parsed parsed)
      throws IOException {
    Map<String, Query> filters = filters(query);
    // one pass counts the matches and every facet without a filter of its own; a facet with a
    // filter is counted without it, so the reader sees what choosing another value would give
    List<String> unfiltered = FACETS.stream().filter(d -> !filters.containsKey(d)).toList();
    Query matching = parsed.match();
    Query ranked = parsed.query();
    MatchCounts.Counted counted = count(searcher, filtered(matching, filters, null), unfiltered);
    AnswerHits.Relaxed relaxed = null;
    if (counted.total() < RELAX_BELOW && parsed.relaxable()) {
      int words = parsed.parts().size();
      for (int minimum : new int[] {(words + 1) / 2, 1}) {
        MatchCounts.Counted some =
            count(searcher, filtered(parsed.relaxedMatch(minimum), filters, null), unfiltered);
        if (some.total() > counted.total()) {
          matching = parsed.relaxedMatch(minimum);
          ranked = parsed.relaxed(minimum);
          counted = some;
          relaxed = new AnswerHits.Relaxed(words, Math.min(minimum, words));
          break;
        }
      }
    }
    Query main = filtered(ranked, filters, null);
    long total = counted.total();
    int window = query.page() * query.size();
    ScoreDoc[] top =
        query.sort() == AnswerQuery.Sort.DATE
            ? searcher.search(
                    main,
                    window,
                    new Sort(
                        new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE),
                    true)
                .scoreDocs
            : reranked(searcher, filtered(matching, filters, null), parsed.rank(), window);
    int from = (query.page() - 1) * query.size();
    var page = new ArrayList<ScoreDoc>();
    for (int i = from; i < top.length; i++) {
      page.add(top[i]);
    }
    // snippets mark the words that matched, not the ranking's pairs and exact keys: fewer terms
    var hits = hits(searcher, matching, page);
    var facets = new LinkedHashMap<String, List<FacetCount>>();
    boolean exact = counted.exact();
    for (String dimension : FACETS) {
      Map<String, Integer> values;
      if (filters.containsKey(dimension)) {
        MatchCounts.Counted own =
            count(searcher, filtered(matching, filters, dimension), List.of(dimension));
        exact &= own.exact();
        values = own.values().get(dimension);
      } else {
        values = counted.values().get(dimension);
      }
      facets.put(dimension, facetCounts(values));
    }
    String dym = didYouMean(searcher.getIndexReader(), parsed);
    return new AnswerHits(
        total, counted.exact(), exact, hits, facets, dym, parsed.shortened(), relaxed);
  }

  /**
   * The best {@code window} by relevance in two passes, so a query costs about the same whatever
   * the size of the corpus: the matching query alone (BM25 over all words, block-max WAND skipping
   * the answers that cannot reach the top) picks the best {@link #RERANK_WINDOW}, and only those
   * are scored with the ranking clauses alone (titles, syllable pairs, diacritics), whose frequent
   * terms would otherwise be read for every match, their score added to the first pass's. Scores
   * and ties are the single pass's for every answer of that window, so a query with fewer matches
   * ranks exactly as before; deeper pages follow in the first pass's order.
   */
  private static ScoreDoc[] reranked(
      IndexSearcher searcher, Query matching, Query ranking, int window) throws IOException {
    // the matches are counted apart (MatchCounts), so skipping may start at once, not only after
    // the first thousand hits as IndexSearcher.search(query, n) allows: the same top answers
    int firstPass = Math.max(window, RERANK_WINDOW);
    TopDocs first =
        searcher.search(matching, new TopScoreDocCollectorManager(firstPass, null, firstPass));
    if (ranking == null) {
      return Arrays.copyOf(first.scoreDocs, Math.min(window, first.scoreDocs.length));
    }
    ScoreDoc[] best =
        Arrays.copyOf(first.scoreDocs, Math.min(RERANK_WINDOW, first.scoreDocs.length));
    var rescorer =
        new QueryRescorer(ranking) {
          @Override
          protected float combine(
              float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            // what the single query (matching AND optionally ranking) would score
            return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
          }
        };
    ScoreDoc[] reranked =
        rescorer.rescore(searcher, new TopDocs(first.totalHits, best), best.length).scoreDocs;
    // deeper pages keep the first pass's order, so paging never shows an answer twice
    ScoreDoc[] all = Arrays.copyOf(reranked, first.scoreDocs.length);
    System.arraycopy(
        first.scoreDocs, best.length, all, best.length, first.scoreDocs.length - best.length);
    return Arrays.copyOf(all, Math.min(window, all.length));
  }

  private MatchCounts.Counted count(IndexSearcher searcher, Query query, List<String> dimensions)
      throws IOException {
    return MatchCounts.count(searcher, query, dimensions, FACET_PREFIX, exactCountLimit);
  }

  private static Map<String, Query> filters(AnswerQuery query) {
    var filters = new HashMap<String, Query>();
    if (query.agency() != null) {
      filters.put("agency", new TermQuery(new Term("agency", query.agency())));
    }
    if (query.field() != null) {
      filters.put("field", new TermQuery(new Term("field", query.field())));
    }
    if (query.kind() != null) {
      filters.put("kind", new TermQuery(new Term("kind", query.kind())));
    }
    if (query.year() != null) {
      filters.put("year", new TermQuery(new Term("year", query.year().toString())));
    }
    return filters;
  }

  private static Query filtered(Query query, Map<String, Query> filters, String except) {
    var builder = new BooleanQuery.Builder().add(query, Occur.MUST);
    filters.forEach(
        (dimension, filter) -> {
          if (!dimension.equals(except)) {
            builder.add(filter, Occur.FILTER);
          }
        });
    return builder.build();
  }

  private List<AnswerHit> hits(IndexSearcher searcher, Query query, List<ScoreDoc> page)
      throws IOException {
    if (page.isEmpty()) {
      return List.of();
    }
    int[] docs = page.stream().mapToInt(d -> d.doc).toArray();
    var highlighter =
        UnifiedHighlighter.builder(searcher, perField)
            .withFieldMatcher(field -> true)
            .withWeightMatches(false)
            .withHighlightPhrasesStrictly(false)
            .withHandleMultiTermQuery(true)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        (BreakIterator) SENTENCES.clone(), SNIPPET_LENGTH, 0.5f))
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .build();
    Map<String, String[]> snippets =
        highlighter.highlightFields(new String[] {QUESTION, ANSWER}, query, docs, new int[] {1, 2});
    var hits = new ArrayList<AnswerHit>();
    for (int i = 0; i < docs.length; i++) {
      Document stored = searcher.storedFields().document(docs[i]);
      hits.add(hit(stored, snippet(snippets, i, stored)));
    }
    return hits;
  }

  /** The answer's passage when it has a match, else the question's, else the answer's start. */
  private static String snippet(Map<String, String[]> snippets, int i, Document stored) {
    String answer = snippets.get(ANSWER)[i];
    String question = snippets.get(QUESTION)[i];
    if (answer != null && answer.contains("<mark>")) {
      return answer;
    }
    if (question != null && question.contains("<mark>")) {
      return question;
    }
    return answer != null ? answer : excerpt(stored.get(ANSWER));
  }

  private static String excerpt(String text) {
    String plain = text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) + " …" : text;
    return plain
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#x27;");
  }

  private static AnswerHit hit(Document stored, String snippet) {
    return new AnswerHit(
        stored.get(ID),
        stored.get(TITLE),
        snippet,
        stored.get("agency"),
        stored.get(NAME_PREFIX + "agency"),
        stored.get("field"),
        stored.get(NAME_PREFIX + "field"),
        stored.get("kind"),
        Integer.parseInt(stored.get("year")),
        Instant.ofEpochMilli(stored.getField(PUBLISHED).numericValue().longValue()));
  }

  /**
   * The query with each word that no answer contains replaced by the nearest word that some do
   * (folded, as indexed); null when every word is known or none has a near neighbour.
   */
  private String didYouMean(IndexReader reader, AnswerQueryParser.Parsed parsed)
      throws IOException {
    if (parsed.words().isEmpty() || reader.numDocs() == 0) {
      return null;
    }
    var spelling = new DirectSpellChecker();
    spelling.setMaxEdits(2);
    spelling.setMinQueryLength(4);
    spelling.setMaxQueryLength(AnswerQueryParser.MAX_FUZZY_LETTERS);
    var abbreviations = queryAnalyzer.synonyms().words();
    boolean replaced = false;
    var corrected = new ArrayList<String>();
    for (String words : parsed.words()) {
      Matcher m = WORD.matcher(words);
      var out = new StringBuilder();
      while (m.find()) {
        String folded = queryAnalyzer.normalize(ALL, m.group()).utf8ToString();
        String replacement = m.group();
        var term = new Term(ALL, folded);
        if (!abbreviations.contains(folded) && reader.docFreq(term) == 0) {
          SuggestWord[] suggestions =
              spelling.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (suggestions.length > 0) {
            replacement = suggestions[0].string;
            replaced = true;
          }
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      corrected.add(out.toString());
    }
    return replaced ? String.join(" ", corrected) : null;
  }

  private static List<FacetCount> facetCounts(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(
            e -> {
              String value = e.getKey();
              int separator = value.indexOf(LABEL_SEPARATOR);
              return separator < 0
                  ? new FacetCount(value, value, e.getValue())
                  : new FacetCount(
                      value.substring(0, separator), value.substring(separator + 1), e.getValue());
            })
        .sorted(
            Comparator.comparingInt(FacetCount::count)
                .reversed()
                .thenComparing(FacetCount::value, Comparator.reverseOrder()))
        .toList();
  }

  private Document document(PublicAnswer answer) {
    var doc = new Document();
    doc.add(new StringField(ID, answer.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, answer.title(), Field.Store.YES));
    doc.add(new Field(QUESTION, answer.question(), TEXT_WITH_OFFSETS));
    doc.add(new Field(ANSWER, answer.answer(), TEXT_WITH_OFFSETS));
    for (String text : List.of(answer.title(), answer.question(), answer.answer())) {
      doc.add(new TextField(ALL, text, Field.Store.NO));
    }
    for (String text : List.of(answer.title(), answer.question(), answer.answer())) {
      doc.add(new TextField(EXACT, text, Field.Store.NO));
    }
    doc.add(new TextField(TITLE_PAIRS, answer.title(), Field.Store.NO));
    doc.add(new TextField(BODY_PAIRS, answer.question(), Field.Store.NO));
    doc.add(new TextField(BODY_PAIRS, answer.answer(), Field.Store.NO));
    facet(doc, "agency", answer.agencyCode(), answer.agencyName());
    facet(doc, "field", answer.fieldCode(), answer.fieldName());
    facet(doc, "kind", answer.kind(), null);
    facet(doc, "year", Integer.toString(answer.year()), null);
    long published = answer.publishedAt().toEpochMilli();
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new StoredField(PUBLISHED, published));
    return doc;
  }

  private static void facet(Document doc, String dimension, String value, String name) {
    doc.add(new StringField(dimension, value, Field.Store.YES));
    String label = name == null ? value : value + LABEL_SEPARATOR + name;
    doc.add(
        new SortedDocValuesField(
            FACET_PREFIX + dimension, new org.apache.lucene.util.BytesRef(label)));
    if (name != null) {
      doc.add(new StoredField(NAME_PREFIX + dimension, name));
    }
  }

  private static FieldType textWithOffsets() {
    var type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    if (changed.getAndSet(false)) {
      searchers.maybeRefreshBlocking();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }
}
