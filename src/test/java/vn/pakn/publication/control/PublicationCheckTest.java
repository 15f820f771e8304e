package vn.pakn.publication.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.petitions.entity.Sender;
import vn.pakn.petitions.entity.SenderType;
import vn.pakn.platform.control.Violation;

/** The last check before a text is published: what the redactor still finds, and what may stay. */
class PublicationCheckTest {

  static final Sender SENDER =
      new Sender(
          SenderType.PERSON,
          "Nguyễn Thị Hoa",
          "Tổ 5, thị trấn Phù Yên, tỉnh Sơn La",
          "0912 345 678",
          null,
          "hoa@example.vn",
          "0101234567");

  static final KnownPersonalData KNOWN =
      KnownPersonalData.ofSender(SENDER.name(), SENDER.address(), SENDER.phone(), SENDER.email())
          .withTaxCode(SENDER.taxCode());

  private static List<Violation> check(String text, List<String> keep) {
    var out = new ArrayList<Violation>();
    Publication.check("answer", text, KNOWN, SENDER, keep, out);
    return out;
  }

  @Test
  void aRedactedTextPasses() {
    assertThat(
            check(
                "Bà [họ tên đã ẩn], số điện thoại [số điện thoại đã ẩn], đã nhận kết quả theo"
                    + " Nghị định 20/2008/NĐ-CP ngày 14/02/2008.",
                List.of()))
        .isEmpty();
  }

  @Test
  void eachKindOfPersonalDataLeftIsNamed() {
    List<String> texts =
        List.of(
            "Bà Nguyễn Thị Hoa đã nhận kết quả.",
            "Liên hệ 0912.345.678.",
            "Gọi +84 987 654 321.",
            "Thư hoa@example.vn.",
            "CCCD số 001203004567.",
            "CMND 123456789.",
            "Mã số thuế 0101234567.",
            "Số tài khoản 1903 4567 8910 12.",
            "Xe biển số 29A-123.45.",
            "Địa chỉ Tổ 5, thị trấn Phù Yên.");
    for (String text : texts) {
      assertThat(check(text, List.of())).as(text).isNotEmpty();
    }
  }

  @Test
  void anAgencyNumberMayBeKeptOnPurposeButNeverTheSendersOwnData() {
    assertThat(check("Đường dây nóng 0212 3852 999.", List.of())).hasSize(1);
    assertThat(check("Đường dây nóng 0212 3852 999.", List.of("0212 3852 999"))).isEmpty();
    assertThat(check("Gọi 0912 345 678.", List.of("0912 345 678"))).hasSize(1);
    assertThat(check("Thư hoa@example.vn.", List.of("hoa@example.vn"))).hasSize(1);
    assertThat(check("Bà Nguyễn Thị Hoa.", List.of("Nguyễn Thị Hoa"))).hasSize(1);
    assertThat(check("MST 0101234567.", List.of("0101234567"))).hasSize(1);
  }

  @Test
  void theViolationNamesThePartTheKindAndTheText() {
    Violation v = check("Gọi 0987 654 321 nhé.", List.of()).get(0);
    assertThat(v.field()).isEqualTo("answer");
    assertThat(v.key()).isEqualTo("personalData.left");
    assertThat(v.args()).contains("0987 654 321");
  }
}
