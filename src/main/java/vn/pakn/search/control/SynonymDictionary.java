package vn.pakn.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The dictionary of citizens' words and official terms ("sổ đỏ" → "giấy chứng nhận quyền sử dụng
 * đất", domain brief §9), in the Solr synonym format: {@code a, b => c, d} (one way) or {@code a,
 * b, c} (each the others). A dictionary is checked as a whole before it is used, and refused with a
 * reason per line: an empty side or entry, a mapping cycle ({@code a => b} and {@code b => a}), a
 * word with more than {@link #MAX_EXPANSIONS} expansions, an entry of more than {@link
 * #MAX_ENTRY_WORDS} words, more than {@link #MAX_LINES} lines. Comparison is after the folding
 * search uses, so "Sổ Đỏ" and "so do" are the same entry.
 *
 * @param text the dictionary as written
 * @param version 0 for the dictionary shipped with the application, then one more per saved edit
 */
public record SynonymDictionary(String text, int version) {

  static final String RESOURCE = "/search/synonyms.txt";
  public static final int MAX_LINES = 5000;
  public static final int MAX_CHARS = 200_000;
  public static final int MAX_EXPANSIONS = 20;
  public static final int MAX_ENTRY_WORDS = 8;

  /** One thing wrong with a line (numbered from 1; 0 for the whole text), as a message key. */
  public record Problem(int line, String key, List<Object> args) {
    public Problem(int line, String key, Object... args) {
      this(line, key, List.of(args));
    }
  }

  /** A dictionary that cannot be used, with every reason found. */
  public static final class Refused extends IllegalArgumentException {
    private final transient List<Problem> problems;

    Refused(List<Problem> problems) {
      super(problems.toString());
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  public SynonymDictionary {
    Objects.requireNonNull(text, "text");
  }

  /** The starting set shipped with the application (version 0). */
  public static SynonymDictionary shipped() {
    try (InputStream in =
        Objects.requireNonNull(
            SynonymDictionary.class.getResourceAsStream(RESOURCE), "missing " + RESOURCE)) {
      return new SynonymDictionary(new String(in.readAllBytes(), StandardCharsets.UTF_8), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the whole text; returns nothing when it can be used. */
  public static List<Problem> problems(String text) {
    if (text == null) {
      return List.of(new Problem(0, "synonyms.empty"));
    }
    if (text.length() > MAX_CHARS) {
      return List.of(new Problem(0, "synonyms.tooLong", MAX_CHARS));
    }
    String[] lines = text.split("\\R", -1);
    if (lines.length > MAX_LINES) {
      return List.of(new Problem(0, "synonyms.tooManyLines", MAX_LINES));
    }
    var problems = new ArrayList<Problem>();
    Map<String, Set<String>> expansions = new HashMap<>();
    Map<String, Set<String>> mappings = new HashMap<>();
    Map<String, Integer> mappedOn = new HashMap<>();
    try (Analyzer folding = VietnameseAnalyzer.folding()) {
      for (int i = 0; i < lines.length; i++) {
        int number = i + 1;
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
          problems.add(new Problem(number, "synonyms.twoArrows"));
          continue;
        }
        List<String> left = entries(sides[0], folding, number, problems);
        List<String> right =
            sides.length == 2 ? entries(sides[1], folding, number, problems) : left;
        if (left == null || right == null) {
          continue;
        }
        if (sides.length == 1 && left.size() < 2) {
          problems.add(new Problem(number, "synonyms.alone"));
          continue;
        }
        for (String from : left) {
          for (String to : right) {
            if (!from.equals(to)) {
              expansions.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
              if (sides.length == 2) {
                mappings.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
                mappedOn.putIfAbsent(from, number);
              }
            }
          }
        }
      }
    }
    expansions.forEach(
        (word, targets) -> {
          if (targets.size() > MAX_EXPANSIONS) {
            problems.add(new Problem(0, "synonyms.tooManyExpansions", word, MAX_EXPANSIONS));
          }
        });
    List<String> cycle = cycle(mappings);
    if (!cycle.isEmpty()) {
      problems.add(
          new Problem(mappedOn.get(cycle.get(0)), "synonyms.cycle", String.join(" => ", cycle)));
    }
    return problems;
  }

  /** Checks and returns a dictionary for a new version. */
  public static SynonymDictionary checked(String text, int version) {
    List<Problem> problems = problems(text);
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    return new SynonymDictionary(text, version);
  }

  /** The folded entries of one side, or null (with a problem) when one is empty or too long. */
  private static List<String> entries(
      String side, Analyzer folding, int line, List<Problem> problems) {
    if (side.isBlank()) {
      problems.add(new Problem(line, "synonyms.emptySide"));
      return null;
    }
    var entries = new ArrayList<String>();
    for (String entry : side.split(",", -1)) {
      List<String> words = fold(entry, folding);
      if (words.isEmpty()) {
        problems.add(new Problem(line, "synonyms.emptyEntry"));
        return null;
      }
      if (words.size() > MAX_ENTRY_WORDS) {
        problems.add(new Problem(line, "synonyms.entryTooLong", entry.strip(), MAX_ENTRY_WORDS));
        return null;
      }
      entries.add(String.join(" ", words));
    }
    return entries;
  }

  private static List<String> fold(String text, Analyzer folding) {
    var words = new ArrayList<String>();
    try (TokenStream stream = folding.tokenStream("", text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** A cycle of one-way mappings (a => b => … => a), as the entries on it; empty when none. */
  static List<String> cycle(Map<String, Set<String>> mappings) {
    var done = new HashSet<String>();
    for (String start : mappings.keySet()) {
      var path = new ArrayList<String>();
      var onPath = new HashSet<String>();
      List<String> found = visit(start, mappings, done, path, onPath);
      if (found != null) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> visit(
      String node,
      Map<String, Set<String>> mappings,
      Set<String> done,
      List<String> path,
      Set<String> onPath) {
    if (onPath.contains(node)) {
      var cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      return cycle;
    }
    if (!done.add(node)) {
      return null;
    }
    path.add(node);
    onPath.add(node);
    for (String next : mappings.getOrDefault(node, Set.of())) {
      List<String> found = visit(next, mappings, done, path, onPath);
      if (found != null) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(node);
    return null;
  }
}
