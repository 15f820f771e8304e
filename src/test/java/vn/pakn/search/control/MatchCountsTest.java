package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pakn.publication.control.PublicAnswer;

/** Totals and facets: exact up to the limit, estimated (and said so) above it. */
class MatchCountsTest {

  private static final int ANSWERS = 12_000;
  private static ByteBuffersDirectory directory;
  private static AnswerIndex index;

  @BeforeAll
  static void build() throws IOException {
    directory = new ByteBuffersDirectory();
    index = AnswerIndex.open(directory);
    for (int i = 0; i < ANSWERS; i++) {
      // every answer says "hồ sơ"; one in three "đất đai"; years 2020..2025 in publication order
      int year = 2020 + i * 6 / ANSWERS;
      index.index(
          new PublicAnswer(
              Integer.toString(i),
              "Câu hỏi số " + i,
              i % 3 == 0 ? "Hồ sơ đất đai của tôi" : "Hồ sơ hộ tịch của tôi",
              "Trả lời",
              i % 2 == 0 ? "A" : "B",
              null,
              "F",
              null,
              "CONDUCT",
              LocalDate.of(year, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
      if (i % 3000 == 2999) {
        index.commit(i);
      }
    }
    index.commit(ANSWERS);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
    directory.close();
  }

  @Test
  void belowTheLimitEverythingIsCounted() throws IOException {
    index.exactCountLimit(100_000);
    var hits = index.search(AnswerQuery.of("đất đai"));

    assertThat(hits.total()).isEqualTo(4000);
    assertThat(hits.totalExact()).isTrue();
    assertThat(hits.facetsExact()).isTrue();
    assertThat(hits.facets().get("year")).extracting(FacetCount::count).containsOnly(667, 666);
  }

  @Test
  void aboveTheLimitTotalAndFacetsAreEstimatedOverEveryPeriod() throws IOException {
    index.exactCountLimit(1000);
    var hits = index.search(AnswerQuery.of("đất đai"));

    assertThat(hits.totalExact()).isFalse();
    assertThat(hits.facetsExact()).isFalse();
    assertThat(hits.total()).isBetween(3600L, 4400L);
    assertThat(hits.facets().get("year")).hasSize(6);
    assertThat(hits.facets().get("year"))
        .allSatisfy(year -> assertThat(year.count()).isBetween(500, 830));
    assertThat(hits.facets().get("agency"))
        .allSatisfy(agency -> assertThat(agency.count()).isBetween(1700, 2300));
    assertThat(hits.hits()).hasSize(AnswerQuery.DEFAULT_SIZE);
  }

  @Test
  void everyAnswerMatchingIsEstimatedCloseToTheCount() throws IOException {
    index.exactCountLimit(1000);
    var hits = index.search(AnswerQuery.of("hồ sơ"));

    assertThat(hits.totalExact()).isFalse();
    assertThat(hits.total()).isBetween(ANSWERS * 9L / 10, ANSWERS * 11L / 10);
  }

  static Instant at(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
