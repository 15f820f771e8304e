package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pakn.publication.control.PublicAnswer;

class SynonymDictionaryTest {

  @Test
  void theShippedDictionaryIsValid() {
    assertThat(SynonymDictionary.problems(SynonymDictionary.shipped().text())).isEmpty();
  }

  @Test
  void aCycleOfOneWayMappingsIsRefusedWithItsPath() {
    var problems = SynonymDictionary.problems("sổ đỏ => bìa đỏ\nbia do => so do\n");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).key()).isEqualTo("synonyms.cycle");
    assertThat(problems.get(0).args().get(0).toString()).contains("so do").contains("bia do");
  }

  @Test
  void aLongerCycleIsFoundToo() {
    assertThat(keys("a1 => b1\nb1 => c1\nc1 => a1")).containsExactly("synonyms.cycle");
  }

  @Test
  void equivalentWordsAndAWordKeptOnBothSidesAreNoCycle() {
    assertThat(SynonymDictionary.problems("cán bộ, công chức\nsổ đỏ => sổ đỏ, sổ hồng")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "=> trực tuyến|synonyms.emptySide",
        "online =>|synonyms.emptySide",
        "online => ,trực tuyến|synonyms.emptyEntry",
        "online, , trực tuyến|synonyms.emptyEntry",
        "online|synonyms.alone",
        "a => b => c|synonyms.twoArrows",
        "một hai ba bốn năm sáu bảy tám chín => x|synonyms.entryTooLong",
        "!!! => trực tuyến|synonyms.emptyEntry"
      })
  void malformedLinesAreRefusedWithTheirNumber(String line, String key) {
    var problems = SynonymDictionary.problems("# comment\n" + line);

    assertThat(problems).extracting(SynonymDictionary.Problem::key).containsExactly(key);
    assertThat(problems.get(0).line()).isEqualTo(2);
  }

  @Test
  void thousandsOfExpansionsOfOneWordAreRefused() {
    String many =
        "sổ đỏ => "
            + IntStream.range(0, 2000).mapToObj(i -> "từ" + i).collect(Collectors.joining(", "));

    assertThat(keys(many)).containsExactly("synonyms.tooManyExpansions");
  }

  @Test
  void tooManyLinesOrCharactersAreRefused() {
    String lines = "a, b\n".repeat(SynonymDictionary.MAX_LINES + 1);
    assertThat(keys(lines)).containsExactly("synonyms.tooManyLines");
    assertThat(keys("x".repeat(SynonymDictionary.MAX_CHARS + 1)))
        .containsExactly("synonyms.tooLong");
  }

  @Test
  void checkedRefusesWithEveryProblem() {
    assertThatThrownBy(() -> SynonymDictionary.checked("=> a\nb =>", 1))
        .isInstanceOfSatisfying(
            SynonymDictionary.Refused.class, r -> assertThat(r.problems()).hasSize(2));
  }

  @Test
  void anEditIsSearchedWithAtOnceWithoutReindexing() throws IOException {
    try (var dir = new ByteBuffersDirectory();
        var index = AnswerIndex.open(dir)) {
      index.index(
          new PublicAnswer(
              "1",
              "Cấp giấy chứng nhận quyền sử dụng đất",
              "",
              "Văn phòng đăng ký đất đai trả kết quả.",
              "A",
              null,
              "TNMT",
              null,
              "CONDUCT",
              java.time.Instant.parse("2025-01-01T00:00:00Z")));
      index.commit(1);
      assertThat(index.search(AnswerQuery.of("bìa xanh")).hits()).isEmpty();

      index.useSynonyms(
          AbbreviationSynonyms.standard()
              .with(SynonymDictionary.checked("bìa xanh => giấy chứng nhận quyền sử dụng đất", 1)));

      assertThat(index.search(AnswerQuery.of("bia xanh")).hits())
          .extracting(AnswerHit::id)
          .containsExactly("1");
      assertThat(index.search(AnswerQuery.of("bia xanh")).didYouMean())
          .as("a dictionary word is not a typo")
          .isNull();
    }
  }

  private static List<String> keys(String text) {
    return SynonymDictionary.problems(text).stream().map(SynonymDictionary.Problem::key).toList();
  }
}
