package vn.pakn.petitions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingCodeTest {

  @Test
  void isWrittenWithYearZeroPaddedNumberAndCheckLetter() {
    assertThat(new TrackingCode(2026, 123).toString()).matches("PAKN-2026-000123-[A-Z]");
    assertThat(new TrackingCode(2026, 12_345_678).toString()).startsWith("PAKN-2026-12345678-");
  }

  @Test
  void readsWhatItWritesAndWhatPeopleType() {
    var code = new TrackingCode(2026, 123);
    String written = code.toString();
    assertThat(TrackingCode.parse(written)).contains(code);
    assertThat(TrackingCode.parse(written.toLowerCase())).contains(code);
    assertThat(TrackingCode.parse(written.replace("-", ""))).contains(code);
    assertThat(TrackingCode.parse("  " + written.replace("-", " ") + " ")).contains(code);
  }

  @Test
  void everySingleMistypedDigitIsCaught() {
    String written = new TrackingCode(2026, 4_071).toString();
    int digits = 0;
    for (int i = 0; i < written.length() - 2; i++) {
      char c = written.charAt(i);
      if (!Character.isDigit(c)) {
        continue;
      }
      for (char other = '0'; other <= '9'; other++) {
        if (other != c) {
          String typo = written.substring(0, i) + other + written.substring(i + 1);
          assertThat(TrackingCode.parse(typo)).as(typo).isEmpty();
          digits++;
        }
      }
    }
    assertThat(digits).isEqualTo(10 * 9);
  }

  @Test
  void everySwapOfNeighbouringDigitsIsCaught() {
    for (long number : new long[] {123, 908_172, 55_019}) {
      String written = new TrackingCode(2027, number).toString();
      String digits = written.substring(5, 9) + written.substring(10, 16);
      for (int i = 0; i + 1 < digits.length(); i++) {
        if (digits.charAt(i) == digits.charAt(i + 1)) {
          continue;
        }
        char[] swapped = digits.toCharArray();
        swapped[i] = digits.charAt(i + 1);
        swapped[i + 1] = digits.charAt(i);
        String s = new String(swapped);
        String typo = "PAKN-" + s.substring(0, 4) + "-" + s.substring(4) + "-" + written.charAt(17);
        assertThat(TrackingCode.parse(typo)).as(typo).isEmpty();
      }
    }
  }

  @Test
  void refusesWhatIsNotACode() {
    assertThat(TrackingCode.parse(null)).isEmpty();
    assertThat(TrackingCode.parse("")).isEmpty();
    assertThat(TrackingCode.parse("PAKN-2026-123-A")).isEmpty();
    assertThat(TrackingCode.parse("XYZ-2026-000123-A")).isEmpty();
    assertThat(TrackingCode.parse("PAKN-2026-000123-A' OR 1=1 --")).isEmpty();
    assertThat(TrackingCode.parse("P".repeat(10_000))).isEmpty();
    assertThatThrownBy(() -> new TrackingCode(2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void printsAndChecksAsTheFormattedCodeDid() {
    for (long number :
        new long[] {1, 9, 10, 99_999, 100_000, 999_999, 1_000_000, 123_456_789, 999_999_999_999L}) {
      for (int year : new int[] {2000, 2026, 9999}) {
        var code = new TrackingCode(year, number);
        long value = Long.parseLong(year + String.format("%06d", number));

        assertThat(code.checkLetter())
            .isEqualTo("TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (value % 23)));
        assertThat(code.toString())
            .isEqualTo(String.format("PAKN-%d-%06d-%c", year, number, code.checkLetter()));
        assertThat(TrackingCode.parse(code.toString())).contains(code);
      }
    }
  }
}
