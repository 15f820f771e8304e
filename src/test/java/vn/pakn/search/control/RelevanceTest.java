package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.pakn.publication.control.PublicAnswer;

/**
 * The relevance test set: judged citizen-style queries ({@code search/relevance-queries.tsv}) over
 * the demo answers, read from the same SQL files that load them, searched with the shipped
 * abbreviations and dictionary of citizens' words. Reports success@3 (a judged answer among the
 * first three) and MRR@10 (mean of 1/rank of the first judged answer in the first ten), and fails
 * below {@link #REQUIRED_SUCCESS_AT_3}.
 */
class RelevanceTest {

  static final double REQUIRED_SUCCESS_AT_3 = 0.90;

  private static final List<String> DEMO_FILES =
      List.of(
          "/db/demo/R__demo_published_answers.sql", "/db/demo/R__demo_published_answers_more.sql");
  private static final String QUOTED = "'((?:[^']|'')*)'";
  private static final Pattern ROW =
      Pattern.compile(
          "\\((\\d+), (\\d+), "
              + QUOTED
              + ", "
              + QUOTED
              + ",\\s*"
              + QUOTED
              + ",\\s*"
              + QUOTED
              + ",\\s*"
              + QUOTED
              + ",\\s*cast\\('([^']+)'",
          Pattern.DOTALL);
  private static final Pattern AGENCY = Pattern.compile("\\((\\d+),\\s+'([A-Z-]+)',\\s+'([^']*)'");

  record Judged(String query, Set<String> relevant, String note) {}

  @Test
  void citizenQueriesFindTheirAnswers() throws IOException {
    List<PublicAnswer> answers = demoAnswers();
    List<Judged> judged = judgedQueries();
    assertThat(answers).hasSizeGreaterThanOrEqualTo(54);
    assertThat(judged).hasSizeGreaterThanOrEqualTo(60);

    try (var directory = new ByteBuffersDirectory();
        var index = AnswerIndex.open(directory)) {
      index.useSynonyms(AbbreviationSynonyms.standard().with(SynonymDictionary.shipped()));
      for (PublicAnswer answer : answers) {
        index.index(answer);
      }
      index.commit(1);

      int successes = 0;
      double reciprocalRanks = 0;
      var report = new StringBuilder();
      for (Judged j : judged) {
        List<String> ids =
            index.search(AnswerQuery.of(j.query()).withPage(1, 10)).hits().stream()
                .map(AnswerHit::id)
                .toList();
        int rank = 0;
        for (int i = 0; i < ids.size(); i++) {
          if (j.relevant().contains(ids.get(i))) {
            rank = i + 1;
            break;
          }
        }
        if (rank >= 1 && rank <= 3) {
          successes++;
        }
        if (rank >= 1) {
          reciprocalRanks += 1.0 / rank;
        }
        report.append(
            String.format(
                Locale.ROOT,
                "%s %-50s rank %-2s want %s got %s%n",
                rank >= 1 && rank <= 3 ? "  " : "✗ ",
                j.query(),
                rank == 0 ? "-" : Integer.toString(rank),
                j.relevant(),
                ids.subList(0, Math.min(5, ids.size()))));
      }
      double successAt3 = (double) successes / judged.size();
      double mrrAt10 = reciprocalRanks / judged.size();
      System.out.print(report);
      System.out.printf(
          Locale.ROOT,
          "relevance: %d queries over %d answers, success@3 %.3f, MRR@10 %.3f%n",
          judged.size(),
          answers.size(),
          successAt3,
          mrrAt10);

      assertThat(successAt3)
          .as("success@3 of the relevance test set (see the report above)")
          .isGreaterThanOrEqualTo(REQUIRED_SUCCESS_AT_3);
    }
  }

  static List<Judged> judgedQueries() throws IOException {
    var judged = new ArrayList<Judged>();
    for (String line : resource("/search/relevance-queries.tsv").split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      judged.add(
          new Judged(
              columns[0], Set.of(columns[1].split(",")), columns.length > 2 ? columns[2] : ""));
    }
    return judged;
  }

  /** The demo answers as the demo migrations insert them. */
  static List<PublicAnswer> demoAnswers() throws IOException {
    Map<String, String[]> agencies = new HashMap<>();
    Matcher a = AGENCY.matcher(resource("/db/demo/R__demo_province.sql"));
    while (a.find()) {
      agencies.put(a.group(1), new String[] {a.group(2), a.group(3)});
    }
    var answers = new ArrayList<PublicAnswer>();
    for (String file : DEMO_FILES) {
      Matcher m = ROW.matcher(resource(file));
      while (m.find()) {
        String[] agency = Objects.requireNonNull(agencies.get(m.group(2)), m.group(2));
        answers.add(
            new PublicAnswer(
                m.group(1),
                unquote(m.group(5)),
                unquote(m.group(6)),
                unquote(m.group(7)),
                agency[0],
                agency[1],
                m.group(3),
                m.group(3),
                m.group(4),
                OffsetDateTime.parse(m.group(8).replace(' ', 'T')).toInstant()));
      }
    }
    assertThat(answers.stream().map(PublicAnswer::id).collect(Collectors.toSet()))
        .hasSameSizeAs(answers);
    return answers;
  }

  private static String unquote(String sql) {
    return sql.replace("''", "'");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RelevanceTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
