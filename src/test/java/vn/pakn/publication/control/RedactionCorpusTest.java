package vn.pakn.publication.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the redactor on the judged corpus in {@code src/test/resources/redaction/} (see its
 * README): recall of must-remove items per category and false positives on look-alikes, against the
 * targets of issue 22. Prints the figures and every miss, so a failing build says what leaked.
 */
class RedactionCorpusTest {

  static final double RECALL_OVERALL = 0.99;
  static final double RECALL_PER_CATEGORY = 0.95;
  static final double FALSE_POSITIVES = 0.03;

  /** One annotated stretch of a petition's text. */
  record Item(int start, int end, RedactionCategory category, String text) {}

  /** One petition or answer of the corpus, its text without markup, and what the form knows. */
  record Entry(
      String id, String text, KnownPersonalData known, List<Item> items, List<Item> keep) {}

  static List<Entry> corpus;
  static final Redactor REDACTOR = new Redactor();

  @BeforeAll
  static void read() {
    corpus = load();
  }

  static List<Entry> load() {
    try {
      Path dir = Path.of(RedactionCorpusTest.class.getResource("/redaction/").toURI());
      try (Stream<Path> files = Files.list(dir)) {
        var entries = new ArrayList<Entry>();
        for (Path file :
            files
                .filter(f -> f.getFileName().toString().matches("corpus-.*\\.txt"))
                .sorted()
                .toList()) {
          entries.addAll(parse(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return entries;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Entry> parse(String file) {
    var entries = new ArrayList<Entry>();
    String id = null;
    KnownPersonalData known = KnownPersonalData.NONE;
    var body = new StringBuilder();
    for (String line : (file + "\n=== END").split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (id != null) {
          entries.add(entry(id, body.toString().strip(), known));
        }
        id = line.substring(4).strip();
        known = KnownPersonalData.NONE;
        body.setLength(0);
      } else if (line.startsWith("sender:")) {
        String[] f = (line.substring(7) + " | | | ").split("\\|", -1);
        known = KnownPersonalData.ofSender(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip());
      } else {
        body.append(line).append('\n');
      }
    }
    return entries;
  }

  private static Entry entry(String id, String marked, KnownPersonalData known) {
    var text = new StringBuilder();
    var items = new ArrayList<Item>();
    var keep = new ArrayList<Item>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '['
          && marked.indexOf('|', i) > 0
          && marked.indexOf(']', i) > marked.indexOf('|', i)) {
        int bar = marked.indexOf('|', i);
        int close = marked.indexOf(']', bar);
        String category = marked.substring(i + 1, bar);
        String value = marked.substring(bar + 1, close).replace('¦', '\u00a0');
        items.add(
            new Item(
                text.length(),
                text.length() + value.length(),
                RedactionCategory.valueOf(category),
                value));
        text.append(value);
        i = close + 1;
      } else if (c == '{') {
        int close = marked.indexOf('}', i);
        String value = marked.substring(i + 1, close).replace('¦', '\u00a0');
        keep.add(new Item(text.length(), text.length() + value.length(), null, value));
        text.append(value);
        i = close + 1;
      } else {
        text.append(c == '¦' ? '\u00a0' : c);
        i++;
      }
    }
    return new Entry(id, text.toString(), known, items, keep);
  }

  static boolean covered(Item item, String text, List<RedactionSpan> hidden) {
    for (int k = item.start(); k < item.end(); k++) {
      if (!Character.isLetterOrDigit(text.charAt(k))) {
        continue;
      }
      final int at = k;
      if (hidden.stream().noneMatch(s -> s.start() <= at && at < s.end())) {
        return false;
      }
    }
    return true;
  }

  static boolean touched(Item item, List<RedactionSpan> hidden) {
    return hidden.stream().anyMatch(s -> s.start() < item.end() && item.start() < s.end());
  }

  @Test
  void meetsTheTargetsOfIssue22() {
    Map<RedactionCategory, int[]> recall = new EnumMap<>(RedactionCategory.class);
    var misses = new ArrayList<String>();
    var falsePositives = new ArrayList<String>();
    int items = 0;
    int found = 0;
    int lookAlikes = 0;
    for (Entry e : corpus) {
      RedactionProposal proposal = REDACTOR.propose(e.text(), e.known());
      assertThat(proposal.text()).as(e.id() + " is NFC as written").isEqualTo(e.text());
      List<RedactionSpan> hidden = proposal.hidden();
      for (Item item : e.items()) {
        int[] counts = recall.computeIfAbsent(item.category(), c -> new int[2]);
        counts[1]++;
        items++;
        if (covered(item, e.text(), hidden)) {
          counts[0]++;
          found++;
        } else {
          misses.add(e.id() + " " + item.category() + " \"" + item.text() + "\"");
        }
      }
      for (Item item : e.keep()) {
        lookAlikes++;
        if (touched(item, hidden)) {
          falsePositives.add(e.id() + " \"" + item.text() + "\" in " + proposal.apply());
        }
      }
    }
    var report = new StringBuilder("Redaction corpus: ");
    report.append(corpus.size()).append(" texts, ").append(items).append(" items, ");
    report.append(lookAlikes).append(" look-alikes\n");
    report.append(
        String.format("  recall overall %.2f %% (%d/%d)%n", 100.0 * found / items, found, items));
    recall.forEach(
        (c, n) ->
            report.append(
                String.format("  %-20s %6.2f %% (%d/%d)%n", c, 100.0 * n[0] / n[1], n[0], n[1])));
    report.append(
        String.format(
            "  false positives on look-alikes %.2f %% (%d/%d)%n",
            100.0 * falsePositives.size() / lookAlikes, falsePositives.size(), lookAlikes));
    misses.forEach(m -> report.append("  MISSED ").append(m).append('\n'));
    falsePositives.forEach(m -> report.append("  FALSE POSITIVE ").append(m).append('\n'));
    System.out.println(report);

    assertThat(corpus).as("texts").hasSizeGreaterThanOrEqualTo(100);
    assertThat(items).as("annotated items").isGreaterThanOrEqualTo(600);
    assertThat(lookAlikes).as("look-alikes").isGreaterThanOrEqualTo(150);
    for (RedactionCategory c : RedactionCategory.values()) {
      if (c.hiddenByDefault() && c != RedactionCategory.OTHER) {
        assertThat(recall.getOrDefault(c, new int[2])[1])
            .as("items of " + c)
            .isGreaterThanOrEqualTo(10);
      }
    }
    assertThat((double) found / items).as(report.toString()).isGreaterThanOrEqualTo(RECALL_OVERALL);
    recall.forEach(
        (c, n) ->
            assertThat((double) n[0] / n[1])
                .as(c + "\n" + report)
                .isGreaterThanOrEqualTo(RECALL_PER_CATEGORY));
    assertThat((double) falsePositives.size() / lookAlikes)
        .as(report.toString())
        .isLessThanOrEqualTo(FALSE_POSITIVES);
  }

  /** The proposal accepted as is publishes: the last check finds nothing more in its text. */
  @Test
  void theProposalAcceptedAsIsPassesThePublishCheck() {
    var sender =
        new vn.pakn.petitions.entity.Sender(
            vn.pakn.petitions.entity.SenderType.PERSON, "-", "-", null, null, null, null);
    for (Entry e : corpus) {
      String published = REDACTOR.propose(e.text(), e.known()).apply();
      var left = new ArrayList<vn.pakn.platform.control.Violation>();
      Publication.check(
          "answer", published, e.known(), sender, List.of(), left, new java.util.HashSet<>());
      assertThat(left).as(e.id() + ": " + published).isEmpty();
    }
  }

  @Test
  void everySpanLiesInsideItsTextAndThePublicTextKeepsEveryOtherChar() {
    for (Entry e : corpus) {
      RedactionProposal proposal = REDACTOR.propose(e.text(), e.known());
      for (RedactionSpan s : proposal.spans()) {
        assertThat(s.end()).as(e.id()).isLessThanOrEqualTo(e.text().length());
      }
      for (Item keep : e.keep()) {
        if (!touched(keep, proposal.hidden())) {
          assertThat(proposal.apply()).as(e.id()).contains(keep.text());
        }
      }
    }
  }
}
