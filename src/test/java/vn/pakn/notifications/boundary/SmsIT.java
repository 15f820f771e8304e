package vn.pakn.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestSmsServer;
import vn.pakn.testing.TestSmsServer.Text;

/**
 * Text messages to senders who gave only a phone number, from outside: each step enqueues its text
 * in the step's transaction, the sending job submits it over SMPP to the test SMS provider (a real
 * SMPP server in this JVM), exactly once, through an outage, a refused bind and throttling;
 * administrators see the texts and the session's state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmsIT {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

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

  @Test
  void aPetitionFiledWithOnlyAPhoneGetsItsTextsThroughTheWholeWalk() {
    String typed = mobile();
    String e164 = e164(typed);
    Reply filed = file(typed);
    String code = filed.json().getString("trackingCode");
    String key = filed.json().getString("accessKey");

    Text received = only(e164, 1);
    assertThat(received.text())
        .isEqualTo(
            "Đã nhận phản ánh, kiến nghị của Ông/Bà, mã số "
                + code
                + ". Theo dõi tại https://pakn.test/theo-doi.html?code="
                + code);
    assertThat(received.parts()).as("a long Vietnamese text, concatenated").isEqualTo(2);
    assertThat(received.dataCoding()).isEqualTo(8);
    assertThat(received.from()).isEqualTo("UBND-SonLa");
    assertThat(received.text()).doesNotContain(key);

    ok(act("receiver", code, "CLASSIFY", Json.createObjectBuilder().add("withinCompetence", true)));
    ok(act("receiver", code, "ACCEPT", Json.createObjectBuilder()));
    ok(act("leader", code, "ASSIGN", Json.createObjectBuilder().add("handler", "handler")));
    ok(act("handler", code, "START", Json.createObjectBuilder()));
    ok(
        act(
            "handler",
            code,
            "REQUEST_INFORMATION",
            Json.createObjectBuilder().add("question", "Xin số giấy hẹn trả kết quả?")));
    Text information = only(e164, 2);
    assertThat(information.text())
        .startsWith("Phản ánh " + code + " cần bổ sung thông tin: Xin số giấy hẹn trả kết quả?.")
        .contains("https://pakn.test/theo-doi.html?code=" + code);

    Reply provided =
        api.postJson(
            "api/petitions/" + code + "/information",
            "{\"text\": \"Giấy hẹn số 123/GH\"}",
            "X-Access-Key",
            key);
    assertThat(provided.status()).as(provided.toString()).isEqualTo(200);
    ok(
        act(
            "handler",
            code,
            "DRAFT_ANSWER",
            Json.createObjectBuilder().add("text", "Theo Nghị định 123/2015/NĐ-CP, …")));
    ok(act("leader", code, "APPROVE_ANSWER", Json.createObjectBuilder()));
    ok(act("handler", code, "SEND_ANSWER", Json.createObjectBuilder()));

    Await.until("the answer and the survey invitation", PATIENCE, () -> texts(e164).size() >= 4);
    // the answer and the invitation come from one step: either may be sent first
    List<String> last = texts(e164).subList(2, 4).stream().map(Text::text).toList();
    assertThat(last)
        .anySatisfy(
            t -> assertThat(t).startsWith("Phản ánh " + code + " đã được ").contains(" trả lời. "))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("Mời Ông/Bà đánh giá việc xử lý phản ánh " + code + " trước ngày ")
                    .containsPattern(
                        "https://pakn\\.test/danh-gia\\.html\\?survey=petition-handling&token=[A-Za-z0-9]+$"));

    // each text once, and nothing else: kept, sent and receipted in the outbox
    Await.until(
        "the delivery receipts",
        PATIENCE,
        () ->
            rows(typed).stream()
                .allMatch(t -> "DELIVRD".equals(t.asJsonObject().getString("deliveryStatus", ""))));
    JsonArray rows = rows(typed);
    assertThat(rows).hasSize(4);
    assertThat(rows.getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("template"))
        .containsExactlyInAnyOrder(
            "survey-invitation", "petition-answered", "information-requested", "petition-received");
    assertThat(rows.getValuesAs(JsonObject.class))
        .allSatisfy(
            r -> {
              assertThat(r.getString("status")).isEqualTo("SENT");
              assertThat(r.getString("to")).isEqualTo(e164);
            });
    assertThat(texts(e164)).hasSize(4);
    assertThat(
            Sql.number(
                "select count(*) from mail_outbox m join petition p on p.id = m.petition_id where p.tracking_code = ?",
                code))
        .as("no email, no mail")
        .isZero();
  }

  @Test
  void aSenderWhoLostTheKeyGetsANewOneByTextAndTheOldOneStopsWorking() {
    String typed = mobile();
    String e164 = e164(typed);
    Reply filed = file(typed);
    String code = filed.json().getString("trackingCode");
    String oldKey = filed.json().getString("accessKey");
    only(e164, 1);

    Reply asked = api.postJson("api/petitions/" + code + "/access-key", "");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);

    Text renewed = only(e164, 2);
    var key =
        java.util.regex.Pattern.compile("Mã tra cứu mới của phản ánh " + code + ": (\\S+) ")
            .matcher(renewed.text());
    assertThat(key.find()).as(renewed.text()).isTrue();
    assertThat(key.group(1)).isNotEqualTo(oldKey);
    assertThat(api.get("api/petitions/" + code, "X-Access-Key", key.group(1)).status())
        .isEqualTo(200);
    assertThat(api.get("api/petitions/" + code, "X-Access-Key", oldKey).status()).isEqualTo(404);
  }

  @Test
  void aNumberThatCannotGetTextsIsAFieldErrorWhenTextsAreAskedForAndNothingIsStored() {
    long before = Sql.number("select count(*) from petition");
    JsonObject landline = PetitionJson.withSender("phone", "0212 3852 139");
    landline =
        PetitionJson.with(
            "sender",
            PetitionJson.edit(
                landline.getJsonObject("sender"), s -> s.remove("email").add("texts", true)));
    Reply vi = api.postJson("api/petitions", landline.toString());
    assertThat(vi.status()).isEqualTo(400);
    assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
    assertThat(vi.violatedFields()).containsExactly("sender.phone");
    assertThat(vi.body()).contains("Số máy bàn không nhận được tin nhắn");
    Reply en = api.postJson("api/petitions", landline.toString(), "Accept-Language", "en");
    assertThat(en.body()).contains("A landline cannot get text messages");
    assertThat(Sql.number("select count(*) from petition")).isEqualTo(before);

    // by default (no texts asked for), a landline files and simply gets no texts
    JsonObject quiet =
        PetitionJson.with(
            "sender",
            PetitionJson.edit(
                PetitionJson.withSender("phone", "0212 3852 139").getJsonObject("sender"),
                s -> s.remove("email")));
    Reply filed = api.postJson("api/petitions", quiet.toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    assertThat(
            Sql.number(
                "select count(*) from sms_outbox t join petition p on p.id = t.petition_id"
                    + " where p.tracking_code = ?",
                filed.json().getString("trackingCode")))
        .isZero();
  }

  @Test
  void aProviderOutageIsSurvivedWithEveryTextOnce() {
    List<String> numbers = new ArrayList<>();
    TestSmsServer.suspend();
    try {
      for (int i = 0; i < 3; i++) {
        String typed = mobile();
        numbers.add(e164(typed));
        file(typed);
      }
      Await.until(
          "the provider seen unreachable",
          PATIENCE,
          () -> "UNREACHABLE".equals(provider().getString("state")));
      assertThat(numbers).allSatisfy(n -> assertThat(TestSmsServer.partsTo(n)).isEmpty());
    } finally {
      TestSmsServer.resume();
    }
    for (String n : numbers) {
      only(n, 1);
    }
    Await.until("bound again", PATIENCE, () -> "BOUND".equals(provider().getString("state")));
    for (String n : numbers) {
      assertThat(texts(n)).hasSize(1);
    }
  }

  @Test
  void aRefusedBindIsShownToAdministratorsAndTheTextsFollowOnceItIsFixed() {
    String typed = mobile();
    TestSmsServer.refuseBinds(0x0E);
    TestSmsServer.dropSessions();
    try {
      file(typed);
      Await.until(
          "the refused bind", PATIENCE, () -> "REFUSED".equals(provider().getString("state")));
      JsonObject provider = provider();
      assertThat(provider.getString("detail")).contains("0x0000000E", "invalid password");
      assertThat(provider.getString("provider")).contains("pakn@127.0.0.1");
      Await.until(
          "the text kept in the queue with the reason",
          PATIENCE,
          () -> {
            JsonObject row = rows(typed).getJsonObject(0);
            return row.getString("status").equals("QUEUED")
                && row.getString("lastError", "").contains("REFUSED")
                && row.getInt("attempts") == 0;
          });
      assertThat(api.get("api/admin/texts/provider").status()).isEqualTo(401);
      assertThat(api.get("api/admin/texts", bearer("receiver")).status()).isEqualTo(403);
    } finally {
      TestSmsServer.refuseBinds(0);
    }
    only(e164(typed), 1);
  }

  @Test
  void aThrottlingErrorSlowsSendingDownAndLosesNothing() {
    List<String> numbers = new ArrayList<>();
    TestSmsServer.throttleNext(3);
    int throttledBefore = TestSmsServer.throttledAt().size();
    for (int i = 0; i < 5; i++) {
      String typed = mobile();
      numbers.add(e164(typed));
      file(typed);
    }
    for (String n : numbers) {
      only(n, 1);
    }
    List<Instant> throttled = TestSmsServer.throttledAt();
    assertThat(throttled.size() - throttledBefore).isEqualTo(3);
    Instant firstThrottle = throttled.get(throttledBefore);
    Instant lastArrival =
        numbers.stream()
            .flatMap(n -> TestSmsServer.partsTo(n).stream())
            .map(TestSmsServer.Part::at)
            .max(Instant::compareTo)
            .orElseThrow();
    assertThat(Duration.between(firstThrottle, lastArrival))
        .as("the throttled texts waited before being tried again")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  // --- helpers

  static String mobile() {
    return "091 " + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
  }

  static String e164(String typed) {
    return "+8491" + typed.substring(4);
  }

  private Reply file(String phone) {
    JsonObject json =
        PetitionJson.with(
            "sender",
            PetitionJson.edit(
                PetitionJson.withSender("phone", phone).getJsonObject("sender"),
                s -> s.remove("email")));
    Reply filed = api.postJson("api/petitions", json.toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed;
  }

  private static List<Text> texts(String e164) {
    return TestSmsServer.to(e164);
  }

  /** Waits for the n-th text to a number, and that no other arrives with it. */
  private static Text only(String e164, int n) {
    Await.until("text " + n + " to " + e164, PATIENCE, () -> texts(e164).size() >= n);
    List<Text> texts = texts(e164);
    assertThat(texts).hasSize(n);
    return texts.get(n - 1);
  }

  /** The administrators' list of texts to a number, as typed. */
  private JsonArray rows(String to) {
    Reply reply =
        api.get(
            "api/admin/texts?to="
                + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8),
            bearer("admin"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items");
  }

  private JsonObject provider() {
    Reply reply = api.get("api/admin/texts/provider", bearer("admin"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private Reply act(String account, String code, String action, JsonObjectBuilder fields) {
    long version = Sql.number("select version from petition where tracking_code = ?", code);
    return api.postJson(
        "api/inbox/" + code + "/actions",
        fields.add("action", action).add("version", version).build().toString(),
        bearer(account));
  }

  private static void ok(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
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
}
