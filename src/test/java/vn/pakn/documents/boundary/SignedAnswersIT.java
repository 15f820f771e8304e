package vn.pakn.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.pakn.documents.HostilePdfs;
import vn.pakn.documents.TestPki;
import vn.pakn.documents.control.AnswerLetter;
import vn.pakn.documents.control.KeystoreSigningKey;
import vn.pakn.documents.control.LetterRenderer;
import vn.pakn.documents.control.PadesSigning;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;

/**
 * A petition walked through the API to its answer at Sở Tư pháp (which signs with the test PKI's
 * key and time-stamp authority) yields a signed PDF that the sender downloads with the access key
 * and that the public validation endpoint confirms; documents signed otherwise, changed or hostile
 * are never "valid" and never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignedAnswersIT {

  static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;
  @TempDir java.nio.file.Path folder;

  @BeforeEach
  void api() {
    api = new Api(base);
  }

  @Test
  void theAnswerIsIssuedSignedAndTheSenderDownloadsAndVerifiesIt() throws Exception {
    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String code = filed.json().getString("trackingCode");
    String key = filed.json().getString("accessKey");
    String answer =
        "Sở Tư pháp trả lời như sau: hồ sơ đăng ký khai sinh được tiếp nhận trực tuyến"
            + " theo Nghị định 20/2008/NĐ-CP.\nĐề nghị ông/bà liên hệ Bộ phận Một cửa.";
    answeredAtTheDepartmentOfJustice(code, answer);

    HttpResponse<byte[]> pdf = download(code, key);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains(code);
    assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    byte[] document = pdf.body();
    assertThat(new String(document, 0, 5)).isEqualTo("%PDF-");

    // stored with the petition, byte for byte what the sender gets
    assertThat(
            Sql.number(
                "select count(*) from signed_answer s join petition p on p.id = s.petition_id"
                    + " where p.tracking_code = ? and s.sha256 = ?",
                code,
                sha256(document)))
        .isEqualTo(1);
    JsonObject summary =
        api.get("api/petitions/" + code + "/signed-answer/summary", "X-Access-Key", key).json();
    assertThat(summary.getString("signatureLevel")).isEqualTo("PAdES-BASELINE-T");
    assertThat(summary.getString("documentNumber")).endsWith("/SL-STP-PAKN");
    assertThat(summary.getString("signerName")).isNotBlank();

    // anyone can confirm it
    Reply verified = validate(document, "vi");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    JsonObject report = verified.json();
    assertThat(report.getString("verdict")).as(verified.body()).isEqualTo("VALID");
    assertThat(report.getString("title")).isEqualTo("Chữ ký số hợp lệ");
    JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
    assertThat(signature.getString("signedBy")).isEqualTo("Nguyễn Văn Lãnh Đạo");
    assertThat(signature.getString("organization")).isEqualTo("Sở Tư pháp tỉnh Sơn La");
    assertThat(signature.getBoolean("timestamped")).isTrue();
    assertThat(signature.getBoolean("changedAfterSigning")).isFalse();
    assertThat(signature.getBoolean("chainsToTrustAnchor")).isTrue();
    assertThat(signature.getBoolean("certificateValidAtSigning")).isTrue();
    assertThat(report.getString("technicalReport")).contains("TOTAL_PASSED");
    assertThat(validate(document, "en").json().getString("title"))
        .isEqualTo("The digital signature is valid");

    // the published copy says the original was signed, by whom and when, without publishing it
    Reply proposal =
        api.postJson(
            "api/publication/petitions/" + code + "/proposal",
            "{\"otherNames\":[]}",
            bearer("stp.leader"));
    assertThat(proposal.status()).as(proposal.toString()).isEqualTo(200);
    JsonObject proposed = proposal.json();
    Reply published =
        api.postJson(
            "api/publication/petitions/" + code,
            Json.createObjectBuilder()
                .add("title", proposed.getJsonObject("title").getString("redacted"))
                .add("question", proposed.getJsonObject("question").getString("redacted"))
                .add("answer", proposed.getJsonObject("answer").getString("redacted"))
                .add("otherNames", Json.createArrayBuilder())
                .add("keep", Json.createArrayBuilder())
                .build()
                .toString(),
            bearer("stp.leader"));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    long answerId = published.json().getJsonNumber("id").longValue();
    JsonObject original = api.get("api/signatures/published-answers/" + answerId).json();
    assertThat(original.getString("documentNumber")).isEqualTo(summary.getString("documentNumber"));
    assertThat(original.getString("signerName")).isEqualTo(summary.getString("signerName"));
    assertThat(original.getString("agency")).isEqualTo("Sở Tư pháp");
    assertThat(api.get("api/answers/" + answerId).body()).doesNotContain("%PDF");
    assertThat(api.get("api/signatures/published-answers/999999999").status()).isEqualTo(404);

    // a wrong key is answered like an unknown code, and so is a petition without a signed answer
    Reply wrongKey =
        api.get("api/petitions/" + code + "/signed-answer/summary", "X-Access-Key", "WRONG-KEY-1");
    assertThat(wrongKey.status()).isEqualTo(404);
    assertThat(wrongKey.json().getString("type")).isEqualTo("urn:pakn:problem:petition-not-found");
    assertThat(download(code, null).statusCode()).isEqualTo(404);
  }

  /**
   * The citizen's journey in Chromium: the follow page offers the signed answer, the download is a
   * real file, and the verification page confirms it in Vietnamese.
   */
  @Test
  void theSenderDownloadsTheSignedAnswerAndVerifiesItInTheBrowser() throws Exception {
    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String code = filed.json().getString("trackingCode");
    String key = filed.json().getString("accessKey");
    answeredAtTheDepartmentOfJustice(code, "Sở Tư pháp đã giải quyết phản ánh của ông/bà.");
    String number =
        api.get("api/petitions/" + code + "/signed-answer/summary", "X-Access-Key", key)
            .json()
            .getString("documentNumber");

    java.nio.file.Path downloads = java.nio.file.Files.createDirectories(folder.resolve("dl"));
    try (var browser = vn.pakn.pages.Browser.open()) {
      var driver = browser.driver;
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
      driver.get(base + "theo-doi.html?code=" + code + "#key=" + key);
      var box =
          browser.wait.until(
              org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                  org.openqa.selenium.By.id("signed-answer")));
      assertThat(box.getText()).contains(number).contains("Văn bản trả lời có ký số");
      browser.screenshot("signed-answer-follow");
      driver.findElement(org.openqa.selenium.By.id("signed-answer-download")).click();
      java.nio.file.Path file = downloads.resolve("tra-loi-" + code + ".pdf");
      vn.pakn.testing.Await.until(
          "signed answer downloaded",
          Duration.ofSeconds(10),
          () -> java.nio.file.Files.isRegularFile(file) && file.toFile().length() > 0);
      assertThat(sha256(java.nio.file.Files.readAllBytes(file)))
          .isEqualTo(sha256(download(code, key).body()));

      driver.get(base + "xac-thuc.html");
      driver
          .findElement(org.openqa.selenium.By.id("document"))
          .sendKeys(file.toAbsolutePath().toString());
      driver.findElement(org.openqa.selenium.By.id("verify")).click();
      var title =
          browser.wait.until(
              org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                  org.openqa.selenium.By.id("result-title")));
      assertThat(title.getText()).isEqualTo("Chữ ký số hợp lệ");
      assertThat(driver.findElement(org.openqa.selenium.By.id("result-signatures")).getText())
          .contains("Nguyễn Văn Lãnh Đạo")
          .contains("Sở Tư pháp tỉnh Sơn La");
      browser.screenshot("signed-answer-verified");
      assertThat(browser.pageErrors(java.util.regex.Pattern.compile("(?s).*404.*"))).isEmpty();
    }
  }

  @Test
  void changedUntrustedExpiredRevokedAndUnsignedDocumentsAreNotValid() throws Exception {
    TestPki pki = TestPki.forContainers();
    byte[] good = sign(pki, pki.valid, true, Instant.now());
    assertThat(verdict(good)).isEqualTo("VALID");
    assertThat(verdict(HostilePdfs.oneByteChanged(good))).isEqualTo("CHANGED");
    assertThat(verdict(HostilePdfs.contentAddedAfterSigning(good))).isEqualTo("CHANGED");
    assertThat(verdict(sign(pki, pki.unknownSigner, true, Instant.now())))
        .isEqualTo("CANNOT_CONFIRM");
    assertThat(verdict(sign(pki, pki.expired, false, Instant.now().minus(Duration.ofDays(60)))))
        .isEqualTo("INVALID");
    assertThat(verdict(sign(pki, pki.revoked, true, Instant.now()))).isEqualTo("INVALID");
    assertThat(verdict(new LetterRenderer().render(letter()))).isEqualTo("NO_SIGNATURE");
    assertThat(verdict(HostilePdfs.javascript())).isEqualTo("NO_SIGNATURE");
  }

  @Test
  void hostileDocumentsGetAClearProblemNeverA500() throws Exception {
    TestPki pki = TestPki.forContainers();
    byte[] good = sign(pki, pki.valid, true, Instant.now());

    Reply truncated = validate(HostilePdfs.truncated(good), "vi");
    assertThat(truncated.status()).as(truncated.toString()).isIn(200, 422);
    if (truncated.status() == 200) {
      assertThat(truncated.json().getString("verdict")).isNotEqualTo("VALID");
    } else {
      assertThat(truncated.header("Content-Type")).startsWith("application/problem+json");
    }

    Reply recursive = validate(HostilePdfs.recursive(), "en");
    assertThat(recursive.status()).as(recursive.toString()).isIn(200, 422);
    if (recursive.status() == 200) {
      assertThat(recursive.json().getString("verdict")).isNotEqualTo("VALID");
    }

    Reply notPdf = validate("<html>không phải PDF</html>".getBytes(), "vi");
    assertThat(notPdf.status()).isEqualTo(422);
    assertThat(notPdf.json().getString("type")).isEqualTo("urn:pakn:problem:not-a-pdf");
    assertThat(notPdf.json().getString("title")).isEqualTo("Tệp không phải PDF");

    // 100 MB announced: refused before the body is read
    String answer = upload(100L * 1024 * 1024, 64 * 1024);
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");

    // over this endpoint's own limit (20 MB), under the request limit of the API
    String overLimit = upload(21L * 1024 * 1024, 64 * 1024);
    assertThat(overLimit).startsWith("HTTP/1.1 413");
    assertThat(overLimit).containsIgnoringCase("Content-Type: application/problem+json");

    Reply empty = validate(new byte[0], "vi");
    assertThat(empty.status()).isEqualTo(422);

    // the service still answers after all that
    assertThat(verdict(good)).isEqualTo("VALID");
  }

  /**
   * Sends a request announcing {@code length} bytes of a "PDF" and {@code send} bytes of it over a
   * plain socket (the server may answer and close before the client is done: a refusal is what is
   * tested), then reads the head of what came back.
   */
  private String upload(long length, long send) throws Exception {
    try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      var out = socket.getOutputStream();
      try {
        out.write(
            ("POST "
                    + base.getPath()
                    + "api/signatures/validation HTTP/1.1\r\n"
                    + "Host: "
                    + base.getHost()
                    + ":"
                    + base.getPort()
                    + "\r\n"
                    + "Content-Type: application/pdf\r\n"
                    + "Accept-Language: en\r\n"
                    + "Content-Length: "
                    + length
                    + "\r\n\r\n%PDF-1.7\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        byte[] chunk = new byte[64 * 1024];
        for (long sent = 9; sent < send; sent += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, send - sent));
        }
        out.flush();
      } catch (java.io.IOException closedByTheServer) {
        // the answer is already on its way
      }
      byte[] head = new byte[4096];
      int read = 0;
      var in = socket.getInputStream();
      for (int n; read < head.length && (n = in.read(head, read, head.length - read)) > 0; ) {
        read += n;
        if (new String(head, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("\r\n\r\n")) {
          break;
        }
      }
      return new String(head, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }

  private String verdict(byte[] pdf) {
    Reply reply = validate(pdf, "vi");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getString("verdict");
  }

  private Reply validate(byte[] pdf, String language) {
    return api.postBytes(
        "api/signatures/validation", "application/pdf", pdf, "Accept-Language", language);
  }

  private byte[] sign(TestPki pki, TestPki.Issued signer, boolean timestamp, Instant at) {
    var key =
        new KeystoreSigningKey(
            pki.keystore(signer, folder.resolve(System.nanoTime() + ".p12")),
            TestPki.PASSWORD.toCharArray(),
            null);
    return new PadesSigning(
            timestamp ? Optional.of(pki.tsaUrl()) : Optional.empty(),
            false,
            List.of(),
            Duration.ofSeconds(5))
        .sign(new LetterRenderer().render(letter()), key, "Người ký", "Thử", "Sơn La", at);
  }

  private static AnswerLetter letter() {
    return new AnswerLetter(
        "Ủy ban nhân dân tỉnh Sơn La",
        "Sở Tư pháp",
        "9/SL-STP-PAKN",
        "Sơn La",
        java.time.LocalDate.now(),
        "trả lời phản ánh, kiến nghị",
        "Ông Nguyễn Văn A",
        "Nội dung trả lời.",
        "Giám đốc",
        "Nguyễn Văn Lãnh Đạo",
        "PAKN-2026-000001-A");
  }

  private HttpResponse<byte[]> download(String code, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri("api/petitions/" + code + "/signed-answer"))
            .header("Accept", "application/pdf")
            .GET();
    if (key != null) {
      request.header("X-Access-Key", key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private void answeredAtTheDepartmentOfJustice(String code, String answer) {
    ok(act("receiver", code, "CLASSIFY", fields("withinCompetence", false)));
    ok(act("receiver", code, "TRANSFER", fields("toAgency", "SL-STP", "reason", "Hộ tịch")));
    ok(act("stp.receiver", code, "CLASSIFY", fields("withinCompetence", true)));
    ok(act("stp.receiver", code, "ACCEPT", fields()));
    ok(act("stp.leader", code, "ASSIGN", fields("handler", "stp.handler")));
    ok(act("stp.handler", code, "START", fields()));
    ok(act("stp.handler", code, "DRAFT_ANSWER", fields("text", answer)));
    ok(act("stp.leader", code, "APPROVE_ANSWER", fields()));
    ok(act("stp.handler", code, "SEND_ANSWER", fields()));
  }

  private Reply act(String account, String code, String action, JsonObject fields) {
    JsonObjectBuilder step =
        Json.createObjectBuilder(fields)
            .add("action", action)
            .add(
                "version",
                Sql.number("select version from petition where tracking_code = ?", code));
    return api.postJson("api/inbox/" + code + "/actions", step.build().toString(), bearer(account));
  }

  private String[] bearer(String account) {
    return new String[] {
      "Authorization", "Bearer " + TOKENS.computeIfAbsent(account, this::signIn)
    };
  }

  private String signIn(String account) {
    Reply reply =
        api.postJson("api/tokens", "{\"username\":\"" + account + "\",\"password\":\"demo\"}");
    assertThat(reply.status()).as(account + ": " + reply).isEqualTo(201);
    return reply.json().getString("token");
  }

  private static void ok(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  static JsonObject fields(Object... pairs) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] instanceof Boolean v) {
        b.add((String) pairs[i], v);
      } else {
        b.add((String) pairs[i], String.valueOf(pairs[i + 1]));
      }
    }
    return b.build();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
