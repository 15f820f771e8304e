package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.ParEntryCsv.Entry;
import vn.pakn.surveys.control.ParEntryCsv.LineProblem;

class ParEntryCsvTest {

  private static final ParScheme SCHEME = SurveyFiles.par2022();

  @Test
  void aGoodFileIsImportedWhole() {
    String csv =
        "\uFEFFagencyCode,period,componentId,points\r\n"
            + "SNV,2024,direction,8.5\r\n"
            + "\r\n"
            + "\"SNV\",\"2024\",\"public-finance\",\"7.25\"\r\n"
            + "STP , 2024-Q2 , impact-development , 0\r\n"
            + "STP,2024-06,direction,9\n";

    var result = ParEntryCsv.parse(csv, SCHEME);

    assertThat(result.valid()).isTrue();
    assertThat(result.entries())
        .containsExactly(
            new Entry("SNV", "2024", "direction", new BigDecimal("8.5")),
            new Entry("SNV", "2024", "public-finance", new BigDecimal("7.25")),
            new Entry("STP", "2024-Q2", "impact-development", new BigDecimal("0")),
            new Entry("STP", "2024-06", "direction", new BigDecimal("9")));
  }

  @Test
  void theHeaderIsOptional() {
    assertThat(ParEntryCsv.parse("SNV,2024,direction,8", SCHEME).entries()).hasSize(1);
  }

  @Test
  void everyBadLineIsReportedWithItsNumberAndNothingIsImported() {
    String csv =
        String.join(
            "\n",
            "agencyCode,period,componentId,points",
            "SNV,2024,direction,8.5",
            "SNV,2024,public-finance,7,5",
            "SNV,24,apparatus,3",
            "SNV,2024,impact-sipas,15",
            "SNV,2024,impact,15",
            "SNV,2024,civil-service,11.5",
            "SNV,2024,legal-documents,5.125",
            "S N V,2024,legal-documents,5",
            "SNV,2024,direction,7",
            "SNV,2024,\"direction,9",
            "STP,2024-13,nope,abc");

    var result = ParEntryCsv.parse(csv, SCHEME);

    assertThat(result.entries()).isEmpty();
    assertThat(result.problems())
        .extracting(LineProblem::line, LineProblem::column, LineProblem::key)
        .containsExactly(
            tuple(3, null, "par.csv.columns"),
            tuple(4, "period", "par.csv.period"),
            tuple(5, "componentId", "par.entry.surveyFed"),
            tuple(6, "componentId", "par.entry.unknown"),
            tuple(7, "points", "par.entry.range"),
            tuple(8, "points", "par.csv.points"),
            tuple(9, "agencyCode", "par.csv.agency"),
            tuple(10, null, "par.csv.duplicate"),
            tuple(11, null, "par.csv.quotes"),
            tuple(12, "period", "par.csv.period"),
            tuple(12, "componentId", "par.entry.unknown"),
            tuple(12, "points", "par.csv.points"));
    assertThat(result.problems().get(0).args()).containsExactly(5);
    assertThat(result.problems().get(4).args()).containsExactly("11");
    assertThat(result.problems().get(7).args()).containsExactly(2);
    assertThat(result.problems().get(7).violation())
        .isEqualTo(new Violation("line[10]", "par.csv.duplicate", 2));
    assertThat(result.problems().get(1).violation().field()).isEqualTo("line[4].period");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(ParEntryCsv.parse("agencyCode,period,componentId,points\n\n", SCHEME).problems())
        .extracting(LineProblem::key)
        .containsExactly("par.csv.empty");
    assertThat(ParEntryCsv.parse("", SCHEME).valid()).isFalse();
  }

  @Test
  void quotedFieldsMayHoldCommasAndQuotes() {
    assertThat(ParEntryCsv.fields("\"a,b\",\"say \"\"hi\"\"\",c"))
        .contains(List.of("a,b", "say \"hi\"", "c"));
    assertThat(ParEntryCsv.fields("\"open")).isEmpty();
  }
}
