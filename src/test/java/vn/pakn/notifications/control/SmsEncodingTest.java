package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsEncodingTest {

  static final String VIETNAMESE =
      "Đã nhận phản ánh, kiến nghị mã PAKN-2026-000123-K. Theo dõi: https://pakn.test/theo-doi.html?code=PAKN-2026-000123-K";

  @Test
  void foldingRemovesEveryVietnameseMark() {
    assertThat(SmsEncoding.fold("Đã nhận phản ánh, kiến nghị – Ủy ban nhân dân tỉnh Sơn La…"))
        .isEqualTo("Da nhan phan anh, kien nghi - Uy ban nhan dan tinh Son La...");
    assertThat(SmsEncoding.fold("đường Hoà Bình, thuỷ lợi, khoẻ"))
        .isEqualTo("duong Hoa Binh, thuy loi, khoe");
    // decomposed input folds the same
    assertThat(
            SmsEncoding.fold(
                java.text.Normalizer.normalize("Nguyễn Thị Hoa", java.text.Normalizer.Form.NFD)))
        .isEqualTo("Nguyen Thi Hoa");
  }

  @Test
  void foldingReplacesWhatGsmCannotCarry() {
    assertThat(SmsEncoding.fold("a😀b中\u001Bc")).isEqualTo("a?b??c");
    assertThat(SmsEncoding.fold("“x” ‘y’")).isEqualTo("\"x\" 'y'");
  }

  @Test
  void ucs2HoldsSeventyInOnePartAndSixtySevenPerConcatenatedPart() {
    assertThat(SmsEncoding.UCS2.parts("ă".repeat(70))).isEqualTo(1);
    assertThat(SmsEncoding.UCS2.parts("ă".repeat(71))).isEqualTo(2);
    assertThat(SmsEncoding.UCS2.parts("ă".repeat(134))).isEqualTo(2);
    assertThat(SmsEncoding.UCS2.parts("ă".repeat(135))).isEqualTo(3);
    List<String> pieces = SmsEncoding.UCS2.split("ă".repeat(135));
    assertThat(pieces).extracting(String::length).containsExactly(67, 67, 1);
  }

  @Test
  void gsmHoldsOneHundredSixtyInOnePartAndOneHundredFiftyThreePerPart() {
    assertThat(SmsEncoding.GSM7.parts("a".repeat(160))).isEqualTo(1);
    assertThat(SmsEncoding.GSM7.parts("a".repeat(161))).isEqualTo(2);
    assertThat(SmsEncoding.GSM7.split("a".repeat(307)))
        .extracting(String::length)
        .containsExactly(153, 153, 1);
  }

  @Test
  void extendedGsmCharactersCountTwiceAndAreNeverCut() {
    assertThat(SmsEncoding.GSM7.length("[a]")).isEqualTo(5);
    assertThat(SmsEncoding.GSM7.parts("€".repeat(80))).isEqualTo(1);
    assertThat(SmsEncoding.GSM7.parts("€".repeat(81))).isEqualTo(2);
    List<String> pieces = SmsEncoding.GSM7.split("a" + "€".repeat(100));
    // 1 + 76×2 = 153 units in the first piece; the 77th euro does not fit
    assertThat(pieces.get(0)).isEqualTo("a" + "€".repeat(76));
    assertThat(String.join("", pieces)).isEqualTo("a" + "€".repeat(100));
    assertThat(SmsEncoding.GSM7.decode(SmsEncoding.GSM7.encode("{x}~€@"))).isEqualTo("{x}~€@");
  }

  @Test
  void aSurrogatePairIsNeverCut() {
    String text = "a".repeat(66) + "😀" + "b".repeat(10);
    List<String> pieces = SmsEncoding.UCS2.split(text);
    assertThat(pieces.get(0)).isEqualTo("a".repeat(66));
    assertThat(pieces.get(1)).startsWith("😀");
  }

  @Test
  void concatenatedPartsCarryTheSameReferenceTheirCountAndTheirNumber() {
    List<byte[]> parts = SmsEncoding.UCS2.shortMessages(VIETNAMESE, 0xAB);
    assertThat(parts).hasSize(2);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      byte[] part = parts.get(i);
      assertThat(part).startsWith(0x05, 0x00, 0x03, 0xAB, 2, i + 1);
      assertThat(part.length - 6).isLessThanOrEqualTo(134);
      joined.append(SmsEncoding.UCS2.decode(java.util.Arrays.copyOfRange(part, 6, part.length)));
    }
    assertThat(joined.toString()).isEqualTo(VIETNAMESE);
  }

  @Test
  void aShortTextIsOnePartWithoutHeader() {
    List<byte[]> parts = SmsEncoding.UCS2.shortMessages("Mã số: PAKN-1", 7);
    assertThat(parts).hasSize(1);
    assertThat(SmsEncoding.UCS2.decode(parts.get(0))).isEqualTo("Mã số: PAKN-1");
    assertThat(SmsEncoding.UCS2.dataCoding()).isEqualTo((byte) 8);
    assertThat(SmsEncoding.GSM7.dataCoding()).isEqualTo((byte) 0);
  }
}
