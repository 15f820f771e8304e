package vn.pakn.petitions.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Part;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.DatabaseTrace;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.RawHttp;
import vn.pakn.testing.TestDatabase;

/**
 * The petition intake contract, from outside, on real PostgreSQL: filing, following, and every kind
 * of bad input, each answered with a problem that names the field and leaves no row behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PetitionsIT {

  private static final String TRACKING_CODE = "PAKN-\\d{4}-\\d{6}-[A-Z]";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  // --- filing and following -------------------------------------------------------------------

  @Test
  void aFiledPetitionIsAcknowledgedWithCodeAndKeyAndCanBeFollowed() throws SQLException {
    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString());

    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    JsonObject receipt = filed.json();
    String code = receipt.getString("trackingCode");
    String key = receipt.getString("accessKey");
    assertThat(code).matches(TRACKING_CODE);
    assertThat(key).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(receipt.getString("status")).isEqualTo("RECEIVED");
    assertThat(filed.header("Location")).endsWith("/api/petitions/" + code);

    Reply followed = api.get("api/petitions/" + code, "X-Access-Key", key);
    assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
    JsonObject view = followed.json();
    assertThat(view.getString("trackingCode")).isEqualTo(code);
    assertThat(view.getString("status")).isEqualTo("RECEIVED");
    assertThat(view.getJsonArray("timeline")).hasSize(1);
    assertThat(view.getJsonArray("timeline").getJsonObject(0).getString("type"))
        .isEqualTo("RECEIVED");
    assertThat(followed.header("Cache-Control")).contains("no-store");

    // typed as people type it: lower case, key without hyphens, in the query
    Reply typed =
        api.get(
            "api/petitions/"
                + code.toLowerCase()
                + "?accessKey="
                + key.replace("-", "").toLowerCase());
    assertThat(typed.status()).as(typed.toString()).isEqualTo(200);

    try (var c = TestDatabase.dataSource().getConnection();
        var s =
            c.prepareStatement(
                "select access_key_hash, status from petition where tracking_code = ?")) {
      s.setString(1, code);
      try (var rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).doesNotContain(key).hasSize(64);
        assertThat(rows.getString(2)).isEqualTo("RECEIVED");
      }
    }
  }

  @Test
  void aWrongOrMissingKeyLooksExactlyLikeAnUnknownCode() {
    JsonObject receipt = api.postJson("api/petitions", PetitionJson.valid().toString()).json();
    String code = receipt.getString("trackingCode");

    Reply wrongKey = api.get("api/petitions/" + code, "X-Access-Key", "AAAA-BBBB-CCCC");
    Reply noKey = api.get("api/petitions/" + code);
    Reply unknown = api.get("api/petitions/PAKN-2026-999999-A", "X-Access-Key", "AAAA-BBBB-CCCC");
    Reply garbage = api.get("api/petitions/not-a-code", "X-Access-Key", "x");

    for (Reply reply : List.of(wrongKey, noKey, unknown, garbage)) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.json().getString("type")).isEqualTo("urn:pakn:problem:petition-not-found");
    }
  }

  @Test
  void textIsStoredAsTypedInUnicodeNfcAndHtmlIsNotInterpreted() {
    String script = "Nội dung <script>alert('x')</script> & <b>đậm</b> được giữ nguyên";
    String decomposed = Normalizer.normalize("Thủ tục cấp phép xây dựng", Normalizer.Form.NFD);
    JsonObject receipt =
        api.postJson(
                "api/petitions",
                PetitionJson.edit(
                        PetitionJson.valid(),
                        b -> b.add("content", script).add("title", decomposed))
                    .toString())
            .json();

    JsonObject view =
        api.get(
                "api/petitions/" + receipt.getString("trackingCode"),
                "X-Access-Key",
                receipt.getString("accessKey"))
            .json();
    assertThat(view.getString("content")).isEqualTo(script);
    assertThat(view.getString("title"))
        .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
  }

  @Test
  void attachmentsOfEveryAllowedTypeAreStoredWithThePetition() throws IOException {
    Reply filed =
        api.postMultipart(
            "api/petitions",
            List.of(
                Part.json("petition", PetitionJson.valid().toString()),
                Part.file("giấy tờ.pdf", "application/pdf", pdf()),
                Part.file("ảnh.JPG", "image/jpeg", jpeg()),
                Part.file("sơ đồ.png", "image/png", png()),
                Part.file("đơn.docx", "application/octet-stream", docx())));

    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    JsonObject view =
        api.get(
                "api/petitions/" + filed.json().getString("trackingCode"),
                "X-Access-Key",
                filed.json().getString("accessKey"))
            .json();
    assertThat(
            view.getJsonArray("attachments").stream()
                .map(a -> a.asJsonObject().getString("mediaType")))
        .containsExactly(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(view.getJsonArray("attachments").getJsonObject(0).getString("fileName"))
        .isEqualTo("giấy tờ.pdf");
  }

  @Test
  void fieldsAndKindsAreListedInTheCallersLanguage() {
    Reply vi = api.get("api/fields");
    Reply en = api.get("api/fields", "Accept-Language", "en-GB,en;q=0.9");
    assertThat(vi.status()).isEqualTo(200);
    assertThat(vi.body()).contains("{\"code\":\"TPHT\",\"name\":\"Tư pháp – Hộ tịch\"}");
    assertThat(en.body()).contains("{\"code\":\"TPHT\",\"name\":\"Justice and Civil Status\"}");

    Reply kinds = api.get("api/petition-kinds");
    assertThat(kinds.body()).contains("CONDUCT", "REGULATION_CONTENT", "PROPOSAL", "HARASSMENT");
  }

  // --- bad input: a clear problem, the field named, nothing stored ----------------------------

  @Test
  void missingBlankAndMistypedFieldsAreEachNamed() {
    Map<String, JsonObject> cases = new java.util.LinkedHashMap<>();
    cases.put("sender", PetitionJson.with("sender", (JsonValue) null));
    cases.put("sender.type", PetitionJson.withSender("type", (JsonValue) null));
    cases.put("sender.name", PetitionJson.withSender("name", "   "));
    cases.put("sender.address", PetitionJson.withSender("address", (JsonValue) null));
    cases.put(
        "sender.phone",
        PetitionJson.withSender("phone", (JsonValue) null)); // neither phone nor mailing address
    cases.put("kind", PetitionJson.with("kind", (JsonValue) null));
    cases.put("field", PetitionJson.with("field", (JsonValue) null));
    cases.put("procedure", PetitionJson.with("procedure", (JsonValue) null));
    cases.put("title", PetitionJson.with("title", Json.createValue(123)));
    cases.put("content", PetitionJson.with("content", " \n\t\u3000\u00A0 "));
    cases.put("publishName", PetitionJson.with("publishName", "yes"));
    cases.put("kind ", PetitionJson.with("kind", "COMPLAINT"));
    cases.put("subKind", PetitionJson.with("subKind", "NEW_REGULATION"));
    cases.put("field ", PetitionJson.with("field", "NOPE"));
    cases.put("field  ", PetitionJson.with("field", "<b>x</b>"));
    cases.put("sender.phone ", PetitionJson.withSender("phone", "12345"));
    cases.put("sender.email", PetitionJson.withSender("email", "not an email"));
    cases.put("sender.taxCode", PetitionJson.withSender("taxCode", "12AB"));
    cases.put("title ", PetitionJson.with("title", "x".repeat(251)));
    cases.put("title  ", PetitionJson.with("title", "Tiêu đề\u0007 có chuông"));
    cases.put("sender.name ", PetitionJson.withSender("name", "Nguy\u200Bễn Văn A"));
    cases.put("content ", PetitionJson.with("content", "Nội dung\u202Eđảo chiều văn bản"));
    cases.put("sender ", PetitionJson.with("sender", "Nguyễn Văn A"));

    cases.forEach(
        (field, body) ->
            assertRefused(
                () -> api.postJson("api/petitions", body.toString()), 400, field.strip()));
  }

  @Test
  void brokenBodiesAreRefused() {
    assertRefused(() -> api.postJson("api/petitions", "{\"sender\": {"), 400, "body");
    assertRefused(() -> api.postJson("api/petitions", "[1, 2]"), 400, "body");
    assertRefused(() -> api.postJson("api/petitions", ""), 400, "body");
    byte[] invalidUtf8 =
        PetitionJson.valid().toString().replace("Hoa", "H\u0000a").getBytes(StandardCharsets.UTF_8);
    invalidUtf8[indexOf(invalidUtf8, (byte) 0)] = (byte) 0xC3; // a lead byte with no continuation
    assertRefused(
        () -> api.postBytes("api/petitions", "application/json", invalidUtf8), 400, "body");
    assertRefused(
        () ->
            api.postBytes(
                "api/petitions",
                "application/json; charset=ISO-8859-1",
                PetitionJson.valid().toString().getBytes(StandardCharsets.ISO_8859_1)),
        415,
        null);
    assertRefused(
        () ->
            api.postBytes("api/petitions", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)),
        415,
        null);
  }

  @Test
  void bodiesOverTheLimitAreRefusedWhetherTheirLengthIsDeclaredOrNot() throws Exception {
    String huge =
        PetitionJson.with("content", "Nội dung rất dài. ".repeat(300_000 / 10)).toString();
    assertRefused(() -> api.postJson("api/petitions", huge), 413, null);

    // chunked: no Content-Length, the limit is found while reading
    byte[] tooMuch = new byte[60 * 1024 * 1024];
    var chunked =
        HttpRequest.newBuilder(api.uri("api/petitions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooMuch)))
            .build();
    var before = DatabaseTrace.counts();
    int status;
    try {
      status =
          HttpClient.newHttpClient()
              .send(chunked, HttpResponse.BodyHandlers.ofString())
              .statusCode();
    } catch (IOException connectionClosedEarly) {
      status = 413; // the server may close the connection while the client still writes
    }
    assertThat(status).isIn(400, 413);
    assertThat(DatabaseTrace.counts()).isEqualTo(before);
  }

  @Test
  void badAttachmentsRefuseTheWholePetition() throws IOException {
    String petition = PetitionJson.valid().toString();
    List<Part> six = new ArrayList<>();
    six.add(Part.json("petition", petition));
    for (int i = 0; i < 6; i++) {
      six.add(Part.file("tệp" + i + ".pdf", "application/pdf", pdf()));
    }
    assertRefused(() -> api.postMultipart("api/petitions", six), 400, "attachments");

    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(pdf(), 0, big, 0, pdf().length);
    assertRefused(
        () ->
            api.postMultipart(
                "api/petitions",
                List.of(
                    Part.json("petition", petition), Part.file("lớn.pdf", "application/pdf", big))),
        413,
        "attachments[0]");

    Map<String, Part> refused = new java.util.LinkedHashMap<>();
    refused.put("a PNG that is text", Part.file("ảnh.png", "image/png", "not an image".getBytes()));
    refused.put("a PDF that is a PNG", Part.file("đơn.pdf", "application/pdf", png()));
    refused.put("a ZIP posing as DOCX", Part.file("đơn.docx", "application/zip", zip("a.txt")));
    refused.put("an executable", Part.file("setup.exe", "application/octet-stream", pdf()));
    refused.put("no extension", Part.file("README", "application/pdf", pdf()));
    refused.put("an empty file", Part.file("rỗng.pdf", "application/pdf", new byte[0]));
    refused.put("a path", Part.file("../../etc/passwd.pdf", "application/pdf", pdf()));
    refused.put("a Windows path", Part.file("C:\\Windows\\x.pdf", "application/pdf", pdf()));
    refused.put("a hidden name", Part.file(".htaccess.pdf", "application/pdf", pdf()));
    refused.put("a control character", Part.file("a\u0001b.pdf", "application/pdf", pdf()));
    refused.forEach(
        (why, file) ->
            assertRefused(
                () ->
                    api.postMultipart(
                        "api/petitions",
                        List.of(
                            Part.json("petition", petition),
                            Part.file("tốt.pdf", "application/pdf", pdf()),
                            file)),
                400,
                "attachments[1]"));

    assertRefused(
        () ->
            api.postMultipart(
                "api/petitions", List.of(Part.file("a.pdf", "application/pdf", pdf()))),
        400,
        "petition");
  }

  @Test
  void otherChannelsNeedAReceivingOfficer() {
    assertRefused(
        () -> api.postJson("api/petitions", PetitionJson.with("channel", "LETTER").toString()),
        403,
        null);
  }

  @Test
  void problemsSpeakTheCallersLanguageAndCarryTheCorrelationId() {
    Reply en =
        api.postJson(
            "api/petitions",
            PetitionJson.withSender("name", (JsonValue) null).toString(),
            "Accept-Language",
            "en",
            "X-Correlation-Id",
            "partner-request-0001");
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.json().getString("title")).isEqualTo("Some of what you sent is not valid");
    assertThat(en.json().getJsonArray("violations").getJsonObject(0).getString("message"))
        .isEqualTo("This field is required.");
    assertThat(en.json().getString("correlationId")).isEqualTo("partner-request-0001");
    assertThat(en.header("X-Correlation-Id")).isEqualTo("partner-request-0001");

    Reply vi =
        api.postJson("api/petitions", PetitionJson.withSender("name", (JsonValue) null).toString());
    assertThat(vi.json().getString("title")).isEqualTo("Thông tin gửi lên chưa hợp lệ");

    Reply unknownPath = api.get("api/no-such-thing");
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(unknownPath.header("Content-Type")).startsWith("application/problem+json");
  }

  // --- hostile input: every kind answered as a problem, nothing stored ------------------------

  @Test
  void deepNestingAnywhereIsRefusedAndNamed() {
    String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertRefused(() -> api.postJson("api/petitions", deepArrays), 400, "body");
    assertRefused(() -> api.postJson("api/petitions", deepObjects), 400, "a");
    assertRefused(
        () -> api.postJson("api/petitions", replacing("content", deepArrays)), 400, "content");
    assertRefused(
        () -> api.postJson("api/petitions", appending("unknownProperty", deepObjects)),
        400,
        "unknownProperty");
  }

  @Test
  void aHugeNumberIsRefusedAndNamed() {
    String huge = "9".repeat(100_000);
    assertRefused(() -> api.postJson("api/petitions", appending("extra", huge)), 400, "extra");
    assertRefused(
        () -> api.postJson("api/petitions", replacing("publishName", huge)), 400, "publishName");
    assertRefused(
        () -> api.postJson("api/petitions", appending("extra", "1e999999999")), 400, "extra");
  }

  @Test
  void aDuplicatedKeyOrAnythingAfterTheObjectIsRefused() {
    String valid = PetitionJson.valid().toString();
    assertRefused(
        () -> api.postJson("api/petitions", appending("kind", "\"PROPOSAL\"")), 400, "kind");
    assertRefused(
        () ->
            api.postJson(
                "api/petitions",
                valid.replace(
                    "\"type\":\"PERSON\"", "\"type\":\"PERSON\",\"type\":\"ORGANISATION\"")),
        400,
        "sender.type");
    assertRefused(() -> api.postJson("api/petitions", valid + valid), 400, "body");
    assertRefused(() -> api.postJson("api/petitions", valid + " garbage"), 400, "body");
    assertRefused(() -> api.postJson("api/petitions", valid + "]"), 400, "body");
  }

  @Test
  void aBodyWithoutExactlyOneContentTypeIsRefused() {
    byte[] valid = PetitionJson.valid().toString().getBytes(StandardCharsets.UTF_8);
    assertRefused(
        () ->
            api.send(
                HttpRequest.newBuilder(api.uri("api/petitions"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(valid))),
        415,
        "Content-Type");
    assertRefused(() -> api.postBytes("api/petitions", "", valid), 415, "Content-Type");
    assertRefused(
        () ->
            api.send(
                HttpRequest.newBuilder(api.uri("api/petitions"))
                    .header("Content-Type", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(valid))),
        415,
        "Content-Type");
    assertRefused(
        () -> api.postBytes("api/petitions", "application/json, text/plain", valid),
        415,
        "Content-Type");
    assertRefused(() -> api.postBytes("api/petitions", "json", valid), 415, "Content-Type");
  }

  @Test
  void whatTheContainerAnswersByItselfIsAProblemToo() {
    String api = base.getPath() + "api/petitions";
    String valid = PetitionJson.valid().toString();
    List<RawHttp.Answer> answers = new ArrayList<>();
    var before = DatabaseTrace.counts();
    answers.add(raw("GET " + base.getPath().toUpperCase() + "API/PETITIONS HTTP/1.1", ""));
    answers.add(
        raw("POST " + api.toUpperCase() + " HTTP/1.1\r\nContent-Type: application/json", valid));
    answers.add(raw("GET " + base.getPath() + "no-such-page.html HTTP/1.1", ""));
    answers.add(raw("FOO " + api + " HTTP/1.1", ""));
    answers.add(raw("DELETE " + api + " HTTP/1.1", ""));
    answers.add(
        raw("PUT " + base.getPath() + "index.html HTTP/1.1\r\nContent-Type: text/html", "x"));
    answers.add(raw("POST " + api + " HTTP/1.1\r\nContent-Type: application/json/x", valid));
    for (int i = 0; i < answers.size(); i++) {
      RawHttp.Answer answer = answers.get(i);
      String as = "request " + i + ": " + answer;
      assertThat(answer.status()).as(as).isBetween(400, 599);
      assertThat(answer.status()).as(as).isNotEqualTo(500);
      assertThat(answer.header("Content-Type")).as(as).startsWith("application/problem+json");
      JsonObject problem = Json.createReader(new java.io.StringReader(answer.body())).readObject();
      assertThat(problem.getString("type")).startsWith("urn:pakn:problem:");
      assertThat(problem.getInt("status")).isEqualTo(answer.status());
      assertThat(problem.getString("correlationId")).isNotBlank();
      assertThat(answer.body()).doesNotContain("Exception", "vn.pakn", "Payara", "<html");
    }
    assertThat(answers.get(0).status()).isEqualTo(404);
    assertThat(answers.get(3).status()).isIn(405, 501);
    assertThat(answers.get(4).status()).isEqualTo(405);
    assertThat(DatabaseTrace.counts()).as("rows after refused requests").isEqualTo(before);

    // Refused by the HTTP server before any application code runs (raw UTF-8 bytes in a header
    // field, a media type it cannot parse, a GET with a body): a bare 400 without a body and a
    // closed connection;
    // never a page, never stored. A proxy in front answers these itself (docs/reliability.md).
    for (String head :
        List.of(
            "POST " + api + " HTTP/1.1\r\nContent-Type: application/json\r\nX-Note: Phản ánh",
            "POST " + api + " HTTP/1.1\r\nContent-Type: application/json\r\nAccept-Language: tiếng",
            "POST " + api + " HTTP/1.1\r\nContent-Type: application/json;;;=",
            "GET " + api + " HTTP/1.1\r\nContent-Type: application/json")) {
      RawHttp.Answer parser = raw(head, valid);
      assertThat(parser.status()).as(head + " " + parser).isBetween(400, 415);
      assertThat(parser.body()).as(parser.toString()).doesNotContain("<", "Payara", "Exception");
      if (!parser.body().isEmpty()) {
        assertThat(parser.header("Content-Type")).startsWith("application/problem+json");
      }
    }
    assertThat(DatabaseTrace.counts()).as("rows after refused requests").isEqualTo(before);

    RawHttp.Answer english =
        raw("GET " + base.getPath() + "API/PETITIONS HTTP/1.1\r\nAccept-Language: en", "");
    assertThat(english.body()).contains("\"title\":\"Not found\"");
  }

  @Test
  void contentMadeOfInvisibleCharactersIsMissing() {
    Map<String, String> blanks = new java.util.LinkedHashMap<>();
    blanks.put("Hangul filler", "\u3164".repeat(30));
    blanks.put("Braille blank", "\u2800".repeat(30));
    blanks.put("Mongolian vowel separator", "\u180E".repeat(30));
    blanks.put("combining marks without a letter", "\u0301\u0300\u0303\u0309\u0323".repeat(6));
    blanks.put("all of them", " \u3164\u2800\u0301 ".repeat(10));
    blanks.forEach(
        (why, content) ->
            assertRefused(
                () ->
                    api.postJson("api/petitions", PetitionJson.with("content", content).toString()),
                400,
                "content"));
    assertRefused(
        () ->
            api.postJson(
                "api/petitions", PetitionJson.with("title", "\u3164".repeat(10)).toString()),
        400,
        "title");
  }

  @Test
  void codesMustBeSentExactlyAsListed() {
    assertRefused(
        () -> api.postJson("api/petitions", PetitionJson.withSender("type", " PERSON").toString()),
        400,
        "sender.type");
    assertRefused(
        () -> api.postJson("api/petitions", PetitionJson.with("kind", "PROPOSAL ").toString()),
        400,
        "kind");
    assertRefused(
        () -> api.postJson("api/petitions", PetitionJson.with("kind", "conduct").toString()),
        400,
        "kind");
  }

  @Test
  void theTaxCodeMustFitTheSender() {
    JsonObject organisation =
        PetitionJson.with(
            "sender",
            PetitionJson.edit(
                PetitionJson.valid().getJsonObject("sender"),
                b -> b.add("type", "ORGANISATION").add("taxCode", "001203012345")));
    assertRefused(
        () -> api.postJson("api/petitions", organisation.toString()), 400, "sender.taxCode");
    assertRefused(
        () ->
            api.postJson(
                "api/petitions", PetitionJson.withSender("taxCode", "0101234567").toString()),
        400,
        "sender.taxCode");
    JsonObject branch =
        PetitionJson.with(
            "sender",
            PetitionJson.edit(
                PetitionJson.valid().getJsonObject("sender"),
                b -> b.add("type", "ORGANISATION").add("taxCode", "0101234567-001")));
    assertThat(api.postJson("api/petitions", branch.toString()).status()).isEqualTo(201);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    Reply signIn = api.postJson("api/session", "{\"username\":\"receiver\",\"password\":\"demo\"}");
    assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
    String cookie = signIn.header("Set-Cookie");
    assertThat(cookie).as(signIn.toString()).isNotNull();
    assertThat(cookie.toLowerCase()).contains("httponly", "samesite=lax");
    assertThat(cookie.toLowerCase()).doesNotContain("secure"); // pakn.session.secureCookie=false
  }

  @Test
  void pagesAndAnswersCarryTheSecurityHeaders() {
    for (Reply reply :
        List.of(
            api.get(""),
            api.get("gui-phan-anh.html"),
            api.get("api/fields"),
            api.get("api/no-such-thing"),
            api.get("NO-SUCH-PAGE"))) {
      assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).isEqualTo("nosniff");
      assertThat(reply.header("Content-Security-Policy"))
          .as(reply.toString())
          .contains("default-src 'self'", "frame-ancestors 'none'");
      assertThat(reply.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
      assertThat(reply.header("Permissions-Policy")).contains("camera=()");
    }
  }

  // --- operations --------------------------------------------------------------------------------

  @Test
  void readinessAndOpenApiAreServed() {
    Reply ready = api.get("health/ready");
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\":\"UP\"");

    Reply openapi = api.get("openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/petitions", "/api/fields");
  }

  // --- helpers

  /** The valid petition with a member's value replaced by raw JSON text. */
  private static String replacing(String member, String rawJson) {
    String rest = PetitionJson.edit(PetitionJson.valid(), b -> b.remove(member)).toString();
    return "{\"" + member + "\":" + rawJson + "," + rest.substring(1);
  }

  /** The valid petition with one more member of raw JSON text at its end. */
  private static String appending(String member, String rawJson) {
    String valid = PetitionJson.valid().toString();
    return valid.substring(0, valid.length() - 1) + ",\"" + member + "\":" + rawJson + "}";
  }

  private RawHttp.Answer raw(String head, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return RawHttp.send(
        base,
        head
            + "\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nConnection: close"
            + (bytes.length > 0 ? "\r\nContent-Length: " + bytes.length : ""),
        bytes);
  }

  // -------------------------------------------------------------------------------------

  private static void assertRefused(
      java.util.function.Supplier<Reply> request, int status, String field) {
    var before = DatabaseTrace.counts();
    Reply reply = request.get();
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getString("type")).startsWith("urn:pakn:problem:");
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("correlationId")).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception", "vn.pakn", "at org.");
    if (field != null) {
      assertThat(reply.violatedFields()).as(reply.toString()).contains(field);
    }
    assertThat(DatabaseTrace.counts()).as("rows after a refused request").isEqualTo(before);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] jpeg() {
    return new byte[] {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'
    };
  }

  static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  }

  static byte[] docx() throws IOException {
    return zip("[Content_Types].xml", "word/document.xml");
  }

  static byte[] zip(String... names) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
