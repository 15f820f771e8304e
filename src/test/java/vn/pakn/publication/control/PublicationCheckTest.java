package vn.pakn.publication.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    return check(
        text,
        keep.stream().map(k -> new Publication.Keep(k, "đường dây nóng")).toList(),
        new LinkedHashSet<>());
  }

  private static List<Violation> check(String text, List<Publication.Keep> keep, Set<String> kept) {
    var out = new ArrayList<Violation>();
    Publication.check("answer", text, KNOWN, SENDER, keep, out, kept);
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
  void anAgencyNumberIsOnlyReportedAPersonalLandlineNeedsAReasonToStay() {
    assertThat(check("Đường dây nóng 0212 3852 999.", List.of())).isEmpty();
    assertThat(check("Con bà ở Hà Nội, số 0243 8512 764.", List.of())).hasSize(1);

    var kept = new LinkedHashSet<String>();
    List<Violation> noReason =
        check(
            "Con bà ở Hà Nội, số 0243 8512 764.",
            List.of(new Publication.Keep("0243 8512 764", " ")),
            kept);
    assertThat(noReason)
        .singleElement()
        .extracting(Violation::key)
        .isEqualTo("personalData.reasonMissing");

    List<Violation> reasoned =
        check(
            "Liên hệ 0243 8512 764.",
            List.of(new Publication.Keep("0243 8512 764", "số tổng đài của Bộ, đã công bố")),
            kept);
    assertThat(reasoned).isEmpty();
    assertThat(Publication.keptReason(kept))
        .contains("0243 8512 764")
        .contains("số tổng đài của Bộ, đã công bố");
    assertThat(Publication.keptReason(Set.of())).isNull();
  }

  @Test
  void sensitiveDataLeftIsRefusedAndANameThePetitionDoesNotKnowMayBeKeptWithAReason() {
    assertThat(check("Con bà bị ung thư gan, cần hỗ trợ.", List.of()))
        .singleElement()
        .satisfies(v -> assertThat(v.args()).contains("ung thư gan"));
    assertThat(check("Hàng xóm là ông Quàng Văn Xôm.", List.of())).hasSize(1);
    assertThat(check("Hàng xóm là ông Quàng Văn Xôm.", List.of("Quàng Văn Xôm"))).isEmpty();
    assertThat(check("Ông Lò Văn Minh, Chủ tịch UBND xã, đã ký.", List.of())).isEmpty();
  }

  @Test
  void theSendersOwnDataIsNeverKept() {
    assertThat(check("Gọi 0912 345 678.", List.of("0912 345 678"))).hasSize(1);
    assertThat(check("Thư hoa@example.vn.", List.of("hoa@example.vn"))).hasSize(1);
    assertThat(check("Bà Nguyễn Thị Hoa.", List.of("Nguyễn Thị Hoa"))).hasSize(1);
    assertThat(check("MST 0101234567.", List.of("0101234567"))).hasSize(1);
  }

  @Test
  void theViolationNamesThePartTheKindAndTheText() {
    Violation v = check("Gọi 0987 654 321 nhé.", List.of()).get(0);
    assertThat(v.field()).isEqualTo("answer");
    assertThat(v.key()).isEqualTo("personalData.left.PHONE");
    assertThat(v.args()).contains("0987 654 321");
  }
}
