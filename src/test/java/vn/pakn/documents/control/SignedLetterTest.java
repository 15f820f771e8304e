package vn.pakn.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pdfa.PDFAStructureValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pakn.documents.HostilePdfs;
import vn.pakn.documents.TestCscService;
import vn.pakn.documents.TestPki;

/**
 * Render → sign → validate with the real libraries and a test PKI (CA, CRL and time-stamp authority
 * served on 127.0.0.1).
 */
class SignedLetterTest {

  static TestPki pki;
  static @TempDir Path folder;
  static SignatureValidation validation;
  static final LetterRenderer RENDERER = new LetterRenderer();

  @BeforeAll
  static void pki() {
    pki = new TestPki();
    validation =
        new SignatureValidation(
            List.of(new CertificateToken(pki.root.certificate())), Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    pki.close();
  }

  static AnswerLetter letter(String body) {
    return new AnswerLetter(
        "Ủy ban nhân dân tỉnh Sơn La",
        "Sở Tư pháp",
        "1/SL-STP-PAKN",
        "Sơn La",
        LocalDate.of(2026, 12, 7),
        "trả lời phản ánh, kiến nghị: thủ tục đăng ký khai sinh",
        "Bà Nguyễn Thị Hoà",
        body,
        "Giám đốc",
        "Nguyễn Văn Lãnh Đạo",
        "PAKN-2026-000123-K");
  }

  static KeystoreSigningKey key(TestPki.Issued issued) {
    Path file = pki.keystore(issued, folder.resolve(System.nanoTime() + ".p12"));
    return new KeystoreSigningKey(file, TestPki.PASSWORD.toCharArray(), null);
  }

  static byte[] signed(TestPki.Issued signer, boolean timestamp, Instant at) {
    PadesSigning signing =
        new PadesSigning(
            timestamp ? Optional.of(pki.tsaUrl()) : Optional.empty(),
            false,
            List.of(),
            Duration.ofSeconds(5));
    return signing.sign(
        RENDERER.render(letter("Sở Tư pháp trả lời như sau.\nThủ tục đã được đơn giản hoá.")),
        key(signer),
        "Nguyễn Văn Lãnh Đạo",
        "Trả lời phản ánh, kiến nghị",
        "Sơn La",
        at);
  }

  @Test
  void theLetterIsPdfAWithTheVietnameseTextReadableBack() throws Exception {
    String body =
        "Về phản ánh của bà về thủ tục đăng ký khai sinh, Sở Tư pháp trả lời như sau: theo Nghị định"
            + " 20/2008/NĐ-CP, hồ sơ được tiếp nhận trực tuyến. Ưu tiên giải quyết trong ngày.\n"
            + "Đề nghị bà liên hệ Bộ phận Một cửa để được hướng dẫn. 😀";
    byte[] pdf = RENDERER.render(letter(body));
    // kept for a person to look at (target/documents/answer-letter.pdf)
    Path kept = Path.of("target", "documents");
    Files.createDirectories(kept);
    Files.write(kept.resolve("answer-letter.pdf"), pdf);
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("ỦY BAN NHÂN DÂN TỈNH SƠN LA")
          .contains("SỞ TƯ PHÁP")
          .contains("Số: 1/SL-STP-PAKN")
          .contains("Sơn La, ngày 07 tháng 12 năm 2026")
          .contains("Kính gửi: Bà Nguyễn Thị Hoà")
          .contains("Ưu tiên giải")
          .contains("liên hệ Bộ phận Một cửa")
          .contains("GIÁM ĐỐC")
          .contains("Nguyễn Văn Lãnh Đạo")
          .contains("PAKN-2026-000123-K");
    }
    var result = new PDFAStructureValidator().validate(new InMemoryDocument(pdf));
    assertThat(result.getErrorMessages()).isEmpty();
    assertThat(result.isCompliant()).isTrue();
    assertThat(result.getProfileId()).contains("2B");
  }

  @Test
  void aLongAnswerRunsOverSeveralPages() throws Exception {
    byte[] pdf = RENDERER.render(letter(("Đoạn trả lời dài. ".repeat(60) + "\n").repeat(12)));
    try (var doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void aGoodSignatureWithATimestampIsValid() {
    ValidationReport report = validation.validate(signed(pki.valid, true, Instant.now()));
    assertThat(report.verdict()).as(report.technicalMessages().toString()).isEqualTo(Verdict.VALID);
    SignatureFinding finding = report.signatures().get(0);
    assertThat(finding.signedBy()).isEqualTo("Nguyễn Văn Lãnh Đạo");
    assertThat(finding.organization()).isEqualTo("Sở Tư pháp tỉnh Sơn La");
    assertThat(finding.timestamped()).isTrue();
    assertThat(finding.level()).isEqualTo("PAdES-BASELINE-T");
    assertThat(finding.chainsToTrustAnchor()).isTrue();
    assertThat(finding.certificateValidAtSigning()).isTrue();
    assertThat(finding.changedAfterSigning()).isFalse();
  }

  @Test
  void theSignedLetterIsStillPdfA() {
    byte[] signed = signed(pki.valid, true, Instant.now());
    var result = new PDFAStructureValidator().validate(new InMemoryDocument(signed));
    assertThat(result.getErrorMessages()).isEmpty();
    assertThat(result.isCompliant()).isTrue();
  }

  @Test
  void longTermSignaturesCarryTheRevocationData() {
    byte[] signed =
        new PadesSigning(
                Optional.of(pki.tsaUrl()),
                true,
                List.of(new CertificateToken(pki.root.certificate())),
                Duration.ofSeconds(5))
            .sign(
                RENDERER.render(letter("Chữ ký dài hạn.")),
                key(pki.valid),
                "Nguyễn Văn Lãnh Đạo",
                "Trả lời",
                "Sơn La",
                Instant.now());
    ValidationReport report = validation.validate(signed);
    assertThat(report.verdict()).as(report.technicalMessages().toString()).isEqualTo(Verdict.VALID);
    assertThat(report.signatures().get(0).level()).isEqualTo("PAdES-BASELINE-LT");
  }

  @Test
  void withoutATimestampAuthorityTheSignatureIsBaselineB() {
    ValidationReport report = validation.validate(signed(pki.valid, false, Instant.now()));
    assertThat(report.verdict()).as(report.technicalMessages().toString()).isEqualTo(Verdict.VALID);
    assertThat(report.signatures().get(0).level()).isEqualTo("PAdES-BASELINE-B");
    assertThat(report.signatures().get(0).timestamped()).isFalse();
  }

  @Test
  void oneChangedByteIsChangedAfterSigning() {
    byte[] signed = signed(pki.valid, true, Instant.now());
    byte[] changed = signed.clone();
    int at = indexOf(changed, "stream".getBytes()) + 20;
    changed[at] ^= 0x01;
    ValidationReport report = validation.validate(changed);
    assertThat(report.verdict()).isEqualTo(Verdict.CHANGED);
    assertThat(report.signatures().get(0).changedAfterSigning()).isTrue();
  }

  @Test
  void anUnknownIssuerCannotBeConfirmed() {
    ValidationReport report = validation.validate(signed(pki.unknownSigner, true, Instant.now()));
    assertThat(report.verdict()).isEqualTo(Verdict.CANNOT_CONFIRM);
    assertThat(report.signatures().get(0).reason()).isEqualTo("untrusted");
    assertThat(report.signatures().get(0).chainsToTrustAnchor()).isFalse();
  }

  @Test
  void anExpiredSignerIsInvalid() {
    // signed (as it claims) while the certificate was valid, but nothing proves that time
    ValidationReport report =
        validation.validate(signed(pki.expired, false, Instant.now().minus(Duration.ofDays(60))));
    assertThat(report.verdict())
        .as(report.technicalMessages().toString())
        .isEqualTo(Verdict.INVALID);
    assertThat(report.signatures().get(0).reason()).isEqualTo("expired");
  }

  @Test
  void aRevokedSignerIsInvalid() {
    ValidationReport report = validation.validate(signed(pki.revoked, true, Instant.now()));
    assertThat(report.verdict())
        .as(report.technicalMessages().toString())
        .isEqualTo(Verdict.INVALID);
    assertThat(report.signatures().get(0).reason()).isEqualTo("revoked");
    assertThat(report.signatures().get(0).certificateValidAtSigning()).isFalse();
  }

  @Test
  void anUnsignedPdfSaysSo() {
    ValidationReport report = validation.validate(RENDERER.render(letter("Chưa ký.")));
    assertThat(report.verdict()).isEqualTo(Verdict.NO_SIGNATURE);
    assertThat(report.signatures()).isEmpty();
  }

  @Test
  void contentAddedByAnIncrementalUpdateAfterSigningIsChanged() {
    byte[] updated = HostilePdfs.contentAddedAfterSigning(signed(pki.valid, true, Instant.now()));
    ValidationReport report = validation.validate(updated);
    assertThat(report.verdict())
        .as(report.technicalMessages().toString())
        .isEqualTo(Verdict.CHANGED);
  }

  @Test
  void anUnsignedPdfWithJavaScriptHasNoSignature() {
    assertThat(validation.validate(HostilePdfs.javascript()).verdict())
        .isEqualTo(Verdict.NO_SIGNATURE);
  }

  @Test
  void brokenDocumentsAreNeverValid() {
    byte[] signed = signed(pki.valid, true, Instant.now());
    for (byte[] hostile : List.of(HostilePdfs.truncated(signed), HostilePdfs.recursive())) {
      try {
        assertThat(validation.validate(hostile).verdict()).isNotEqualTo(Verdict.VALID);
      } catch (RuntimeException | StackOverflowError unreadable) {
        // Validations turns this into a 422 problem
      }
    }
  }

  @Test
  void aRemoteSigningServiceSignsThroughTheCloudSignatureConsortiumApi() throws Exception {
    try (var csc = new TestCscService(pki.valid)) {
      var key =
          new CscSigningKey(
              csc.baseUrl(),
              TestCscService.CREDENTIAL,
              TestCscService.TOKEN,
              TestCscService.PIN,
              Duration.ofSeconds(5));
      byte[] signed =
          new PadesSigning(Optional.of(pki.tsaUrl()), false, List.of(), Duration.ofSeconds(5))
              .sign(
                  RENDERER.render(letter("Ký số từ xa.")),
                  key,
                  "Nguyễn Văn Lãnh Đạo",
                  "Trả lời",
                  "Sơn La",
                  Instant.now());
      assertThat(csc.signatures()).isEqualTo(1);
      ValidationReport report = validation.validate(signed);
      assertThat(report.verdict())
          .as(report.technicalMessages().toString())
          .isEqualTo(Verdict.VALID);
      assertThat(report.signatures().get(0).signedBy()).isEqualTo("Nguyễn Văn Lãnh Đạo");

      var wrongPin =
          new CscSigningKey(
              csc.baseUrl(),
              TestCscService.CREDENTIAL,
              TestCscService.TOKEN,
              "000000",
              Duration.ofSeconds(5));
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  new PadesSigning(Optional.empty(), false, List.of(), Duration.ofSeconds(5))
                      .sign(RENDERER.render(letter("x")), wrongPin, "x", "x", "x", Instant.now()))
          .hasMessageContaining("401");
      assertThat(csc.signatures()).isEqualTo(1);
    }
  }

  static int indexOf(byte[] data, byte[] what) {
    outer:
    for (int i = 0; i <= data.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (data[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] read(Path p) throws Exception {
    return Files.readAllBytes(p);
  }
}
