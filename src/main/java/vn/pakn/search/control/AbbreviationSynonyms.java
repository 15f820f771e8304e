package vn.pakn.search.control;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Abbreviations of public administration ("TTHC", "UBND", …) and their long forms, read from {@code
 * search/abbreviations.txt}. Every entry of a line is made equivalent to every other, both ways,
 * after the same folding the indexed text gets.
 */
public final class AbbreviationSynonyms {

  static final String RESOURCE = "/search/abbreviations.txt";

  private static final AbbreviationSynonyms STANDARD = load(RESOURCE);

  private final String text;
  private final Map<String, List<String>> longForms;
  private final SynonymMap map;
  private final SynonymDictionary dictionary;
  private final java.util.Set<String> words;

  private AbbreviationSynonyms(
      String text,
      Map<String, List<String>> longForms,
      SynonymMap map,
      SynonymDictionary dictionary) {
    this.text = text;
    this.longForms = longForms;
    this.map = map;
    this.dictionary = dictionary;
    var known = new java.util.HashSet<String>();
    known.addAll(folded(String.join(" ", longForms.keySet())));
    if (dictionary != null) {
      dictionary
          .text()
          .lines()
          .filter(line -> !line.strip().startsWith("#"))
          .forEach(line -> known.addAll(folded(line)));
    }
    this.words = java.util.Set.copyOf(known);
  }

  /**
   * Every word (folded) of the abbreviations and of the dictionary's entries: words a query may use
   * that the answers need not contain, so "did you mean" leaves them alone.
   */
  public java.util.Set<String> words() {
    return words;
  }

  private static List<String> folded(String text) {
    var tokens = new java.util.ArrayList<String>();
    try (Analyzer folding = VietnameseAnalyzer.folding();
        var stream = folding.tokenStream("", text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The abbreviations shipped with the application. */
  public static AbbreviationSynonyms standard() {
    return STANDARD;
  }

  static AbbreviationSynonyms load(String resource) {
    var in =
        Objects.requireNonNull(
            AbbreviationSynonyms.class.getResourceAsStream(resource), "missing " + resource);
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      var text = new StringBuilder();
      char[] buffer = new char[4096];
      int n;
      while ((n = reader.read(buffer)) != -1) {
        text.append(buffer, 0, n);
      }
      return parse(text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads lines of the form {@code ABBREVIATION, long form, other long form}; "#" starts a comment.
   */
  static AbbreviationSynonyms parse(String text) {
    var longForms = new LinkedHashMap<String, List<String>>();
    for (String line : text.split("\\R")) {
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      List<String> entries = Arrays.stream(content.split(",")).map(String::strip).toList();
      if (entries.size() < 2 || entries.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException("an abbreviation line needs its long forms: " + line);
      }
      longForms.put(entries.get(0), entries.subList(1, entries.size()));
    }
    return new AbbreviationSynonyms(text, Map.copyOf(longForms), synonymMap(text, null), null);
  }

  /**
   * These abbreviations together with a dictionary of citizens' words; the abbreviations stay as
   * they are, the dictionary replaces any other one.
   *
   * @throws SynonymDictionary.Refused when the dictionary cannot be read as synonyms
   */
  public AbbreviationSynonyms with(SynonymDictionary words) {
    return new AbbreviationSynonyms(text, longForms, synonymMap(text, words), words);
  }

  /** The dictionary of citizens' words in use; null when only the abbreviations are. */
  public SynonymDictionary dictionary() {
    return dictionary;
  }

  private static SynonymMap synonymMap(String abbreviations, SynonymDictionary words) {
    try (Analyzer folding = VietnameseAnalyzer.folding()) {
      var parser = new SolrSynonymParser(true, true, folding);
      parser.parse(new StringReader(abbreviations));
      if (words != null) {
        try {
          parser.parse(new StringReader(words.text()));
        } catch (IOException | ParseException | IllegalArgumentException unreadable) {
          throw new SynonymDictionary.Refused(
              List.of(
                  new SynonymDictionary.Problem(
                      0, "synonyms.unreadable", String.valueOf(unreadable.getMessage()))));
        }
      }
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("abbreviations cannot be read: " + e.getMessage(), e);
    }
  }

  /** Abbreviation as written (e.g. "UBND") → its long forms (e.g. "Ủy ban nhân dân"). */
  public Map<String, List<String>> longForms() {
    return longForms;
  }

  SynonymMap map() {
    return map;
  }
}
