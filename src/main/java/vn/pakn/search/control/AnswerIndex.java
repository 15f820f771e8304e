package vn.pakn.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
  static final String PUBLISHED = "published";
  static final String SEQUENCE = "publicationSequence";

  /** The facet dimensions, in the order pages show them. */
  public static final List<String> FACETS = List.of("agency", "field", "kind", "year");

  private static final String FACET_PREFIX = "facet_";
  private static final String NAME_PREFIX = "name_";
  private static final char LABEL_SEPARATOR = '\u001f';
  private static final int SNIPPET_LENGTH = 240;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{4,}");

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean changed = new AtomicBoolean();
  private final VietnameseAnalyzer indexAnalyzer =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.INDEX);
  private final VietnameseAnalyzer queryAnalyzer =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.QUERY);
  private final VietnameseAnalyzer pairAnalyzer =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.BIGRAMS);
  private final Analyzer perField;
  private final AnswerQueryParser parser;

  private AnswerIndex(Directory directory, double ramBufferMb) throws IOException {
    perField =
        new PerFieldAnalyzerWrapper(
            indexAnalyzer, Map.of(TITLE_PAIRS, pairAnalyzer, BODY_PAIRS, pairAnalyzer));
    var config =
        new IndexWriterConfig(perField)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(ramBufferMb)
            .setCommitOnClose(false);
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
    parser = new AnswerQueryParser(queryAnalyzer, pairAnalyzer);
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
    writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(publicationSequence)).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
    changed.set(false);
  }

  /** The sequence number stored by the last {@link #commit(long)}; 0 for a new index. */
  public long lastSequence() {
    var data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (SEQUENCE.equals(entry.getKey())) {
          return Long.parseLong(entry.getValue());
        }
      }
    }
    return 0;
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
    AnswerQueryParser.Parsed parsed = parser.parse(query.q());
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
    Query main = filtered(parsed.query(), filters, null);
    // one pass counts the matches and every facet without a filter of its own; a facet with a
    // filter is counted without it, so the reader sees what choosing another value would give
    List<String> unfiltered = FACETS.stream().filter(d -> !filters.containsKey(d)).toList();
    Counted counted =
        searcher.search(filtered(parsed.match(), filters, null), new ValueCounts(unfiltered));
    long total = counted.total();
    int window = query.page() * query.size();
    // by relevance: a plain top-scores collection, which may skip answers that cannot reach the
    // page (block-max WAND) since the total is counted above; equal scores keep index order
    TopDocs top =
        query.sort() == AnswerQuery.Sort.DATE
            ? searcher.search(
                main,
                window,
                new Sort(
                    new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE),
                true)
            : searcher.search(main, window);
    int from = (query.page() - 1) * query.size();
    var page = new ArrayList<ScoreDoc>();
    for (int i = from; i < top.scoreDocs.length; i++) {
      page.add(top.scoreDocs[i]);
    }
    var hits = hits(searcher, parsed.query(), page);
    var facets = new LinkedHashMap<String, List<FacetCount>>();
    for (String dimension : FACETS) {
      Map<String, Integer> values =
          filters.containsKey(dimension)
              ? searcher
                  .search(
                      filtered(parsed.match(), filters, dimension),
                      new ValueCounts(List.of(dimension)))
                  .values()
                  .get(dimension)
              : counted.values().get(dimension);
      facets.put(dimension, facetCounts(values));
    }
    return new AnswerHits(
        total, hits, facets, didYouMean(searcher.getIndexReader(), parsed), parsed.shortened());
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
                        BreakIterator.getSentenceInstance(Messages.VIETNAMESE),
                        SNIPPET_LENGTH,
                        0.5f))
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
    var abbreviations =
        AbbreviationSynonyms.standard().longForms().keySet().stream()
            .map(a -> queryAnalyzer.normalize(ALL, a).utf8ToString())
            .toList();
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

  /** How many answers match, and per facet dimension how many have each value. */
  private record Counted(long total, Map<String, Map<String, Integer>> values) {}

  /** Counts the matching answers and the values of some facet dimensions, in one pass. */
  private static final class ValueCounts implements CollectorManager<ValueCounts.Counter, Counted> {

    private final List<String> dimensions;

    ValueCounts(List<String> dimensions) {
      this.dimensions = dimensions;
    }

    @Override
    public Counter newCollector() {
      return new Counter(dimensions);
    }

    @Override
    public Counted reduce(Collection<Counter> counters) {
      long total = 0;
      var values = new HashMap<String, Map<String, Integer>>();
      dimensions.forEach(d -> values.put(d, new HashMap<>()));
      for (Counter counter : counters) {
        total += counter.total;
        counter.counts.forEach(
            (dimension, counts) ->
                counts.forEach((k, v) -> values.get(dimension).merge(k, v, Integer::sum)));
      }
      return new Counted(total, values);
    }

    static final class Counter implements Collector {
      private final List<String> dimensions;
      private final Map<String, Map<String, Integer>> counts = new HashMap<>();
      private long total;

      Counter(List<String> dimensions) {
        this.dimensions = dimensions;
        dimensions.forEach(d -> counts.put(d, new HashMap<>()));
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        int n = dimensions.size();
        SortedDocValues[] values = new SortedDocValues[n];
        int[][] perOrd = new int[n][];
        for (int i = 0; i < n; i++) {
          values[i] = DocValues.getSorted(context.reader(), FACET_PREFIX + dimensions.get(i));
          perOrd[i] = new int[values[i].getValueCount()];
        }
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < n; i++) {
              if (values[i].advanceExact(doc)) {
                perOrd[i][values[i].ordValue()]++;
              }
            }
          }

          @Override
          public void finish() throws IOException {
            for (int i = 0; i < n; i++) {
              Map<String, Integer> into = counts.get(dimensions.get(i));
              for (int ord = 0; ord < perOrd[i].length; ord++) {
                if (perOrd[i][ord] > 0) {
                  into.merge(values[i].lookupOrd(ord).utf8ToString(), perOrd[i][ord], Integer::sum);
                }
              }
            }
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }
}
