package vn.pakn.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.pakn.pages.Browser;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestDatabase;
import vn.pakn.testing.TestMailServer;

/**
 * Publication and search from outside, on real PostgreSQL with the demo province: a leader
 * publishes a redacted answer and it is found within 2 s with and without diacritics, by
 * abbreviation and by citation; personal data never reaches the public copy or the API; a
 * withdrawal removes it; a deleted or damaged index is rebuilt with the database's count; hostile
 * queries and parameters are problems, never 500s; the search page works on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswersIT {

  static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  /** What a petition may carry that must never be public (domain brief §5). */
  static final String PII_CONTENT =
      "Tôi là Nguyễn Thị Hoa, ở Tổ 5, thị trấn Phù Yên, tỉnh Sơn La, điện thoại 0912 345 678,"
          + " số khác 0987.654.321 hoặc +84 913 222 333, thư hoa@example.vn, CCCD số 001203004567,"
          + " CMND 123456789, mã số thuế 0101234567, số tài khoản 1903 4567 8910 12 tại"
          + " Techcombank, xe máy biển số 29A-123.45. Hồ sơ nuôi ong mật của tôi nộp tại UBND xã"
          + " đã quá hạn, thủ tục hành chính này chậm.";

  static final List<String> PII =
      List.of(
          "Nguyễn Thị Hoa",
          "Tổ 5",
          "0912 345 678",
          "0987.654.321",
          "+84 913 222 333",
          "hoa@example.vn",
          "001203004567",
          "123456789",
          "0101234567",
          "1903 4567 8910 12",
          "29A-123.45",
          "Trần Văn Bình");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
    Await.until("the search index", Duration.ofSeconds(60), () -> indexReady());
  }

  // --- publishing and finding -------------------------------------------------------------------

  @Test
  void aPublishedAnswerIsFoundWithinTwoSecondsWithoutDiacriticsByAbbreviationAndCitation() {
    String code =
        answered(
            PII_CONTENT,
            "Theo Nghị định 20/2008/NĐ-CP, thủ tục hành chính cấp phép nuôi ong mật được giải"
                + " quyết trong 05 ngày làm việc. Ông Trần Văn Bình, công chức xã, đã được nhắc"
                + " nhở.");
    JsonObject proposal = propose(code, List.of("Trần Văn Bình"));
    long before = System.nanoTime();
    Reply published = publish(code, proposal, List.of("Trần Văn Bình"), List.of());
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    String id = String.valueOf(published.json().getJsonNumber("id").longValue());

    Await.until("published answer searchable", Duration.ofSeconds(2), () -> finds("ong mật", id));
    long millis = (System.nanoTime() - before) / 1_000_000;
    assertThat(millis).as("publish → searchable").isLessThan(2000);

    assertThat(finds("nuoi ong mat", id)).as("without diacritics").isTrue();
    assertThat(finds("NUÔI ONG", id)).as("upper case").isTrue();
    assertThat(finds("TTHC ong", id)).as("abbreviation of thủ tục hành chính").isTrue();
    assertThat(finds("20/2008/NĐ-CP ong", id)).as("citation as written").isTrue();
    assertThat(finds("nghi dinh 20 ong mat", id)).as("citation by its number").isTrue();

    JsonObject page = api.get("api/answers/" + id).json();
    assertThat(page.getString("title")).isNotBlank();
    assertThat(page.getString("url")).isEqualTo("tra-loi.html?id=" + id);
    assertThat(page.containsKey("senderName") && !page.isNull("senderName")).isFalse();

    // the sender is told, with the public address
    Await.until(
        "answer-published mail",
        Duration.ofSeconds(5),
        () ->
            Sql.number(
                    "select count(*) from mail_outbox m join petition p on p.id = m.petition_id"
                        + " where p.tracking_code = ? and m.template = 'answer-published'"
                        + " and m.variables like ?",
                    code,
                    "%tra-loi.html?id=" + id + "%")
                == 1);
    Await.until(
        "answer-published mail delivered",
        Duration.ofSeconds(60),
        () ->
            TestMailServer.to("hoa@example.vn").stream()
                .anyMatch(
                    m -> {
                      try {
                        return m.getSubject()
                            .equals(
                                "Câu trả lời phản ánh, kiến nghị " + code + " đã được công khai");
                      } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                      }
                    }));
    // audit: who and when
    assertThat(
            Sql.number(
                "select count(*) from publication_change where answer_id = ? and changed_by ="
                    + " 'leader' and change = 'PUBLISHED'",
                Long.parseLong(id)))
        .isEqualTo(1);
  }

  @Test
  void personalDataNeverReachesThePublicCopyTheApiOrTheIndex() {
    String code =
        answered(
            PII_CONTENT,
            "UBND xã đã liên hệ bà Hoa theo số 0912 345 678 và ông Trần Văn Bình để trả kết quả"
                + " cấp phép nuôi ong mật.");
    JsonObject proposal = propose(code, List.of("Trần Văn Bình"));
    var categories =
        Stream.of("question", "answer")
            .flatMap(
                part ->
                    proposal.getJsonObject(part).getJsonArray("spans").stream()
                        .map(s -> s.asJsonObject().getString("category")))
            .distinct()
            .toList();
    assertThat(categories)
        .contains(
            "NAME",
            "ADDRESS",
            "PHONE",
            "EMAIL",
            "ID_NUMBER",
            "TAX_CODE",
            "BANK_ACCOUNT",
            "LICENCE_PLATE");

    // the original text is refused, and nothing is stored
    long changes = Sql.number("select count(*) from publication_change");
    Reply refused =
        api.postJson(
            "api/publication/petitions/" + code,
            Json.createObjectBuilder()
                .add("title", "Hồ sơ nuôi ong mật")
                .add("question", PII_CONTENT)
                .add("answer", "Đã trả lời.")
                .build()
                .toString(),
            bearer("leader"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getString("type")).isEqualTo("urn:pakn:problem:personal-data-left");
    assertThat(refused.violatedFields()).contains("question");
    // keeping the sender's own phone on purpose is refused too
    Reply kept =
        api.postJson(
            "api/publication/petitions/" + code,
            Json.createObjectBuilder()
                .add("title", "Hồ sơ nuôi ong mật")
                .add("question", "Liên hệ 0912 345 678.")
                .add("answer", "Đã trả lời.")
                .add("keep", Json.createArrayBuilder().add("0912 345 678"))
                .build()
                .toString(),
            bearer("leader"));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(400);
    assertThat(Sql.number("select count(*) from publication_change")).isEqualTo(changes);
    assertThat(
            Sql.number(
                "select count(*) from public_answer a join petition p on p.id = a.petition_id"
                    + " where p.tracking_code = ?",
                code))
        .isZero();

    // an agency's hotline may be kept on purpose
    Reply published =
        publish(
            code, proposal, List.of("Trần Văn Bình"), List.of(), "Đường dây nóng 0212 3852 999.");
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    long id = published.json().getJsonNumber("id").longValue();
    Await.until("searchable", Duration.ofSeconds(2), () -> finds("ong mật", String.valueOf(id)));

    String stored =
        String.join(
            "\n",
            api.get("api/answers/" + id).body(),
            hitOf(api.get("api/answers?q=ong+m%E1%BA%ADt&size=100"), id),
            hitOf(api.get("api/answers/similar?max=10&text=" + encode("nuôi ong mật UBND xã")), id),
            // the answer's own page (title and description served with it) and the sitemap
            api.get("tra-loi.html?id=" + id).body(),
            api.get("sitemap.xml").body());
    assertThat(stored).contains("tra-loi.html?id=" + id);
    for (String pii : PII) {
      assertThat(stored).as("public API shows " + pii).doesNotContain(pii);
      assertThat(
              Sql.number(
                  "select count(*) from public_answer where id = ? and (title like ? or question"
                      + " like ? or answer like ? or coalesce(sender_name, '') like ?)",
                  id,
                  "%" + pii + "%",
                  "%" + pii + "%",
                  "%" + pii + "%",
                  "%" + pii + "%"))
          .as("public copy holds " + pii)
          .isZero();
    }
    assertThat(stored).contains("[số điện thoại đã ẩn]").contains("0212 3852 999");
    // searching for personal data finds nothing
    assertThat(finds("0987654321", String.valueOf(id))).isFalse();
    assertThat(finds("001203004567", String.valueOf(id))).isFalse();
  }

  @Test
  void theSenderNameIsShownOnlyWithTheirOptIn() {
    JsonObject petition =
        PetitionJson.edit(
            PetitionJson.valid(),
            b ->
                b.add("publishName", true)
                    .add(
                        "content",
                        "Tôi là Nguyễn Thị Hoa, điện thoại 0912 345 678. Hồ sơ giao mặt nước"
                            + " nuôi cá tầm của tôi chậm."));
    String code = answered(petition, "Đã giao mặt nước nuôi cá tầm.");
    JsonObject proposal = propose(code, List.of());
    assertThat(proposal.getString("senderNameShown")).isEqualTo("Nguyễn Thị Hoa");
    assertThat(proposal.getJsonObject("question").getString("redacted")).contains("Nguyễn Thị Hoa");
    Reply published = publish(code, proposal, List.of(), List.of());
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    long id = published.json().getJsonNumber("id").longValue();
    assertThat(api.get("api/answers/" + id).json().getString("senderName"))
        .isEqualTo("Nguyễn Thị Hoa");
    assertThat(api.get("api/answers/" + id).body()).doesNotContain("0912 345 678");
  }

  @Test
  void onlyALeaderOfTheAnsweringAgencyPublishesAndWithdraws() {
    String code = answered(PII_CONTENT, "Đã trả kết quả cấp phép nuôi ong mật.");
    JsonObject proposal = propose(code, List.of());
    for (String account : List.of("handler", "receiver", "admin")) {
      Reply refused = publish(code, proposal, List.of(), List.of(), account);
      assertThat(refused.status()).as(account + ": " + refused).isEqualTo(403);
    }
    Reply other = publish(code, proposal, List.of(), List.of(), "stp.leader");
    assertThat(other.status()).as(other.toString()).isEqualTo(403);
    assertThat(api.get("api/publication/petitions/" + code).status()).isEqualTo(401);

    String notAnswered = petitionInProgress();
    Reply early =
        api.postJson(
            "api/publication/petitions/" + notAnswered + "/proposal", "{}", bearer("leader"));
    assertThat(early.status()).as(early.toString()).isEqualTo(409);
    assertThat(early.json().getString("type")).isEqualTo("urn:pakn:problem:not-answered");
    assertThat(
            Sql.number(
                "select count(*) from public_answer a join petition p on p.id = a.petition_id"
                    + " where p.tracking_code in (?, ?)",
                code,
                notAnswered))
        .isZero();

    Reply published = publish(code, proposal, List.of(), List.of());
    assertThat(published.status()).isEqualTo(201);
    long id = published.json().getJsonNumber("id").longValue();
    String withdraw = "api/publication/answers/" + id + "/withdrawal";
    String reason = "{\"reason\":\"Người gửi đề nghị gỡ vì lộ thông tin.\"}";
    assertThat(api.postJson(withdraw, reason, bearer("handler")).status()).isEqualTo(403);
    assertThat(api.postJson(withdraw, reason, bearer("stp.leader")).status()).isEqualTo(403);
    Reply noReason = api.postJson(withdraw, "{\"reason\":\"  \"}", bearer("leader"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.violatedFields()).containsExactly("reason");
    JsonObject state = api.get("api/publication/petitions/" + code, bearer("leader")).json();
    assertThat(state.getJsonObject("copy").getBoolean("published")).isTrue();
  }

  @Test
  void aWithdrawnAnswerLeavesSearchAndItsPage() {
    String code = answered(PII_CONTENT, "Giấy phép nuôi ong mật đã được cấp lại.");
    Reply published = publish(code, propose(code, List.of()), List.of(), List.of());
    String id = String.valueOf(published.json().getJsonNumber("id").longValue());
    Await.until("searchable", Duration.ofSeconds(2), () -> finds("cấp lại ong mật", id));

    Reply withdrawn =
        api.postJson(
            "api/publication/answers/" + id + "/withdrawal",
            "{\"reason\":\"Công khai nhầm văn bản.\"}",
            bearer("leader"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    Await.until("gone from search", Duration.ofSeconds(2), () -> !finds("cấp lại ong mật", id));
    Reply page = api.get("api/answers/" + id);
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.json().getString("type")).isEqualTo("urn:pakn:problem:answer-withdrawn");
    JsonArray history =
        api.get("api/publication/petitions/" + code, bearer("leader"))
            .json()
            .getJsonArray("history");
    assertThat(history).hasSize(2);
    assertThat(history.getJsonObject(1).getString("change")).isEqualTo("WITHDRAWN");
    assertThat(history.getJsonObject(1).getString("reason")).isEqualTo("Công khai nhầm văn bản.");
    assertThat(
            api.postJson(
                    "api/publication/answers/" + id + "/withdrawal",
                    "{\"reason\":\"lần nữa\"}",
                    bearer("leader"))
                .status())
        .isEqualTo(409);

    // publishing again brings it back under the same address
    Reply again = publish(code, propose(code, List.of()), List.of(), List.of());
    assertThat(String.valueOf(again.json().getJsonNumber("id").longValue())).isEqualTo(id);
    Await.until("back in search", Duration.ofSeconds(2), () -> finds("cấp lại ong mật", id));
  }

  @Test
  void oneConsolidatedAnswerAlsoAnswersSimilarPetitions() {
    String main = answered(PII_CONTENT, "Trả lời chung cho các phản ánh về nuôi ong mật.");
    String other = answered(PII_CONTENT, "Đã trả lời.");
    String notYet = petitionInProgress();
    JsonObject proposal = propose(main, List.of());
    Reply unknown = publishAlso(main, proposal, "PAKN-2020-999999-X");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.violatedFields()).containsExactly("alsoAnswers");
    Reply early = publishAlso(main, proposal, notYet);
    assertThat(early.status()).as(early.toString()).isEqualTo(400);
    Reply published = publishAlso(main, proposal, other);
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    long id = published.json().getJsonNumber("id").longValue();
    assertThat(
            Sql.number(
                "select count(*) from public_answer_petition a join petition p on p.id ="
                    + " a.petition_id where a.answer_id = ? and p.tracking_code = ?",
                id,
                other))
        .isEqualTo(1);
  }

  /**
   * Issue 22: third parties, sensitive data and passports are proposed by category and refused at
   * publication with problem+json naming them, in the reader's language; what the leader keeps
   * needs a reason, which lands in the audit trail; officials in role stay; the public reads the
   * published text only.
   */
  @Test
  void sensitiveDataIsProposedByCategoryRefusedByNameAndKeptOnlyWithAReason() {
    String question =
        "Tôi là Nguyễn Thị Hoa. Hàng xóm là ông Quàng Văn Xôm, mẹ tôi bị ung thư gan; thửa đất số"
            + " 125, tờ bản đồ số 18 của gia đình bị đo sai. Hộ chiếu của tôi C3861247.";
    String code =
        answered(
            question,
            "UBND xã đã đo lại thửa đất nuôi ong mật. Đồng chí Lò Văn Minh, Chủ tịch UBND xã, chủ"
                + " trì buổi đo.");
    JsonObject proposal = propose(code, List.of());
    var categories =
        Stream.of("question", "answer")
            .flatMap(
                part ->
                    proposal.getJsonObject(part).getJsonArray("spans").stream()
                        .map(s -> s.asJsonObject().getString("category")))
            .distinct()
            .toList();
    assertThat(categories).contains("NAME", "HEALTH", "LAND_PARCEL", "PASSPORT", "OFFICIAL");
    String redactedQuestion = proposal.getJsonObject("question").getString("redacted");
    assertThat(redactedQuestion)
        .doesNotContain("Quàng Văn Xôm")
        .doesNotContain("ung thư gan")
        .doesNotContain("C3861247")
        .contains("[thông tin sức khỏe đã ẩn]");
    assertThat(proposal.getJsonObject("answer").getString("redacted")).contains("Lò Văn Minh");

    // the text as written is refused; each span is named, in English when asked
    long changes = Sql.number("select count(*) from publication_change");
    String body =
        Json.createObjectBuilder()
            .add("title", "Đo đạc thửa đất")
            .add("question", question)
            .add("answer", "Đã đo lại.")
            .build()
            .toString();
    Reply refused = api.postJson("api/publication/petitions/" + code, body, bearer("leader"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getString("type")).isEqualTo("urn:pakn:problem:personal-data-left");
    assertThat(refused.body())
        .contains("Quàng Văn Xôm")
        .contains("ung thư gan")
        .contains("C3861247")
        .contains("thửa đất số 125, tờ bản đồ số 18");
    String[] english = {bearer("leader")[0], bearer("leader")[1], "Accept-Language", "en"};
    Reply inEnglish = api.postJson("api/publication/petitions/" + code, body, english);
    assertThat(inEnglish.status()).isEqualTo(400);
    assertThat(inEnglish.body())
        .contains("Still holds health information: \\\"ung thư gan\\\"")
        .contains("Still holds a passport number");

    // a kept name without a reason is refused too; nothing is stored
    String edited = redactedQuestion.replace("ông [họ tên đã ẩn]", "ông Quàng Văn Xôm");
    assertThat(edited).contains("Quàng Văn Xôm");
    Reply noReason =
        api.postJson(
            "api/publication/petitions/" + code,
            Json.createObjectBuilder()
                .add("title", "Đo đạc thửa đất")
                .add("question", edited)
                .add("answer", proposal.getJsonObject("answer").getString("redacted"))
                .add("keep", Json.createArrayBuilder().add("Quàng Văn Xôm"))
                .build()
                .toString(),
            bearer("leader"));
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.body()).contains("cần ghi lý do");
    assertThat(Sql.number("select count(*) from publication_change")).isEqualTo(changes);

    // with a reason it is published, the reason is in the audit trail, the public reads that text
    String reason = "Người có công được nêu tên theo đề nghị của gia đình";
    Reply published =
        api.postJson(
            "api/publication/petitions/" + code,
            Json.createObjectBuilder()
                .add("title", "Đo đạc thửa đất")
                .add("question", edited)
                .add("answer", proposal.getJsonObject("answer").getString("redacted"))
                .add(
                    "keep",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("text", "Quàng Văn Xôm")
                                .add("reason", reason)))
                .build()
                .toString(),
            bearer("leader"));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    long id = published.json().getJsonNumber("id").longValue();
    assertThat(
            Sql.number(
                "select count(*) from publication_change where answer_id = ? and change ="
                    + " 'PUBLISHED' and reason like ?",
                id,
                "%Quàng Văn Xôm%" + reason + "%"))
        .isEqualTo(1);
    Await.until("searchable", Duration.ofSeconds(2), () -> finds("ong mật", String.valueOf(id)));
    String page = api.get("api/answers/" + id).body();
    String hit = hitOf(api.get("api/answers?q=ong+m%E1%BA%ADt&size=100"), id);
    for (String shown : List.of(page, hit)) {
      assertThat(shown)
          .doesNotContain("ung thư gan")
          .doesNotContain("C3861247")
          .doesNotContain("thửa đất số 125")
          .doesNotContain("Nguyễn Thị Hoa");
    }
    assertThat(page).contains("Quàng Văn Xôm").contains("Lò Văn Minh");
  }

  private Reply publishAlso(String code, JsonObject proposal, String also) {
    var body =
        Json.createObjectBuilder()
            .add("title", proposal.getJsonObject("title").getString("redacted"))
            .add("question", proposal.getJsonObject("question").getString("redacted"))
            .add("answer", proposal.getJsonObject("answer").getString("redacted"))
            .add("alsoAnswers", Json.createArrayBuilder().add(also));
    return api.postJson(
        "api/publication/petitions/" + code, body.build().toString(), bearer("leader"));
  }

  // --- the index as a projection ----------------------------------------------------------------

  @Test
  void aDeletedIndexIsRebuiltWithTheDatabaseCount() throws IOException {
    JsonObject status = indexStatus();
    Path folder = TestDatabase.searchDirectory();
    deleteRecursively(folder);
    assertThat(Files.exists(folder)).isFalse();
    api.postJson("api/admin/search-index/check", "{}", bearer("admin"));
    Await.until(
        "a rebuilt index",
        Duration.ofSeconds(60),
        () -> {
          JsonObject now = indexStatus();
          return "READY".equals(now.getString("state"))
              && !now.getString("generation").equals(status.getString("generation"))
              && now.getJsonNumber("documents").longValue()
                  == now.getJsonNumber("databasePublished").longValue();
        });
    assertThat(Files.isDirectory(folder.resolve(indexStatus().getString("generation")))).isTrue();
    assertThat(api.get("api/answers?q=khai+sinh").json().getJsonNumber("total").longValue())
        .isPositive();
    assertThat(indexStatus().getJsonNumber("documents").longValue())
        .isEqualTo(Sql.number("select count(*) from public_answer where published = true"));
  }

  @Test
  void aDamagedIndexFileIsDetectedAndTheIndexRebuilt() throws IOException {
    JsonObject status = indexStatus();
    Path generation = TestDatabase.searchDirectory().resolve(status.getString("generation"));
    Path biggest;
    try (Stream<Path> files = Files.list(generation)) {
      biggest =
          files
              .filter(p -> !p.getFileName().toString().equals("write.lock"))
              .max(Comparator.comparingLong(AnswersIT::size))
              .orElseThrow();
    }
    try (var file = new RandomAccessFile(biggest.toFile(), "rw")) {
      file.setLength(file.length() / 2);
      file.seek(Math.max(0, file.length() - 16));
      file.write("garbage-garbage!".getBytes(StandardCharsets.US_ASCII));
    }
    JsonObject checked = api.postJson("api/admin/search-index/check", "{}", bearer("admin")).json();
    assertThat(checked.getString("state")).as(checked.toString()).isIn("REBUILDING", "READY");
    Await.until(
        "a rebuilt index",
        Duration.ofSeconds(60),
        () -> {
          JsonObject now = indexStatus();
          return "READY".equals(now.getString("state"))
              && !status.getString("generation").equals(now.getString("generation"));
        });
    JsonObject now = indexStatus();
    assertThat(now.getJsonNumber("documents").longValue())
        .isEqualTo(now.getJsonNumber("databasePublished").longValue())
        .isEqualTo(Sql.number("select count(*) from public_answer where published = true"));
    assertThat(now.getJsonObject("rebuild").getString("reason")).contains("damaged");
    assertThat(Files.exists(generation)).as("the damaged generation is removed").isFalse();
  }

  @Test
  void onlyAdministratorsSeeTheIndex() {
    assertThat(api.get("api/admin/search-index").status()).isEqualTo(401);
    assertThat(api.get("api/admin/search-index", bearer("leader")).status()).isEqualTo(403);
    assertThat(api.postJson("api/admin/search-index/rebuild", "{}", bearer("leader")).status())
        .isEqualTo(403);
  }

  // --- relevance: citizens' words, relaxed matches, the dictionary -----------------------------

  @Test
  void citizensFindAnswersInTheirOwnWords() {
    assertThat(firstId("sổ đỏ")).as("citizen word for the land certificate").isEqualTo("9");
    assertThat(firstId("đăng kí khai sinh")).as("i/y").isIn("1", "3");
    assertThat(firstId("thai do can bo")).as("cán bộ = công chức").isEqualTo("5");

    JsonObject relaxed = api.get("api/answers?q=" + encode("TTHC đất đai")).json();
    assertThat(relaxed.getJsonNumber("total").longValue()).isPositive();
    assertThat(relaxed.getJsonObject("relaxed").getInt("words")).isEqualTo(3);
    assertThat(relaxed.getJsonObject("relaxed").getInt("minimum")).isEqualTo(2);
    JsonObject strict = api.get("api/answers?q=" + encode("khai sinh")).json();
    assertThat(strict.containsKey("relaxed") && !strict.isNull("relaxed")).isFalse();
    assertThat(strict.containsKey("totalExact")).as("only said when estimated").isFalse();
  }

  @Test
  void administratorsEditTheDictionaryAndSearchUsesItAtOnce() {
    String path = "api/admin/search-synonyms";
    assertThat(api.get(path).status()).isEqualTo(401);
    assertThat(api.get(path, bearer("leader")).status()).isEqualTo(403);
    JsonObject before = api.get(path, bearer("admin")).json();
    int version = before.getInt("version");
    String text = before.getString("text");
    assertThat(text).contains("sổ đỏ");
    assertThat(firstId("bìa xanh")).isNotEqualTo("9");

    // refused, with a reason, and nothing stored
    for (String bad :
        List.of(
            "sổ xanh => bìa xanh\nbìa xanh => sổ xanh",
            "=> trực tuyến",
            "online =>",
            "sổ đỏ => "
                + java.util.stream.IntStream.range(0, 3000)
                    .mapToObj(i -> "từ" + i)
                    .collect(java.util.stream.Collectors.joining(", ")))) {
      Reply refused = api.put(path, dictionary(bad, "thử", version), bearer("admin"));
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.body()).contains("\"text\"");
    }
    assertThat(api.get(path, bearer("admin")).json().getInt("version")).isEqualTo(version);
    Reply noReason = api.put(path, dictionary(text, " ", version), bearer("admin"));
    assertThat(noReason.status()).isEqualTo(400);

    String edited = text + "\nbìa xanh => giấy chứng nhận quyền sử dụng đất\n";
    Reply saved =
        api.put(path, dictionary(edited, "người dân gọi là bìa xanh", version), bearer("admin"));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().getInt("version")).isEqualTo(version + 1);
    JsonObject last = saved.json().getJsonArray("history").getJsonObject(0);
    assertThat(last.getString("savedBy")).isEqualTo("admin");
    assertThat(last.getString("reason")).isEqualTo("người dân gọi là bìa xanh");

    Await.until(
        "the new dictionary in use", Duration.ofSeconds(2), () -> "9".equals(firstId("bia xanh")));

    Reply stale = api.put(path, dictionary(text, "sửa trên bản cũ", version), bearer("admin"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api.get(path + "/" + version, bearer("admin")).json().getString("text"))
        .isEqualTo(text);
    assertThat(api.get(path + "/9999", bearer("admin")).status()).isEqualTo(404);
  }

  private static String dictionary(String text, String reason, int version) {
    return Json.createObjectBuilder()
        .add("text", text)
        .add("reason", reason)
        .add("version", version)
        .build()
        .toString();
  }

  // --- historical import -------------------------------------------------------------------------

  @Test
  void anOldPortalsAnswersAreImportedRowByRowWithAReport() throws IOException {
    String path = "api/admin/answer-imports";
    String good =
        "{\"legacyId\":\"it-1\",\"title\":\"Cấp phép nuôi cá tầm xqimportzq\","
            + "\"question\":\"Hỏi về thủ tục\",\"answer\":\"<p>Sở đã trả lời.</p>\","
            + "\"agencyCode\":\"SL-STP\",\"fieldCode\":\"TPHT\",\"kind\":\"PROPOSAL\","
            + "\"publishedDate\":\"2018-03-02\",\"sourceUrl\":\"https://old.example.vn/1\"}";
    var file = new java.io.ByteArrayOutputStream();
    file.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}); // a BOM
    for (String line :
        List.of(
            good,
            good.replace("cá tầm", "cá hồi"), // the same legacy id again in this file
            good.replace("it-1", "it-2").replace("SL-STP", "SL-NOWHERE"),
            good.replace("it-1", "it-3").replace("TPHT", "NOPE"),
            good.replace("it-1", "it-4")
                .replace("\"title\":\"Cấp phép nuôi cá tầm xqimportzq\",", ""),
            good.replace("it-1", "it-5")
                .replace("<p>Sở đã trả lời.</p>", "<script>alert(1)</script>"),
            good.replace("it-1", "it-6").replace("2018-03-02", "1980-01-01"),
            good.replace("it-1", "it-7")
                .replace("xqimportzq", "xqheldzq")
                .replace("Hỏi về thủ tục", "Gọi tôi 0912 345 678"),
            "{not json")) {
      file.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    file.write(new byte[] {'{', (byte) 0xc3, (byte) 0x28, '}', '\n'}); // not UTF-8
    byte[] body = file.toByteArray();

    assertThat(api.postBytes(path, "application/x-ndjson", body).status()).isEqualTo(401);
    assertThat(api.postBytes(path, "application/x-ndjson", body, bearer("leader")).status())
        .isEqualTo(403);
    assertThat(api.postBytes(path, "application/pdf", body, bearer("admin")).status())
        .isEqualTo(415);

    JsonObject done = imported(api.postBytes(path, "application/x-ndjson", body, bearer("admin")));
    assertThat(done.getString("state")).isEqualTo("DONE");
    assertThat(done.getJsonNumber("processed").longValue()).isEqualTo(10);
    assertThat(done.getJsonNumber("imported").longValue()).isEqualTo(1);
    assertThat(done.getJsonNumber("heldBack").longValue()).isEqualTo(1);
    assertThat(done.getJsonNumber("failed").longValue()).isEqualTo(8);
    var codes =
        done.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("code")).toList();
    assertThat(codes)
        .contains(
            "import.repeated",
            "import.agency",
            "import.field",
            "import.required",
            "import.script",
            "import.dateRange",
            "import.personalData",
            "import.notJson",
            "import.encoding");
    assertThat(done.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
    long id = done.getJsonNumber("id").longValue();
    assertThat(
            Sql.number("select count(*) from public_answer where published_by = ?", "import-" + id))
        .as("only the imported row was written")
        .isEqualTo(1);

    Await.until(
        "the imported answer searchable",
        Duration.ofSeconds(2),
        () -> firstId("xqimportzq") != null);
    assertThat(firstId("xqheldzq")).as("held back, not published").isNull();

    // the same file again: idempotent by legacy id
    JsonObject again = imported(api.postBytes(path, "application/x-ndjson", body, bearer("admin")));
    assertThat(again.getJsonNumber("imported").longValue()).isZero();
    assertThat(again.getJsonNumber("unchanged").longValue()).isEqualTo(1);
    assertThat(Sql.number("select count(*) from imported_answer where legacy_id = 'it-1'"))
        .isEqualTo(1);

    // a CSV file without a required column fails as a whole, saying which
    JsonObject noTitle =
        imported(
            api.postBytes(
                path,
                "text/csv",
                "legacy_id,question,answer,agency_code,field_code,kind,published_date\n"
                    .getBytes(StandardCharsets.UTF_8),
                bearer("admin")));
    assertThat(noTitle.getString("state")).isEqualTo("FAILED");
    assertThat(noTitle.getString("problem")).contains("title");

    JsonObject csv =
        imported(
            api.postBytes(
                path,
                "text/csv",
                ("legacy_id,title,question,answer,agency_code,field_code,kind,published_date\r\n"
                        + "csv-1,\"Thủ tục xqcsvzq, \"\"một cửa\"\"\",\"hỏi\nhai dòng\",Trả lời,"
                        + "SL-STP,TPHT,CONDUCT,2017-01-05\r\n")
                    .getBytes(StandardCharsets.UTF_8),
                bearer("admin")));
    assertThat(csv.getJsonNumber("imported").longValue()).as(csv.toString()).isEqualTo(1);
    Await.until(
        "the CSV answer searchable", Duration.ofSeconds(2), () -> firstId("xqcsvzq") != null);
    assertThat(api.get(path + "/987654", bearer("admin")).status()).isEqualTo(404);
  }

  @Test
  void administratorsPublishTheRedactedCopyOfAHeldBackRowOrDiscardIt() throws IOException {
    String path = "api/admin/answer-imports";
    String row =
        "{\"legacyId\":\"hb-1\",\"title\":\"Cấp phép bến thủy xqreviewzq\","
            + "\"question\":\"Liên hệ tôi 0912 345 678 hoặc an.nguyen@example.vn\","
            + "\"answer\":\"Sở đã trả lời ông.\",\"agencyCode\":\"SL-STP\","
            + "\"fieldCode\":\"TPHT\",\"kind\":\"PROPOSAL\",\"publishedDate\":\"2019-05-06\"}";
    String file =
        row
            + "\n"
            + row.replace("hb-1", "hb-2").replace("xqreviewzq", "xqdiscardzq")
            + "\n"
            + row.replace("hb-1", "hb-3").replace("xqreviewzq", "xqwaitzq")
            + "\n";
    JsonObject done =
        imported(
            api.postBytes(
                path,
                "application/x-ndjson",
                file.getBytes(StandardCharsets.UTF_8),
                bearer("admin")));
    assertThat(done.getJsonNumber("heldBack").longValue()).isEqualTo(3);
    long id = done.getJsonNumber("id").longValue();
    String review = path + "/" + id + "/held-back";

    assertThat(api.get(review).status()).isEqualTo(401);
    assertThat(api.get(review, bearer("leader")).status()).isEqualTo(403);
    JsonArray waiting = api.get(review, bearer("admin")).structure().asJsonArray();
    assertThat(waiting).hasSize(3);
    JsonObject first = waiting.getJsonObject(0);
    assertThat(first.getString("legacyId")).isEqualTo("hb-1");
    assertThat(first.getBoolean("publishable")).isTrue();
    JsonObject question = first.getJsonObject("question");
    var categories =
        question.getJsonArray("spans").stream()
            .map(span -> span.asJsonObject().getString("category"))
            .toList();
    assertThat(categories).as(question.toString()).hasSizeGreaterThanOrEqualTo(2);
    String text = question.getString("text");
    var found =
        question.getJsonArray("spans").stream()
            .map(JsonObject.class::cast)
            .map(span -> text.substring(span.getInt("start"), span.getInt("end")))
            .toList();
    assertThat(String.join(" ", found)).contains("345", "an.nguyen@example.vn");
    assertThat(question.getString("redacted")).doesNotContain("345", "example.vn");

    // publishing puts the redacted copy in search and moves the row from held back to imported
    long line = first.getJsonNumber("line").longValue();
    Reply published = api.postJson(review + "/" + line + "/publish", "{}", bearer("admin"));
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    long answerId = published.json().getJsonNumber("answerId").longValue();
    Await.until(
        "the reviewed answer searchable",
        Duration.ofSeconds(2),
        () -> String.valueOf(answerId).equals(firstId("xqreviewzq")));
    String publicQuestion = api.get("api/answers/" + answerId).json().getString("question", "");
    assertThat(publicQuestion).isNotBlank().doesNotContain("345", "example.vn");
    assertThat(Sql.number("select count(*) from imported_answer where legacy_id = 'hb-1'"))
        .isEqualTo(1);
    Reply twice = api.postJson(review + "/" + line + "/publish", "{}", bearer("admin"));
    assertThat(twice.status()).isEqualTo(404);
    assertThat(twice.header("Content-Type")).startsWith("application/problem+json");
    assertThat(twice.json().getString("title")).isEqualTo("Dòng này không chờ xem xét");
    Reply english =
        api.postJson(
            review + "/" + line + "/publish",
            "{}",
            bearer("admin")[0],
            bearer("admin")[1],
            "Accept-Language",
            "en");
    assertThat(english.json().getString("title")).isEqualTo("This row is not waiting for review");

    // discarding publishes nothing and clears the row's text
    long second = waiting.getJsonObject(1).getJsonNumber("line").longValue();
    assertThat(api.postJson(review + "/" + second + "/discard", "{}", bearer("leader")).status())
        .isEqualTo(403);
    assertThat(api.postJson(review + "/" + second + "/discard", "{}", bearer("admin")).status())
        .isEqualTo(204);
    assertThat(api.postJson(review + "/" + second + "/discard", "{}", bearer("admin")).status())
        .isEqualTo(404);
    assertThat(
            Sql.number(
                "select count(*) from answer_import_row where import_id = ? and content is null"
                    + " and outcome in ('PUBLISHED', 'DISCARDED')",
                id))
        .isEqualTo(2);
    assertThat(firstId("xqdiscardzq")).isNull();

    // hostile paths: nothing stored
    assertThat(api.postJson(review + "/abc/publish", "{}", bearer("admin")).status())
        .isEqualTo(404);
    assertThat(api.postJson(path + "/987654/held-back/1/publish", "{}", bearer("admin")).status())
        .isEqualTo(404);
    assertThat(api.get(path + "/x/held-back", bearer("admin")).status()).isEqualTo(404);

    JsonObject after = api.get(path + "/" + id, bearer("admin")).json();
    assertThat(after.getJsonNumber("heldBack").longValue()).isEqualTo(1);
    assertThat(after.getJsonNumber("imported").longValue()).isEqualTo(1);
    assertThat(after.getJsonNumber("discarded").longValue()).isEqualTo(1);
    assertThat(api.get(review, bearer("admin")).structure().asJsonArray())
        .extracting(r -> r.asJsonObject().getString("legacyId"))
        .containsExactly("hb-3");
  }

  private JsonObject imported(Reply started) {
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    long id = started.json().getJsonNumber("id").longValue();
    JsonObject[] last = new JsonObject[1];
    Await.until(
        "import " + id + " finished",
        Duration.ofSeconds(30),
        () -> {
          last[0] = api.get("api/admin/answer-imports/" + id, bearer("admin")).json();
          return !List.of("QUEUED", "RUNNING").contains(last[0].getString("state"));
        });
    return last[0];
  }

  private String firstId(String q) {
    JsonArray hits = api.get("api/answers?q=" + encode(q)).json().getJsonArray("hits");
    return hits.isEmpty() ? null : hits.getJsonObject(0).getString("id");
  }

  // --- hostile input ----------------------------------------------------------------------------

  @Test
  void hostileQueriesAreAnsweredQuicklyNeverWithA500() {
    List<String> queries =
        List.of(
            "\"",
            "(",
            ")",
            "AND OR",
            "*",
            "**",
            "?",
            "a*",
            "*khai",
            "/.*/",
            "/[a-z]+(b|c)*d{2,}/",
            "khai~~~~",
            "thủ^99 tục",
            "field:title",
            "\\",
            "\"unbalanced phrase",
            "((((((((((((((((((((",
            "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p*",
            "-",
            "- - -",
            "NOT",
            "&& || !",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "thu tuc ".repeat(60),
            "x".repeat(499),
            "ab".repeat(400));
    for (String q : queries) {
      long start = System.nanoTime();
      Reply reply = api.get("api/answers?q=" + encode(q));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(reply.status()).as(q + " → " + reply).isEqualTo(200);
      assertThat(millis).as(q).isLessThan(2000);
      assertThat(reply.json().containsKey("facets")).isTrue();
    }
    assertThat(
            api.get("api/answers?q=" + encode("ab".repeat(400)))
                .json()
                .getBoolean("queryShortened"))
        .isTrue();
    Reply empty = api.get("api/answers?q=");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.json().getJsonNumber("total").longValue()).isPositive();
    assertThat(api.get("api/answers/similar?text=" + encode("\"(* AND OR")).status())
        .isEqualTo(200);
  }

  @Test
  void badParametersAreProblemsNamingThem() {
    expect("q=" + "x".repeat(2001), "q");
    expect("q=" + encode("a\u0000b"), "q");
    expect("page=0", "page");
    expect("page=abc", "page");
    expect("page=99999", "page");
    expect("page=999", "page");
    expect("size=0", "size");
    expect("size=101", "size");
    expect("size=ten", "size");
    expect("year=1800", "year");
    expect("year=2024x", "year");
    expect("field=NOPE", "field");
    expect("agency=NOWHERE", "agency");
    expect("kind=COMPLAINT", "kind");
    expect("sort=random", "sort");
    expect("facet=colour", "facet");
    expect("q=a&q=b", "q");
    assertThat(api.get("api/answers/abc").status()).isEqualTo(404);
    assertThat(api.get("api/answers/987654321").status()).isEqualTo(404);
    assertThat(api.get("api/answers/similar?text=x&max=50").status()).isEqualTo(400);
    Reply english = api.get("api/answers?page=0", "Accept-Language", "en");
    assertThat(english.json().getString("title")).doesNotContainPattern("[ạảấầẩẫậắằẳẵặ]");
  }

  @Test
  void facetsFiltersPagingAndSortWorkOnTheDemoAnswers() {
    JsonObject all = api.get("api/answers?size=5").json();
    assertThat(all.getJsonArray("hits")).hasSize(5);
    JsonObject facets = all.getJsonObject("facets");
    assertThat(facets.keySet()).contains("agency", "field", "year", "kind");
    JsonObject stp =
        facets.getJsonArray("agency").stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("value").equals("SL-STP"))
            .findFirst()
            .orElseThrow();
    JsonObject filtered = api.get("api/answers?agency=SL-STP&size=100").json();
    assertThat(filtered.getJsonNumber("total").longValue())
        .isEqualTo(stp.getJsonNumber("count").longValue());
    filtered.getJsonArray("hits").stream()
        .map(JsonValue::asJsonObject)
        .forEach(h -> assertThat(h.getString("agency")).isEqualTo("SL-STP"));

    JsonObject byDate = api.get("api/answers?sort=date&size=3").json();
    var dates =
        byDate.getJsonArray("hits").stream()
            .map(h -> h.asJsonObject().getString("publishedAt"))
            .toList();
    assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());

    JsonObject hit =
        api.get("api/answers?q=khai+sinh").json().getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("snippet")).contains("<mark>");
    assertThat(
            hit.getJsonArray("snippetParts").stream()
                .anyMatch(p -> p.asJsonObject().getBoolean("mark")))
        .isTrue();
    assertThat(hit.getString("url")).startsWith("tra-loi.html?id=");

    assertThat(api.get("api/answers?q=khai+sinnh").json().getString("didYouMean", ""))
        .isEqualTo("khai sinh");
    JsonArray similar =
        api.get("api/answers/similar?text=" + encode("chậm đăng ký khai sinh cho con ở xã"))
            .json()
            .getJsonArray("hits");
    assertThat(similar).isNotEmpty().hasSizeLessThanOrEqualTo(5);
  }

  // --- the search page on a phone
  // -----------------------------------------------------------------

  @Test
  void theSearchPageWorksOnAPhone() throws IOException {
    try (Browser session = Browser.open()) {
      var browser = session.driver;
      var wait = session.wait;
      browser.get(base + "index.html");
      browser.findElement(By.cssSelector("a[href='tra-cuu.html']")).click();
      WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("search-q")));
      box.sendKeys("thu tuc hanh chinh");
      browser.findElement(By.id("search-submit")).click();
      wait.until(ExpectedConditions.attributeContains(By.id("search-hits"), "data-state", "q=thu"));
      assertThat(browser.findElements(By.cssSelector("#search-hits li"))).isNotEmpty();
      assertThat(browser.findElements(By.cssSelector("#search-hits mark"))).isNotEmpty();
      assertThat(browser.findElement(By.id("search-total")).getText()).isNotBlank();
      Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
      assertThat(width.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(412);
      session.screenshot("answers-1-search-phone");

      // a facet narrows the results
      WebElement facet =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#search-facets input[type=checkbox]")));
      facet.click();
      wait.until(
          ExpectedConditions.attributeContains(By.id("search-hits"), "data-state", "agency="));
      assertThat(browser.findElements(By.cssSelector("#search-hits li"))).isNotEmpty();

      // a hit opens its answer page
      browser.findElement(By.cssSelector("#search-hits li a")).click();
      wait.until(ExpectedConditions.urlContains("tra-loi.html?id="));
      wait.until(ExpectedConditions.textMatches(By.id("answer-text"), Pattern.compile("\\S+")));
      assertThat(browser.findElement(By.id("answer-title")).getText()).isNotBlank();
      session.screenshot("answers-2-answer-phone");

      // did you mean, for a typo
      browser.get(base + "tra-cuu.html?q=" + encode("khai sinnh"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-did-you-mean")));
      assertThat(session.pageErrors(Pattern.compile("(?s).*\\b(400|404|410)\\b.*"))).isEmpty();
    }
  }

  @Test
  void aLeaderPublishesFromThePetitionPage() throws IOException {
    String code = answered(PII_CONTENT, "Giấy phép nuôi ong mật đã được cấp tại bản Nà Sản.");
    try (Browser session = Browser.open()) {
      var browser = session.driver;
      var wait = session.wait;
      browser.get(base + "can-bo/dang-nhap.html?next=" + encode("phan-anh.html?code=" + code));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("leader");
      browser.findElement(By.id("password")).sendKeys("demo");
      browser.findElement(By.id("sign-in")).click();
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#publication-propose button")))
          .click();
      var preview =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("publication-preview-question")));
      assertThat(preview.getText())
          .contains("[số điện thoại đã ẩn]")
          .doesNotContain("0912 345 678");
      assertThat(browser.findElements(By.cssSelector("#publication-category-PHONE input")))
          .isNotEmpty();
      session.screenshot("answers-3-publication-panel");
      // unticking a span shows it in the preview and asks for a reason; ticking it hides it again
      var phone = browser.findElement(By.cssSelector("#publication-category-PHONE input"));
      phone.click();
      assertThat(browser.findElement(By.id("publication-preview-question")).getText())
          .contains("0912 345 678");
      assertThat(browser.findElement(By.id(phone.getAttribute("id") + "-reason")).isDisplayed())
          .isTrue();
      phone.click();
      assertThat(browser.findElement(By.id("publication-preview-question")).getText())
          .doesNotContain("0912 345 678");
      browser.findElement(By.id("publication-publish")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publication-link")));
      assertThat(browser.findElement(By.id("publication-status")).getText()).isNotBlank();
      assertThat(browser.findElements(By.id("publication-withdraw"))).hasSize(1);
      assertThat(session.pageErrors(Pattern.compile("(?s).*\\b(400|401|403|404|409|410)\\b.*")))
          .isEmpty();
    }
    assertThat(
            Sql.number(
                "select count(*) from public_answer a join petition p on p.id = a.petition_id"
                    + " where p.tracking_code = ? and a.published = true",
                code))
        .isEqualTo(1);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private boolean indexReady() {
    Reply status = api.get("api/admin/search-index", bearer("admin"));
    return status.status() == 200 && "READY".equals(status.json().getString("state"));
  }

  private JsonObject indexStatus() {
    return api.get("api/admin/search-index", bearer("admin")).json();
  }

  private boolean finds(String q, String id) {
    Reply reply = api.get("api/answers?size=100&q=" + encode(q));
    if (reply.status() != 200) {
      return false;
    }
    return reply.json().getJsonArray("hits").stream()
        .anyMatch(h -> h.asJsonObject().getString("id").equals(id));
  }

  private static String hitOf(Reply reply, long id) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("hits").stream()
        .map(JsonValue::asJsonObject)
        .filter(h -> h.getString("id").equals(String.valueOf(id)))
        .map(JsonObject::toString)
        .findFirst()
        .orElse("");
  }

  private void expect(String query, String field) {
    Reply reply = api.get("api/answers?" + query);
    assertThat(reply.status()).as(query + " → " + reply).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.violatedFields()).as(query).contains(field);
  }

  private JsonObject propose(String code, List<String> otherNames) {
    var names = Json.createArrayBuilder();
    otherNames.forEach(names::add);
    Reply reply =
        api.postJson(
            "api/publication/petitions/" + code + "/proposal",
            Json.createObjectBuilder().add("otherNames", names).build().toString(),
            bearer("leader"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private Reply publish(
      String code, JsonObject proposal, List<String> otherNames, List<String> keep) {
    return publish(code, proposal, otherNames, keep, "leader");
  }

  private Reply publish(
      String code,
      JsonObject proposal,
      List<String> otherNames,
      List<String> keep,
      String accountOrExtra) {
    boolean extra = accountOrExtra.contains(" ");
    String account = extra ? "leader" : accountOrExtra;
    var names = Json.createArrayBuilder();
    otherNames.forEach(names::add);
    var kept = Json.createArrayBuilder();
    keep.forEach(kept::add);
    String answer = proposal.getJsonObject("answer").getString("redacted");
    if (extra) {
      answer = answer + " " + accountOrExtra;
      kept.add(accountOrExtra.replaceAll(".*?(\\d[\\d ]+\\d).*", "$1"));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("title", proposal.getJsonObject("title").getString("redacted"))
            .add("question", proposal.getJsonObject("question").getString("redacted"))
            .add("answer", answer)
            .add("otherNames", names)
            .add("keep", kept);
    return api.postJson(
        "api/publication/petitions/" + code, body.build().toString(), bearer(account));
  }

  private String answered(String content, String answer) {
    return answered(
        PetitionJson.edit(PetitionJson.valid(), b -> b.add("content", content)), answer);
  }

  private String answered(JsonObject petition, String answer) {
    String code = inProgress(petition);
    ok(act("handler", code, "DRAFT_ANSWER", fields("text", answer)));
    ok(act("leader", code, "APPROVE_ANSWER", fields()));
    ok(act("handler", code, "SEND_ANSWER", fields()));
    return code;
  }

  private String petitionInProgress() {
    return inProgress(PetitionJson.valid());
  }

  private String inProgress(JsonObject petition) {
    Reply filed = api.postJson("api/petitions", petition.toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String code = filed.json().getString("trackingCode");
    ok(act("receiver", code, "CLASSIFY", fields("withinCompetence", true)));
    ok(act("receiver", code, "ACCEPT", fields()));
    ok(act("leader", code, "ASSIGN", fields("handler", "handler")));
    ok(act("handler", code, "START", fields()));
    return code;
  }

  private Reply act(String account, String code, String action, JsonObject fields) {
    JsonObjectBuilder step =
        Json.createObjectBuilder(fields).add("action", action).add("version", version(code));
    return api.postJson("api/inbox/" + code + "/actions", step.build().toString(), bearer(account));
  }

  private long version(String code) {
    return Sql.number("select version from petition where tracking_code = ?", code);
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
      String name = (String) pairs[i];
      Object value = pairs[i + 1];
      if (value instanceof Boolean v) {
        b.add(name, v);
      } else {
        b.add(name, String.valueOf(value));
      }
    }
    return b.build();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
