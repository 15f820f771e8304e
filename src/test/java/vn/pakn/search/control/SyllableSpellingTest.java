package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllableSpellingTest {

  @ParameterizedTest
  @CsvSource({
    "ky, ki", "ly, li", "my, mi", "hy, hi", "quy, qui", "ty, ti", "ngy, ngi",
    "ki, ki", "y, y", "uy, uy", "tuy, tuy", "thuy, thuy", "yen, yen", "khy, khi"
  })
  void aLoneYAfterAConsonantIsWrittenI(String written, String normal) {
    assertThat(SyllableSpelling.iy(written)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource({
    "hoà, hòa",
    "khoẻ, khỏe",
    "uỷ, ủy",
    "thuỷ, thủy",
    "kí, ký",
    "lí, lý",
    "mĩ, mỹ",
    "quí, quý"
  })
  void tonePlacementAndIyDoNotChangeTheExactKey(String one, String other) {
    assertThat(SyllableSpelling.exactKey(one)).isEqualTo(SyllableSpelling.exactKey(other));
  }

  @ParameterizedTest
  @CsvSource({"sổ, số", "đỏ, độ", "đỏ, đó", "do, đo", "thái, thai", "ma, mà"})
  void differentTonesOrLettersGiveDifferentExactKeys(String one, String other) {
    assertThat(SyllableSpelling.exactKey(one)).isNotEqualTo(SyllableSpelling.exactKey(other));
  }
}
