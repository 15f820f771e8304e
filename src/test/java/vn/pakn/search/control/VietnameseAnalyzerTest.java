package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseAnalyzerTest {

  private static final VietnameseAnalyzer INDEX =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.INDEX);
  private static final VietnameseAnalyzer QUERY =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.QUERY);
  private static final VietnameseAnalyzer BIGRAMS =
      new VietnameseAnalyzer(VietnameseAnalyzer.Mode.BIGRAMS);

  @Test
  void foldsCaseDiacriticsAndDStroke() throws IOException {
    assertThat(terms(INDEX, "Thủ tục HÀNH CHÍNH ở Đà Nẵng"))
        .containsExactly("thu", "tuc", "hanh", "chinh", "o", "da", "nang");
  }

  @Test
  void decomposedTextGivesTheSameTerms() throws IOException {
    String nfc = "Ủy ban nhân dân tỉnh Sơn La đã trả lời";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(terms(INDEX, nfd)).isEqualTo(terms(INDEX, nfc));
  }

  @Test
  void oldAndNewTonePlacementAreTheSame() throws IOException {
    assertThat(terms(INDEX, "Uỷ ban hoà giải")).isEqualTo(terms(INDEX, "Ủy ban hòa giải"));
  }

  @Test
  void aCitationIsOneTermFollowedByItsPartsAtTheSamePosition() throws IOException {
    assertThat(terms(INDEX, "Nghị định số 20/2008/NĐ-CP,"))
        .containsExactly("nghi", "dinh", "so", "20_2008_nd_cp", "20", "2008", "nd", "cp");
    assertThat(terms(QUERY, "20/2008/NĐ-CP")).containsExactly("20_2008_nd_cp");
    assertThat(terms(INDEX, "Quyết định 1291/QĐ-UBND")).contains("1291_qd_ubnd", "1291", "ubnd");
  }

  @Test
  void datesAndAmountsAreNotCitations() throws IOException {
    assertThat(terms(INDEX, "ngày 12/05/2024 nộp 1.500.000 đồng"))
        .doesNotContain("12_05_2024")
        .contains("12", "05", "2024");
  }

  @Test
  void offsetsPointIntoTheOriginalText() throws IOException {
    String text = "Theo 20/2008/NĐ-CP về thủ tục";
    var offsets = new ArrayList<String>();
    try (var stream = INDEX.tokenStream("body", text)) {
      var offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        offsets.add(text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    assertThat(offsets).contains("20/2008/NĐ-CP", "thủ", "tục");
  }

  @Test
  void bigramsPairNeighbouringSyllables() throws IOException {
    assertThat(terms(BIGRAMS, "Thủ tục hành chính"))
        .containsExactly("thu tuc", "tuc hanh", "hanh chinh");
    assertThat(terms(BIGRAMS, "thuế")).isEmpty();
  }

  @Test
  void everyAbbreviationOfTheDomainBriefIsKnown() {
    assertThat(AbbreviationSynonyms.standard().longForms())
        .containsKeys(
            "TTHC", "CCHC", "PAKN", "UBND", "HĐND", "DVC", "DVCTT", "DVCQG", "BPMC", "TTPVHCC",
            "CSDL", "BHXH", "BHYT", "CCCD", "VBQPPL", "CBCCVC", "VPCP")
        .containsEntry("UBND", List.of("Ủy ban nhân dân"));
  }

  @Test
  void aLineWithoutLongFormsIsRefused() {
    assertThatThrownBy(() -> AbbreviationSynonyms.parse("TTHC\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TTHC");
  }

  @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "thu tuc hanh chinh | Hướng dẫn thủ tục hành chính về hộ tịch",
        "THỦ TỤC | Hướng dẫn thủ tục hành chính về hộ tịch",
        "TTHC | Rà soát thủ tục hành chính cấp xã",
        "tthc | Rà soát thủ tục hành chính cấp xã",
        "thủ tục hành chính | Danh mục TTHC được cắt giảm",
        "thu tuc hanh chinh | Danh mục TTHC được cắt giảm",
        "UBND | Ủy ban nhân dân tỉnh đã trả lời",
        "UBND | Uỷ ban nhân dân tỉnh đã trả lời",
        "Ủy ban nhân dân | UBND huyện Phù Yên",
        "uy ban nhan dan | UBND huyện Phù Yên",
        "Uỷ ban nhân dân | UBND huyện Phù Yên",
        "HĐND | Hội đồng nhân dân tỉnh thông qua",
        "hdnd | Hội đồng nhân dân tỉnh thông qua",
        "Hội đồng nhân dân | Nghị quyết của HĐND tỉnh",
        "BHXH | Sổ bảo hiểm xã hội bị sai thông tin",
        "bảo hiểm y tế | Thẻ BHYT hết hạn",
        "DVCTT | Nộp hồ sơ qua dịch vụ công trực tuyến",
        "dịch vụ công trực tuyến | Hồ sơ DVCTT mức độ 4",
        "DVCQG | Nộp trên Cổng Dịch vụ công quốc gia",
        "PAKN | Tiếp nhận phản ánh, kiến nghị của người dân",
        "phan anh kien nghi | Hệ thống PAKN của tỉnh",
        "CBCCVC | Thái độ của cán bộ, công chức, viên chức",
        "căn cước công dân | Cấp đổi CCCD gắn chip",
        "20/2008/NĐ-CP | Theo Nghị định số 20/2008/NĐ-CP của Chính phủ",
        "Nghị định 20 | Theo Nghị định số 20/2008/NĐ-CP của Chính phủ",
        "nghi dinh 20/2008 | Theo Nghị định số 20/2008/NĐ-CP của Chính phủ",
        "nghị định 20 | Căn cứ 20/2008/NĐ-CP",
        "20/2008 | Theo Nghị định số 20/2008/NĐ-CP của Chính phủ",
        "1291/QĐ-UBND | Quyết định số 1291/QĐ-UBND ngày 5/3/2025",
        "đăng ký | Dang ky ho kinh doanh"
      })
  void queryFindsText(String query, String text) throws IOException {
    var hits = search(List.of(text, "Một văn bản khác về đất đai và xây dựng"), query);

    assertThat(hits).containsExactly(0);
  }

  @Test
  void nfdQueryMatchesNfcText() throws IOException {
    String query = Normalizer.normalize("thủ tục hành chính", Normalizer.Form.NFD);

    assertThat(search(List.of("Cải cách thủ tục hành chính", "Đất đai"), query)).containsExactly(0);
  }

  @Test
  void aCitationQueryDoesNotMatchAnotherCitationOfTheSameYear() throws IOException {
    var hits =
        search(
            List.of(
                "Nghị định 20/2008/NĐ-CP", "Nghị định 48/2008/NĐ-CP", "Thông tư 20/2008/TT-BTC"),
            "20/2008/NĐ-CP");

    assertThat(hits).containsExactly(0);
  }

  @Test
  void theExactPhraseRanksAboveScatteredSyllables() throws IOException {
    var hits =
        search(
            List.of(
                "Khai báo sinh hoạt, ký tên, đăng tin ở xã; khai thác, sinh kế, đăng kiểm, ký quỹ",
                "Thủ tục đăng ký khai sinh cho trẻ em ở xã"),
            "dang ky khai sinh");

    assertThat(hits).containsExactly(1, 0);
  }

  @Test
  void theLongFormOfAnAbbreviationIsMatchedAsAPhrase() throws IOException {
    var hits =
        search(
            List.of(
                "Hành vi của cán bộ: chính quyền xã chậm thủ tục, người dân tục ngữ có câu",
                "Người dân phản ánh về thủ tục hành chính chậm trễ ở xã",
                "Danh mục TTHC được công bố"),
            "thủ tục hành chính");

    assertThat(hits).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void bigramsAlsoRankUnaccentedQueries() throws IOException {
    var hits =
        search(
            List.of(
                "Đăng ký kinh doanh cho hộ gia đình, ký hợp đồng đăng tin",
                "Hồ sơ đăng ký kinh doanh hộ gia đình"),
            "dang ky kinh doanh ho gia dinh");

    assertThat(hits.get(0)).isEqualTo(1);
  }

  /** Indexes the texts, then returns their positions in the order the query ranks them. */
  private static List<Integer> search(List<String> texts, String query) throws IOException {
    Analyzer perField = new PerFieldAnalyzerWrapper(INDEX, Map.of("body_bigrams", BIGRAMS));
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
      for (int i = 0; i < texts.size(); i++) {
        var doc = new Document();
        doc.add(new StringField("n", Integer.toString(i), Field.Store.YES));
        doc.add(new TextField("body", texts.get(i), Field.Store.NO));
        doc.add(new TextField("body_bigrams", texts.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      try (var reader = DirectoryReader.open(directory)) {
        var searcher = new IndexSearcher(reader);
        var words = new QueryBuilder(QUERY);
        words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query must = words.createBooleanQuery("body", query, BooleanClause.Occur.MUST);
        Query pairs = new QueryBuilder(BIGRAMS).createBooleanQuery("body_bigrams", query);
        var combined = new BooleanQuery.Builder().add(must, BooleanClause.Occur.MUST);
        if (pairs != null) {
          combined.add(pairs, BooleanClause.Occur.SHOULD);
        }
        var result = new ArrayList<Integer>();
        for (ScoreDoc hit : searcher.search(combined.build(), 10).scoreDocs) {
          result.add(Integer.parseInt(searcher.storedFields().document(hit.doc).get("n")));
        }
        return result;
      }
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    var terms = new ArrayList<String>();
    try (var stream = analyzer.tokenStream("body", text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
