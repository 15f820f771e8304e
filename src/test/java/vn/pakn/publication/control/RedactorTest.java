package vn.pakn.publication.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pakn.publication.control.RedactionCategory.ADDRESS;
import static vn.pakn.publication.control.RedactionCategory.BANK_ACCOUNT;
import static vn.pakn.publication.control.RedactionCategory.EMAIL;
import static vn.pakn.publication.control.RedactionCategory.ID_NUMBER;
import static vn.pakn.publication.control.RedactionCategory.LICENCE_PLATE;
import static vn.pakn.publication.control.RedactionCategory.NAME;
import static vn.pakn.publication.control.RedactionCategory.PHONE;
import static vn.pakn.publication.control.RedactionCategory.TAX_CODE;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.pakn.platform.control.Messages;

class RedactorTest {

  private static final KnownPersonalData KNOWN =
      KnownPersonalData.ofSender(
              "Nguyễn Văn An",
              "Số 12, ngõ 34, phố Huế, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội",
              "0912 345 678",
              "an.nguyen@gmail.com")
          .withTaxCode("8012345678")
          .withOtherName("Trần Thị Bích Ngọc");

  private final Redactor redactor = new Redactor();

  static Stream<Arguments> personalData() {
    return Stream.of(
        // known names, any case, with or without diacritics
        hidden("Tôi là Nguyễn Văn An, ở phường Hàng Bài.", "Nguyễn Văn An", NAME),
        hidden("Người gửi: NGUYỄN VĂN AN", "NGUYỄN VĂN AN", NAME),
        hidden("nguyen van an có ý kiến như sau", "nguyen van an", NAME),
        hidden("Ông Nguyen Van An đề nghị", "Nguyen Van An", NAME),
        hidden("Đề nghị trả lời cho ông An sớm.", "An", NAME),
        hidden("Ý kiến của anh Nguyễn An đã được ghi nhận", "Nguyễn An", NAME),
        hidden("Chị Trần Thị Bích Ngọc là hàng xóm", "Trần Thị Bích Ngọc", NAME),
        hidden("bà tran thi bich ngoc cho biết", "tran thi bich ngoc", NAME),
        hidden("Bà Ngọc cũng xác nhận", "Ngọc", NAME),
        // known address, whole and its specific part
        hidden(
            "Gửi về Số 12, ngõ 34, phố Huế, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội.",
            "Số 12, ngõ 34, phố Huế, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội",
            ADDRESS),
        hidden("nhà tôi ở số 12 ngõ 34 phố Huế bị ngập", "số 12 ngõ 34 phố Huế", ADDRESS),
        hidden("tại 12 ngõ 34 pho Hue có rác", "12 ngõ 34 pho Hue", ADDRESS),
        // phones
        hidden("Liên hệ 0912 345 678.", "0912 345 678", PHONE),
        hidden("SĐT: 0912.345.678", "0912.345.678", PHONE),
        hidden("gọi 0987654321 để hẹn", "0987654321", PHONE),
        hidden("số máy 0987 654 321 của con tôi", "0987 654 321", PHONE),
        hidden("điện thoại +84 912345678", "+84 912345678", PHONE),
        hidden("điện thoại +84912345678", "+84912345678", PHONE),
        hidden("gọi (024) 3825 1234 giờ hành chính", "(024) 3825 1234", PHONE),
        hidden("máy bàn 024 3825 1234", "024 3825 1234", PHONE),
        hidden("số 0236.3822.123 ở Đà Nẵng", "0236.3822.123", PHONE),
        hidden("di động 0385-123-456", "0385-123-456", PHONE),
        hidden("gọi 84 903 123 456 nhé", "84 903 123 456", PHONE),
        hidden("gọi (+84) 97 123 4567 nhé", "(+84) 97 123 4567", PHONE),
        hidden("số 0909 12 34 56", "0909 12 34 56", PHONE),
        // emails
        hidden("email an.nguyen@gmail.com", "an.nguyen@gmail.com", EMAIL),
        hidden("thư gửi về tran_ngoc.88@yahoo.com.vn nhé", "tran_ngoc.88@yahoo.com.vn", EMAIL),
        hidden("Email: LE.VAN.B@GMAIL.COM", "LE.VAN.B@GMAIL.COM", EMAIL),
        // CCCD, CMND, passport
        hidden("CCCD số 001085012345 cấp ngày 12/05/2021", "001085012345", ID_NUMBER),
        hidden("căn cước công dân: 079 203 012 345", "079 203 012 345", ID_NUMBER),
        hidden("số định danh cá nhân 038190001234", "038190001234", ID_NUMBER),
        hidden("CMND số 012345678 do Công an Hà Nội cấp", "012345678", ID_NUMBER),
        hidden("chứng minh nhân dân 172 345 678", "172 345 678", ID_NUMBER),
        hidden("mang theo 034095001122 để đối chiếu", "034095001122", ID_NUMBER),
        hidden("số 125678901 cấp năm 2010", "125678901", ID_NUMBER),
        hidden("hộ chiếu số C1234567", "C1234567", RedactionCategory.PASSPORT),
        // tax codes
        hidden("mã số thuế 0101234567", "0101234567", TAX_CODE),
        hidden("MST: 0312345678-001", "0312345678-001", TAX_CODE),
        hidden("MST 0312345678 của hộ kinh doanh", "0312345678", TAX_CODE),
        hidden("chi nhánh có mã 0101234567-002", "0101234567-002", TAX_CODE),
        hidden("mã số thuế cá nhân 8012345678", "8012345678", TAX_CODE),
        // bank accounts
        hidden("số tài khoản 0011004123456 tại Vietcombank", "0011004123456", BANK_ACCOUNT),
        hidden("STK: 1903 5678 9012 34 Techcombank", "1903 5678 9012 34", BANK_ACCOUNT),
        hidden(
            "chuyển vào tài khoản ngân hàng Agribank số 1500205123456",
            "1500205123456",
            BANK_ACCOUNT),
        hidden("Account no. 123456789", "123456789", BANK_ACCOUNT),
        // the fewest digits a shape takes: the only digits of the text
        hidden("số tài khoản 123456 tại quỹ tín dụng xã", "123456", BANK_ACCOUNT),
        // licence plates
        hidden("xe ô tô biển số 29A-123.45 bị giữ", "29A-123.45", LICENCE_PLATE),
        hidden("xe tải 51F 12345 đỗ trước nhà", "51F 12345", LICENCE_PLATE),
        hidden("biển kiểm soát 30E-888.88", "30E-888.88", LICENCE_PLATE),
        hidden("xe máy 59-X1 234.56 bị tạm giữ", "59-X1 234.56", LICENCE_PLATE),
        hidden("xe 29LD-123.45 chạy dịch vụ", "29LD-123.45", LICENCE_PLATE),
        hidden("biển 43A-1234 đời cũ", "43A-1234", LICENCE_PLATE));
  }

  static Stream<String> notPersonalData() {
    return Stream.of(
        "Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ",
        "Luật số 91/2025/QH15 có hiệu lực từ 01/01/2026",
        "Quyết định 31/2021/QĐ-TTg và Nghị định 13/2023/NĐ-CP",
        "Thông tư 01/2018/TT-VPCP hướng dẫn",
        "lệ phí 1.500.000 đồng",
        "mức phạt từ 2.000.000 đến 4.000.000 đồng",
        "tổng kinh phí 150000000 đồng",
        "số tiền 1234567890 đồng",
        "phạt 750.000đ",
        "thủ tục mã 1.001234 và 2.002198.000.00.00.H56",
        "mã hồ sơ PAKN-2026-000123-K",
        "số hồ sơ 000.00.23.H56-240512-0001",
        "ngày 12/05/2024 lúc 08:30",
        "tỷ lệ đúng hạn 99,36 %",
        "Điều 7 khoản 2 điểm a",
        "đường dây nóng 1900 1234 hoặc 1800 5678",
        "Công văn số 1234/UBND-KT ngày 5/3/2025",
        "diện tích 1.200 m2, năm 2024",
        "343 thủ tục trong 14 lĩnh vực; 54.142 hồ sơ, giải quyết 53.051",
        "an toàn giao thông là ưu tiên",
        "UBND phường Hàng Bài, quận Hoàn Kiếm đã trả lời",
        "Phố Huế là tuyến phố lớn",
        "Đăng ký tài khoản trên Cổng Dịch vụ công quốc gia",
        "Tài khoản dịch vụ công mức độ 2 được cấp ngày 15/03/2025",
        "năm 2008, 2013 và 2017",
        "chuyển khoản 1.500.000 đồng vào tài khoản 1.500.000 đồng");
  }

  @ParameterizedTest
  @MethodSource("personalData")
  void hidesPersonalData(String text, String expected, RedactionCategory category) {
    var proposal = redactor.propose(text, KNOWN);

    assertThat(proposal.spans())
        .as("spans in: " + text)
        .anySatisfy(
            span -> {
              assertThat(proposal.covered(span)).isEqualTo(expected);
              assertThat(span.category()).isEqualTo(category);
            });
    assertThat(proposal.apply())
        .doesNotContain(expected)
        .contains(category.label(Messages.VIETNAMESE));
  }

  @ParameterizedTest
  @MethodSource("notPersonalData")
  void leavesOtherNumbersAndWordsAlone(String text) {
    var proposal = redactor.propose(text, KNOWN);

    assertThat(proposal.spans()).as(text).isEmpty();
    assertThat(proposal.apply()).isEqualTo(text);
  }

  @Test
  void catalogueIsLargeEnough() {
    assertThat(personalData().count()).isGreaterThanOrEqualTo(40);
    assertThat(notPersonalData().count()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void replacesSpansWithVietnameseLabels() {
    var proposal =
        redactor.propose("Tôi là Nguyễn Văn An, SĐT 0987654321, email an.nguyen@gmail.com.", KNOWN);

    assertThat(proposal.apply())
        .isEqualTo("Tôi là [họ tên đã ẩn], SĐT [số điện thoại đã ẩn], email [thư điện tử đã ẩn].");
  }

  @Test
  void labelsCanBeInEnglish() {
    var proposal = new Redactor(Locale.ENGLISH).propose("call 0987654321", KnownPersonalData.NONE);

    assertThat(proposal.apply()).isEqualTo("call [phone number hidden]");
  }

  @Test
  void showsTheSendersNameOnlyWithTheirConsentAndStillHidesOthers() {
    String text = "Tôi là Nguyễn Văn An, hàng xóm là bà Trần Thị Bích Ngọc, gọi 0987654321.";

    String shown = redactor.propose(text, KNOWN.withSenderNameShown(true)).apply();
    String hidden = redactor.propose(text, KNOWN).apply();

    assertThat(shown)
        .isEqualTo(
            "Tôi là Nguyễn Văn An, hàng xóm là bà [họ tên đã ẩn], gọi [số điện thoại đã ẩn].");
    assertThat(hidden).startsWith("Tôi là [họ tên đã ẩn],");
  }

  @Test
  void anOfficerRemovesAndAddsSpans() {
    var proposal = redactor.propose("Ông An ở tổ 5 gọi 0987654321.", KNOWN);
    var name =
        proposal.spans().stream().filter(s -> s.category() == NAME).findFirst().orElseThrow();
    int group = proposal.text().indexOf("tổ 5");

    var reviewed =
        proposal
            .without(name)
            .with(group, group + "tổ 5".length(), RedactionCategory.ADDRESS, Messages.VIETNAMESE);

    assertThat(reviewed.apply()).isEqualTo("Ông An ở [địa chỉ đã ẩn] gọi [số điện thoại đã ẩn].");
    assertThatThrownBy(() -> reviewed.without(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlappingSpansAreMergedOnApply() {
    var proposal =
        new RedactionProposal(
            "abcdefghij",
            java.util.List.of(
                new RedactionSpan(2, 5, NAME, "[N]"),
                new RedactionSpan(4, 8, PHONE, "[P]"),
                new RedactionSpan(9, 10, EMAIL, "[E]")));

    assertThat(proposal.apply()).isEqualTo("ab[N]i[E]");
  }

  @Test
  void refusesSpansOutsideTheText() {
    assertThatThrownBy(
            () ->
                new RedactionProposal("abc", java.util.List.of(new RedactionSpan(1, 9, NAME, "x"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RedactionSpan(3, 3, NAME, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decomposedInputIsComposedAndStillMatched() {
    String nfd = Normalizer.normalize("Tôi là Nguyễn Văn An.", Normalizer.Form.NFD);

    var proposal = redactor.propose(nfd, KNOWN);

    assertThat(proposal.text()).isEqualTo("Tôi là Nguyễn Văn An.");
    assertThat(proposal.apply()).isEqualTo("Tôi là [họ tên đã ẩn].");
  }

  @Test
  void severalIdentifiersInOneLetter() {
    String letter =
        "Kính gửi UBND phường Hàng Bài. Tôi tên Nguyễn Văn An, CCCD 001085012345, "
            + "ở số 12 ngõ 34 phố Huế, ĐT 0912.345.678. Xe 29A-123.45 của tôi bị thu theo "
            + "Nghị định 100/2019/NĐ-CP, phạt 4.000.000 đồng, đã nộp qua STK 0011004123456.";

    String published = redactor.propose(letter, KNOWN).apply();

    assertThat(published)
        .isEqualTo(
            "Kính gửi UBND phường Hàng Bài. Tôi tên [họ tên đã ẩn], CCCD [số CCCD/CMND đã ẩn], "
                + "ở [địa chỉ đã ẩn], ĐT [số điện thoại đã ẩn]. Xe [biển số xe đã ẩn] của tôi bị "
                + "thu theo Nghị định 100/2019/NĐ-CP, phạt 4.000.000 đồng, đã nộp qua STK "
                + "[số tài khoản đã ẩn].");
  }

  @Test
  void emptyAndMissingTextsGiveNoSpans() {
    assertThat(redactor.propose(null, KnownPersonalData.NONE).apply()).isEmpty();
    assertThat(redactor.propose("", KNOWN).spans()).isEmpty();
  }

  private static Arguments hidden(String text, String expected, RedactionCategory category) {
    return Arguments.of(text, expected, category);
  }
}
