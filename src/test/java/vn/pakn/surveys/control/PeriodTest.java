package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void aYearAQuarterAndAMonth() {
    var year = Period.parse("2026").orElseThrow();
    assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    var q3 = Period.parse("2026-Q3").orElseThrow();
    assertThat(q3.from()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q3.to()).isEqualTo(LocalDate.of(2026, 10, 1));
    var q4 = Period.parse("2026-Q4").orElseThrow();
    assertThat(q4.to()).isEqualTo(LocalDate.of(2027, 1, 1));
    var february = Period.parse("2028-02").orElseThrow();
    assertThat(february.lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(february.year()).isEqualTo(2028);
    assertThat(Period.parse(" 2026-07 ").orElseThrow().text()).isEqualTo("2026-07");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "26",
        "2026-Q5",
        "2026-Q0",
        "2026-13",
        "2026-00",
        "2026-7",
        "1999",
        "2026-q3",
        "2026/07",
        "2026-07-01",
        "２０２６"
      })
  void anythingElseIsNotAPeriod(String text) {
    assertThat(Period.parse(text)).isEmpty();
  }

  @Test
  void nullIsNotAPeriod() {
    assertThat(Period.parse(null)).isEmpty();
  }
}
