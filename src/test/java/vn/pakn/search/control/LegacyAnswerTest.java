package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Import rows: reading records from bytes, and checking each row on its own. */
class LegacyAnswerTest {

  static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  static final Set<String> AGENCIES = Set.of("SL-STP");
  static final Set<String> FIELDS = Set.of("TPHT");

  @TempDir Path folder;

  static Map<String, String> valid() {
    var values = new HashMap<String, String>();
    values.put("legacyId", "old-123");
    values.put("title", "Chậm cấp phiếu lý lịch tư pháp");
    values.put("question", "Tôi nộp hồ sơ đã lâu.");
    values.put("answer", "<p>Sở đã trả kết quả.</p><p>Xin lỗi công dân.</p>");
    values.put("agencyCode", "SL-STP");
    values.put("fieldCode", "TPHT");
    values.put("kind", "conduct");
    values.put("publishedDate", "2019-05-04");
    values.put("sourceUrl", "https://old.sonla.gov.vn/hoi-dap/123");
    return values;
  }

  @Test
  void aValidRowBecomesPlainText() {
    var checked = LegacyAnswer.check(valid(), AGENCIES, FIELDS, NOW);

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.answer().answer()).isEqualTo("Sở đã trả kết quả.\n\nXin lỗi công dân.");
    assertThat(checked.answer().kind()).isEqualTo("CONDUCT");
    assertThat(checked.answer().publishedAt()).isEqualTo(Instant.parse("2019-05-04T02:00:00Z"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "legacyId||import.required",
        "title|   |import.required",
        "answer|<p></p>|import.required",
        "agencyCode|SL-NOWHERE|import.agency",
        "fieldCode|XYZ|import.field",
        "kind|COMPLAINT|import.kind",
        "publishedDate|1985-01-01|import.dateRange",
        "publishedDate|2030-01-01|import.dateRange",
        "publishedDate|04/05/2019|import.date",
        "answer|<script>alert(1)</script>|import.script",
        "title|<img src=x onerror=alert(1)>|import.script",
        "question|<a href=\"javascript:alert(1)\">x</a>|import.script",
        "sourceUrl|ftp://old|import.sourceUrl",
        "legacyId|a b|import.legacyId"
      })
  void eachBadValueIsAProblemOfItsRow(String column, String value, String key) {
    var values = valid();
    values.put(column, value == null ? "" : value);

    var checked = LegacyAnswer.check(values, AGENCIES, FIELDS, NOW);

    assertThat(checked.answer()).isNull();
    assertThat(checked.problems()).extracting(LegacyAnswer.Problem::key).contains(key);
  }

  @Test
  void aControlCharacterIsAProblem() {
    var values = valid();
    values.put("title", "Tiêu đề\u0000");
    assertThat(LegacyAnswer.check(values, AGENCIES, FIELDS, NOW).problems())
        .extracting(LegacyAnswer.Problem::key)
        .contains("import.character");
  }

  @Test
  void csvFieldsFollowRfc4180() {
    assertThat(LegacyAnswer.csvFields("a,\"b, c\",\"say \"\"hi\"\"\",,\"x\ny\""))
        .containsExactly("a", "b, c", "say \"hi\"", "", "x\ny");
  }

  @Test
  void jsonColumnsInEitherCase() {
    var problems = new ArrayList<LegacyAnswer.Problem>();
    var values =
        LegacyAnswer.fromJson(
            "{\"legacy_id\":\"7\",\"Title\":\"T\",\"agencyCode\":\"SL-STP\",\"extra\":1}",
            problems);
    assertThat(problems).isEmpty();
    assertThat(values).containsEntry("legacyId", "7").containsEntry("title", "T");
    LegacyAnswer.fromJson("[1,2]", problems);
    LegacyAnswer.fromJson("{not json", problems);
    LegacyAnswer.fromJson("{\"title\":{\"a\":1}}", problems);
    assertThat(problems)
        .extracting(LegacyAnswer.Problem::key)
        .containsExactly("import.notAnObject", "import.notJson", "import.notText");
  }

  @Test
  void recordsWithBomBadBytesLongLinesAndQuotedNewlines() throws IOException {
    Path file = folder.resolve("in.csv");
    var out = new java.io.ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    out.write("h1,h2\r\n".getBytes(StandardCharsets.UTF_8));
    out.write("\"một\ndòng\",x\n".getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {'b', 'a', 'd', (byte) 0xc3, (byte) 0x28, '\n'});
    out.write("\n".getBytes(StandardCharsets.UTF_8));
    out.write("y".repeat(ImportRecords.MAX_RECORD_BYTES + 10).getBytes(StandardCharsets.UTF_8));
    out.write("\nlast,ô\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file, out.toByteArray());

    var records = new ArrayList<ImportRecords.Record>();
    try (var in = ImportRecords.open(file, true, 0, 0)) {
      for (ImportRecords.Record r; (r = in.next()) != null; ) {
        records.add(r);
      }
    }

    assertThat(records)
        .extracting(ImportRecords.Record::text)
        .containsExactly("h1,h2", "\"một\ndòng\",x", null, null, "last,ô");
    assertThat(records)
        .extracting(ImportRecords.Record::error)
        .containsExactly(null, null, "import.encoding", "import.lineTooLong", null);

    // resuming after the second record reads the same rest
    long after = records.get(1).endOffset();
    var rest = new ArrayList<String>();
    try (var in = ImportRecords.open(file, true, after, 2)) {
      for (ImportRecords.Record r; (r = in.next()) != null; ) {
        rest.add(r.line() + ":" + r.text());
      }
    }
    assertThat(rest).containsExactly("3:null", "5:null", "6:last,ô");
  }

  @Test
  void utf16FilesAreRecognised() throws IOException {
    Path file = folder.resolve("utf16.csv");
    Files.write(file, "\uFEFFa,b".getBytes(StandardCharsets.UTF_16LE));
    assertThat(ImportRecords.looksUtf16(file)).isTrue();
    Files.writeString(folder.resolve("utf8.csv"), "a,b");
    assertThat(ImportRecords.looksUtf16(folder.resolve("utf8.csv"))).isFalse();
  }
}
