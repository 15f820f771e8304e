package vn.pakn.bench;

import eu.europa.esig.dss.model.x509.CertificateToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.pakn.documents.TestPki;
import vn.pakn.documents.control.AnswerLetter;
import vn.pakn.documents.control.KeystoreSigningKey;
import vn.pakn.documents.control.LetterRenderer;
import vn.pakn.documents.control.PadesSigning;
import vn.pakn.documents.control.SignatureValidation;
import vn.pakn.documents.control.ValidationReport;
import vn.pakn.documents.control.Verdict;

/**
 * Latency of issuing and of checking a signed answer, one operation at a time on one thread, as the
 * application does them: render the letter (PDF/A, Liberation Serif subsets) and sign it PAdES with
 * a PKCS#12 key (B-B, no time-stamp authority; and B-T against the test TSA on 127.0.0.1), and
 * validate a signed answer (B-T, revocation from the test CRL on 127.0.0.1). Prints p50/p95/p99/max
 * and the load average before and after. Not a test: run it by hand (docs/benchmarks.md).
 *
 * <p>{@code --iterations N} (default 500) measured operations per case after {@code --warmup N}
 * (default 100).
 */
public final class SignedAnswerBenchmark {

  public static void main(String[] args) throws Exception {
    int iterations = option(args, "--iterations", 500);
    int warmup = option(args, "--warmup", 100);
    MachineLoad load = MachineLoad.before();
    try (TestPki pki = new TestPki()) {
      Path folder = Files.createTempDirectory("pakn-bench-pki-");
      KeystoreSigningKey key =
          new KeystoreSigningKey(
              pki.keystore(pki.valid, folder.resolve("signer.p12")),
              TestPki.PASSWORD.toCharArray(),
              null);
      LetterRenderer renderer = new LetterRenderer();
      PadesSigning plain = new PadesSigning(Optional.empty(), false, List.of(), seconds(5));
      PadesSigning stamped =
          new PadesSigning(Optional.of(pki.tsaUrl()), false, List.of(), seconds(5));
      SignatureValidation validation =
          new SignatureValidation(
              List.of(new CertificateToken(pki.root.certificate())), seconds(5));
      AnswerLetter letter = letter();
      Supplier<byte[]> signB =
          () ->
              plain.sign(
                  renderer.render(letter),
                  key,
                  "Nguyễn Văn Lãnh Đạo",
                  "Trả lời",
                  "Sơn La",
                  Instant.now());
      Supplier<byte[]> signT =
          () ->
              stamped.sign(
                  renderer.render(letter),
                  key,
                  "Nguyễn Văn Lãnh Đạo",
                  "Trả lời",
                  "Sơn La",
                  Instant.now());
      byte[] signedT = signT.get();
      System.out.println("signed answer: " + signedT.length + " bytes");
      measure("render + sign, PKCS#12, B-B (no TSA)", iterations, warmup, signB::get);
      measure("render + sign, PKCS#12, B-T (TSA on 127.0.0.1)", iterations, warmup, signT::get);
      measure(
          "validate a signed answer (B-T, CRL on 127.0.0.1)",
          iterations,
          warmup,
          () -> {
            ValidationReport report = validation.validate(signedT);
            if (report.verdict() != Verdict.VALID) {
              throw new IllegalStateException("not valid: " + report.technicalMessages());
            }
          });
    }
    load.after();
  }

  private static void measure(String name, int iterations, int warmup, Runnable operation) {
    for (int i = 0; i < warmup; i++) {
      operation.run();
    }
    long[] nanos = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      operation.run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-52s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        name,
        iterations,
        ms(nanos, 0.50),
        ms(nanos, 0.95),
        ms(nanos, 0.99),
        nanos[iterations - 1] / 1e6);
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static AnswerLetter letter() {
    return new AnswerLetter(
        "Ủy ban nhân dân tỉnh Sơn La",
        "Sở Tư pháp",
        "123/SL-STP-PAKN",
        "Sơn La",
        LocalDate.of(2026, 12, 7),
        "trả lời phản ánh, kiến nghị: thủ tục đăng ký khai sinh",
        "Bà Nguyễn Thị Hoà",
        ("Về phản ánh của bà về thủ tục đăng ký khai sinh, Sở Tư pháp trả lời như sau: theo Nghị"
                + " định 20/2008/NĐ-CP và Nghị định 30/2020/NĐ-CP, hồ sơ được tiếp nhận trực tuyến"
                + " trên Cổng Dịch vụ công quốc gia và giải quyết trong ngày làm việc.\n")
            .repeat(6),
        "Giám đốc",
        "Nguyễn Văn Lãnh Đạo",
        "PAKN-2026-000123-K");
  }

  private static Duration seconds(int s) {
    return Duration.ofSeconds(s);
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
