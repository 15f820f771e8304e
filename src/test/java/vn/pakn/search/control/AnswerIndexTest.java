package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.publication.control.PublicAnswer;

class AnswerIndexTest {

  private static final List<PublicAnswer> ANSWERS =
      List.of(
          answer(
              "1",
              "Thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ",
              "Tôi nộp hồ sơ đã 30 ngày mà chưa có kết quả.",
              "Theo quy định, thời hạn giải quyết là 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
              "SXD",
              "Sở Xây dựng",
              "XD",
              "Xây dựng",
              "CONDUCT",
              "2025-03-10"),
          answer(
              "2",
              "Đăng ký khai sinh cho con khi cha mẹ tạm trú",
              "Con tôi sinh ở tỉnh khác, có đăng ký khai sinh tại nơi tạm trú được không?",
              "Theo Nghị định số 123/2015/NĐ-CP, việc đăng ký khai sinh được thực hiện tại "
                  + "<b>UBND cấp xã</b> nơi cư trú của cha hoặc mẹ.",
              "STP",
              "Sở Tư pháp",
              "HT",
              "Tư pháp – Hộ tịch",
              "REGULATION_CONTENT",
              "2024-06-01"),
          answer(
              "3",
              "Cấp đổi giấy phép lái xe quá chậm",
              "Tôi đổi giấy phép lái xe trên dịch vụ công trực tuyến nhưng chờ quá lâu.",
              "Sở đã chấn chỉnh bộ phận một cửa, rút ngắn thời gian cấp đổi còn 5 ngày làm việc.",
              "SGTVT",
              "Sở Giao thông vận tải",
              "GT",
              "Giao thông – Vận tải",
              "CONDUCT",
              "2025-11-20"),
          answer(
              "4",
              "Đề nghị đơn giản hóa thủ tục đăng ký hộ kinh doanh",
              "Đề nghị bỏ yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu.",
              "Ủy ban nhân dân tỉnh ghi nhận và sẽ kiến nghị sửa đổi thủ tục hành chính này.",
              "SKHDT",
              "Sở Kế hoạch và Đầu tư",
              "KHDT",
              "Kế hoạch – Đầu tư",
              "PROPOSAL",
              "2026-01-15"),
          answer(
              "5",
              "Hỏi về hồ sơ nhà ở",
              "Nhà tôi cải tạo có phải xin phép không?",
              "Trường hợp sửa chữa làm thay đổi kết cấu thì phải có giấy phép xây dựng.",
              "SXD",
              "Sở Xây dựng",
              "XD",
              "Xây dựng",
              "REGULATION_CONTENT",
              "2025-05-05"));

  private ByteBuffersDirectory directory;
  private AnswerIndex index;

  @BeforeEach
  void fill() throws IOException {
    directory = new ByteBuffersDirectory();
    index = AnswerIndex.open(directory);
    for (PublicAnswer answer : ANSWERS) {
      index.index(answer);
    }
    index.commit(5);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    directory.close();
  }

  @Test
  void aMatchInTheTitleRanksAboveOneInTheAnswer() throws IOException {
    var hits = index.search(AnswerQuery.of("giấy phép xây dựng"));

    assertThat(ids(hits)).startsWith("1", "5");
  }

  @Test
  void searchesWithoutDiacriticsAndWithAbbreviations() throws IOException {
    assertThat(ids(index.search(AnswerQuery.of("dang ky khai sinh")))).first().isEqualTo("2");
    assertThat(ids(index.search(AnswerQuery.of("UBND")))).containsExactlyInAnyOrder("2", "4");
    assertThat(ids(index.search(AnswerQuery.of("TTHC")))).containsExactly("4");
    assertThat(ids(index.search(AnswerQuery.of("DVCTT")))).containsExactly("3");
    assertThat(ids(index.search(AnswerQuery.of("123/2015/NĐ-CP")))).containsExactly("2");
    assertThat(ids(index.search(AnswerQuery.of("nghi dinh 123")))).first().isEqualTo("2");
  }

  @Test
  void aQuotedPhraseMustStandTogether() throws IOException {
    assertThat(ids(index.search(AnswerQuery.of("\"giấy phép lái xe\"")))).containsExactly("3");
    assertThat(ids(index.search(AnswerQuery.of("\"xe lái\"")))).isEmpty();
  }

  @Test
  void excludedWordsAndPrefixes() throws IOException {
    var withoutLai = index.search(AnswerQuery.of("giấy phép -lái"));
    assertThat(ids(withoutLai).subList(0, 2)).containsExactlyInAnyOrder("1", "5");
    assertThat(ids(withoutLai)).doesNotContain("3");
    assertThat(ids(index.search(AnswerQuery.of("khai sin*")))).containsExactly("2");
  }

  @Test
  void countsFacetsOverTheMatches() throws IOException {
    var hits = index.search(AnswerQuery.of(null));

    assertThat(hits.total()).isEqualTo(5);
    assertThat(hits.facets().get("agency"))
        .first()
        .isEqualTo(new FacetCount("SXD", "Sở Xây dựng", 2));
    assertThat(hits.facets().get("agency")).hasSize(4);
    assertThat(hits.facets().get("kind"))
        .containsExactlyInAnyOrder(
            new FacetCount("CONDUCT", "CONDUCT", 2),
            new FacetCount("REGULATION_CONTENT", "REGULATION_CONTENT", 2),
            new FacetCount("PROPOSAL", "PROPOSAL", 1));
    assertThat(hits.facets().get("year"))
        .containsExactly(
            new FacetCount("2025", "2025", 3),
            new FacetCount("2026", "2026", 1),
            new FacetCount("2024", "2024", 1));
    assertThat(hits.facets().get("field"))
        .extracting(FacetCount::label)
        .contains("Tư pháp – Hộ tịch");
  }

  @Test
  void filtersNarrowTheHitsAndTheOtherFacets() throws IOException {
    var hits = index.search(AnswerQuery.of("").withKind("CONDUCT"));

    assertThat(ids(hits)).containsExactlyInAnyOrder("1", "3");
    assertThat(hits.total()).isEqualTo(2);
    assertThat(hits.facets().get("agency"))
        .extracting(FacetCount::value)
        .containsExactlyInAnyOrder("SXD", "SGTVT");
    assertThat(hits.facets().get("kind")).hasSize(3);

    assertThat(ids(index.search(AnswerQuery.of(null).withAgency("SXD").withYear(2025))))
        .containsExactlyInAnyOrder("1", "5");
    assertThat(ids(index.search(AnswerQuery.of("giấy phép").withField("GT")))).containsExactly("3");
    assertThat(index.search(AnswerQuery.of(null).withAgency("NONE")).total()).isZero();
  }

  @Test
  void pagesThroughResultsNewestFirst() throws IOException {
    var query = AnswerQuery.of(null).sortedBy(AnswerQuery.Sort.DATE);

    assertThat(ids(index.search(query.withPage(1, 2)))).containsExactly("4", "3");
    assertThat(ids(index.search(query.withPage(2, 2)))).containsExactly("5", "1");
    assertThat(ids(index.search(query.withPage(3, 2)))).containsExactly("2");
    assertThat(ids(index.search(query.withPage(4, 2)))).isEmpty();
    assertThat(index.search(query.withPage(3, 2)).total()).isEqualTo(5);
  }

  @Test
  void sortsMatchesByDateWhenAsked() throws IOException {
    var byDate = AnswerQuery.of("giấy phép").sortedBy(AnswerQuery.Sort.DATE);

    assertThat(ids(index.search(byDate))).containsExactly("3", "5", "1");
  }

  @Test
  void highlightsMatchesInEscapedSnippets() throws IOException {
    var hit = index.search(AnswerQuery.of("ubnd cap xa")).hits().get(0);

    assertThat(hit.id()).isEqualTo("2");
    assertThat(hit.snippet())
        .contains("<mark>UBND</mark>")
        .contains("&lt;b&gt;")
        .doesNotContain("<b>");
    assertThat(hit.agencyName()).isEqualTo("Sở Tư pháp");
    assertThat(hit.fieldCode()).isEqualTo("HT");
    assertThat(hit.kind()).isEqualTo("REGULATION_CONTENT");
    assertThat(hit.year()).isEqualTo(2024);
    assertThat(hit.publishedAt()).isEqualTo(ANSWERS.get(1).publishedAt());
  }

  @Test
  void highlightsTheQuestionWhenOnlyItMatches() throws IOException {
    var hit = index.search(AnswerQuery.of("cải tạo")).hits().get(0);

    assertThat(hit.id()).isEqualTo("5");
    assertThat(hit.snippet()).contains("<mark>cải</mark> <mark>tạo</mark>");
  }

  @Test
  void beyondTheRankedWindowPagesFollowOnWithoutRepeatingAnAnswer() throws IOException {
    int many = AnswerIndex.RERANK_WINDOW * 2 + 50;
    for (int i = 0; i < many; i++) {
      index.index(
          answer(
              "w" + i,
              "Hỏi về lệ phí số " + i,
              "Người dân hỏi về xqwindowzq lần " + i,
              "Sở trả lời.",
              "SL-STP",
              "Sở Tư pháp",
              "TPHT",
              "Tư pháp",
              "CONDUCT",
              "2020-01-01"));
    }
    index.index(
        answer(
            "best",
            "Thủ tục xqwindowzq",
            "Hỏi về xqwindowzq",
            "Sở trả lời về xqwindowzq.",
            "SL-STP",
            "Sở Tư pháp",
            "TPHT",
            "Tư pháp",
            "CONDUCT",
            "2020-01-01"));
    index.commit(index.lastSequence() + 1);

    var seen = new java.util.LinkedHashSet<String>();
    for (int page = 1; page <= 6; page++) {
      var hits = index.search(AnswerQuery.of("xqwindowzq").withPage(page, 100));
      assertThat(hits.total()).isEqualTo(many + 1);
      hits.hits().forEach(h -> assertThat(seen.add(h.id())).as("repeated " + h.id()).isTrue());
    }
    assertThat(seen).hasSize(many + 1);
    assertThat(seen.iterator().next()).as("the title match ranks first").isEqualTo("best");
  }

  @Test
  void toleratesATypoInLongWordsAndSuggestsTheSpelling() throws IOException {
    var hits = index.search(AnswerQuery.of("khaii sinh"));

    assertThat(ids(hits)).containsExactly("2");
    assertThat(hits.didYouMean()).isEqualTo("khai sinh");
    assertThat(index.search(AnswerQuery.of("khai sinh")).didYouMean()).isNull();
  }

  @Test
  void shortWordsAreNotFuzzy() throws IOException {
    var hits = index.search(AnswerQuery.of("xay dunh"));
    assertThat(hits.relaxed()).isEqualTo(new AnswerHits.Relaxed(2, 1));
  }

  @Test
  void suggestsEvenWhenNothingMatches() throws IOException {
    var hits = index.search(AnswerQuery.of("giấy phép xây dựngg sân bay"));

    assertThat(hits.relaxed()).isNotNull();
    assertThat(hits.didYouMean()).isEqualTo("giấy phép xây dung sân bay");
  }

  static List<String> hostileQueries() {
    return List.of(
        "\"",
        "(",
        ")",
        "AND OR",
        "AND",
        "*",
        "?",
        "***",
        "*phép",
        "a*b*c*d*e*f*",
        "/.*/",
        ".*.*.*.*.*.*.*.*",
        "[a TO z]",
        "{}",
        "title:foo",
        "\\",
        "~~~",
        "giấy~2",
        "\"unbalanced quote",
        "-",
        "--giấy",
        "+-!^",
        "\u0000\u0001",
        "(((((((((((giấy",
        "a* b* c* d* e* f* g* h*",
        "thu* tuc* hanh* chinh*",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
        "giấy ".repeat(3000),
        "abcdefghijklmnopqrstuvwxyz".repeat(40),
        "thủ tục hành chính ".repeat(100),
        "xaydung xaydunh xaydunk xaydunq xaydunj xaydunl xaydunm xaydunn xaydunb xaydunv "
            .repeat(5));
  }

  /** Each answers in milliseconds; five seconds leaves room for a loaded build machine. */
  @ParameterizedTest
  @MethodSource("hostileQueries")
  @Timeout(5)
  void hostileQueriesNeitherFailNorHang(String q) throws IOException {
    var hits = index.search(AnswerQuery.of(q));

    assertThat(hits.total()).isBetween(0L, 5L);
    assertThat(hits.hits()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void aLoneStarOrOperatorsListEverything() throws IOException {
    assertThat(index.search(AnswerQuery.of("*")).total()).isEqualTo(5);
    assertThat(index.search(AnswerQuery.of("AND OR")).total()).isEqualTo(5);
  }

  @Test
  void aHugeQueryIsShortened() throws IOException {
    var hits = index.search(AnswerQuery.of("giấy phép ".repeat(100)));

    assertThat(hits.queryShortened()).isTrue();
    assertThat(ids(hits)).contains("1", "3", "5");
    assertThat(index.search(AnswerQuery.of("giấy phép")).queryShortened()).isFalse();
  }

  @Test
  void aDeletedAnswerDisappears() throws IOException {
    index.delete("3");

    assertThat(ids(index.search(AnswerQuery.of("lái xe")))).isEmpty();
    assertThat(index.count()).isEqualTo(4);
  }

  @Test
  void reindexingReplacesTheAnswer() throws IOException {
    var old = ANSWERS.get(2);
    index.index(
        new PublicAnswer(
            old.id(),
            "Cấp đổi giấy phép lái xe",
            old.question(),
            "Đã giải quyết xong.",
            old.agencyCode(),
            old.agencyName(),
            old.fieldCode(),
            old.fieldName(),
            old.kind(),
            old.publishedAt()));

    assertThat(index.count()).isEqualTo(5);
    assertThat(ids(index.search(AnswerQuery.of("chấn chỉnh")))).doesNotContain("3");
    assertThat(ids(index.search(AnswerQuery.of("giải quyết xong")))).first().isEqualTo("3");
  }

  @Test
  void theSequenceAndTheCommittedAnswersSurviveAReopen() throws IOException {
    index.delete("1");
    index.commit(6);
    index.delete("2");
    index.close();

    index = AnswerIndex.open(directory);

    assertThat(index.lastSequence()).isEqualTo(6);
    assertThat(index.count()).isEqualTo(4);
    assertThat(ids(index.search(AnswerQuery.of("khai sinh")))).containsExactly("2");
  }

  @Test
  void aNewIndexStartsAtZeroAndTheSequenceNeverGoesBack() throws IOException {
    try (var empty = new ByteBuffersDirectory();
        var fresh = AnswerIndex.open(empty)) {
      assertThat(fresh.lastSequence()).isZero();
      assertThat(fresh.count()).isZero();
      assertThat(fresh.search(AnswerQuery.of("thủ tục")).total()).isZero();
      assertThat(fresh.search(AnswerQuery.of("thủ tục")).didYouMean()).isNull();
    }
    assertThat(index.lastSequence()).isEqualTo(5);
    assertThatThrownBy(() -> index.commit(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("behind");
  }

  @Test
  void findsSimilarAnswers() throws IOException {
    var similar =
        index.similar("Đổi giấy phép lái xe ô tô trên dịch vụ công mất nhiều thời gian", 3);

    assertThat(similar).isNotEmpty();
    assertThat(similar.get(0).id()).isEqualTo("3");
    assertThat(index.similar(" ", 3)).isEmpty();
    assertThatThrownBy(() -> index.similar("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesQueriesACallerShouldHaveChecked() {
    assertThatThrownBy(() -> AnswerQuery.of("x").withPage(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page");
    assertThatThrownBy(() -> AnswerQuery.of("x").withPage(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size");
    assertThatThrownBy(() -> AnswerQuery.of("x").withPage(1_000, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnswerQuery.of("x").withKind("COMPLAINT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COMPLAINT");
    assertThatThrownBy(() -> AnswerQuery.of("x").withAgency("a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnswerQuery.of("x").withYear(12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AnswerQuery.of("x").withPage(1, 500).size()).isEqualTo(AnswerQuery.MAX_SIZE);
  }

  @Test
  void aPublicAnswerNeedsItsPublicFields() {
    assertThatThrownBy(() -> answer("", "t", "q", "a", "A", "A", "F", "F", "CONDUCT", "2025-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  private static List<String> ids(AnswerHits hits) {
    return hits.hits().stream().map(AnswerHit::id).toList();
  }

  private static PublicAnswer answer(
      String id,
      String title,
      String question,
      String answer,
      String agencyCode,
      String agencyName,
      String fieldCode,
      String fieldName,
      String kind,
      String date) {
    var published = LocalDate.parse(date).atTime(LocalTime.of(9, 0)).atZone(VietnamTime.ZONE);
    return new PublicAnswer(
        id,
        title,
        question,
        answer,
        agencyCode,
        agencyName,
        fieldCode,
        fieldName,
        kind,
        published.toInstant());
  }
}
