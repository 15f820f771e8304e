package vn.pakn.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;

/**
 * The officers' side, from outside, on real PostgreSQL with the demo province and accounts:
 * sign-in, every step of the workflow, who may take which step (a matrix of accounts × steps, own
 * and other agency), concurrent steps, the inbox, agencies, and the report against hand-counted
 * figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowIT {

  /** Accounts of the demo data: the provincial office (SL-VP) and the Department of Justice. */
  static final List<String> ACCOUNTS =
      List.of(
          "receiver",
          "handler",
          "leader",
          "reform",
          "admin",
          "stp.receiver",
          "stp.handler",
          "stp.leader");

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

  // --- the matrix: each step × each account, held by the officer's own agency or another --------

  enum Stage {
    RECEIVED,
    CLASSIFIED,
    ACCEPTED,
    ASSIGNED,
    IN_PROGRESS,
    EXTENSION_REQUESTED,
    DRAFTED,
    APPROVED,
    ANSWERED
  }

  record Step(String action, Stage stage, Set<String> allowed, JsonObject fields) {}

  static final List<Step> STEPS =
      List.of(
          new Step(
              "CLASSIFY", Stage.RECEIVED, Set.of("receiver"), fields("withinCompetence", true)),
          new Step(
              "REJECT", Stage.RECEIVED, Set.of("receiver"), fields("reasonCode", "OUT_OF_SCOPE")),
          new Step("ACCEPT", Stage.CLASSIFIED, Set.of("receiver"), fields()),
          new Step(
              "TRANSFER",
              Stage.RECEIVED,
              Set.of("receiver", "leader"),
              fields("toAgency", "SL-SYT", "reason", "Thuộc thẩm quyền của Sở Y tế")),
          new Step(
              "ASSIGN", Stage.ACCEPTED, Set.of("receiver", "leader"), fields("handler", "handler")),
          new Step("START", Stage.ASSIGNED, Set.of("handler"), fields()),
          new Step(
              "REQUEST_EXTENSION",
              Stage.IN_PROGRESS,
              Set.of("handler"),
              fields("days", 5, "reason", "Cần lấy ý kiến Sở Tư pháp")),
          new Step("APPROVE_EXTENSION", Stage.EXTENSION_REQUESTED, Set.of("leader"), fields()),
          new Step(
              "REQUEST_INFORMATION",
              Stage.IN_PROGRESS,
              Set.of("handler"),
              fields("question", "Xin cung cấp số hồ sơ đã nộp.")),
          new Step(
              "DRAFT_ANSWER",
              Stage.IN_PROGRESS,
              Set.of("handler"),
              fields("text", "Dự thảo trả lời.")),
          new Step("APPROVE_ANSWER", Stage.DRAFTED, Set.of("leader"), fields()),
          new Step(
              "RETURN_ANSWER",
              Stage.DRAFTED,
              Set.of("leader"),
              fields("comments", "Bổ sung căn cứ.")),
          new Step("SEND_ANSWER", Stage.APPROVED, Set.of("leader", "handler"), fields()),
          new Step("CLOSE", Stage.ANSWERED, Set.of("receiver", "leader"), fields()),
          new Step(
              "REOPEN",
              Stage.ANSWERED,
              Set.of("leader"),
              fields("reason", "Người gửi chưa đồng ý.")));

  @Test
  void eachStepIsOpenExactlyToItsRolesInTheAgencyHoldingThePetition() {
    for (Step step : STEPS) {
      String code = petitionAt(step.stage());
      for (String account : ACCOUNTS) {
        if (step.allowed().contains(account)) {
          continue;
        }
        long version = version(code);
        Reply refused = act(account, code, step.action(), step.fields());
        assertThat(refused.status())
            .as(step.action() + " by " + account + ": " + refused)
            .isEqualTo(403);
        String expected =
            account.startsWith("stp.") || account.equals("reform")
                ? "urn:pakn:problem:not-your-agency"
                : null;
        if (expected != null) {
          assertThat(refused.json().getString("type")).isEqualTo(expected);
        }
        assertThat(version(code)).as("nothing changed").isEqualTo(version);
      }
      for (String account : step.allowed()) {
        String fresh = petitionAt(step.stage());
        Reply done = act(account, fresh, step.action(), step.fields());
        assertThat(done.status()).as(step.action() + " by " + account + ": " + done).isEqualTo(200);
      }
    }
  }

  @Test
  void officersOfAnotherAgencyCannotReadAPetitionTheirAgencyNeverHeld() {
    String code = petitionAt(Stage.RECEIVED);
    for (String account : List.of("stp.receiver", "stp.handler", "stp.leader", "reform")) {
      Reply read = api.get("api/inbox/" + code, bearer(account));
      assertThat(read.status()).as(account).isEqualTo(403);
      assertThat(api.get("api/inbox/" + code + "/attachments/1", bearer(account)).status())
          .isEqualTo(403);
    }
    assertThat(api.get("api/inbox/" + code, bearer("receiver")).status()).isEqualTo(200);
  }

  // --- a whole walk, with a transfer, the sender's part, and refusals ---------------------------

  @Test
  void aPetitionTravelsTheChainAndIsAnsweredDisputedAndReopened() {
    JsonObject receipt = api.postJson("api/petitions", PetitionJson.valid().toString()).json();
    String code = receipt.getString("trackingCode");
    String key = receipt.getString("accessKey");

    ok(act("receiver", code, "CLASSIFY", fields("withinCompetence", false, "field", "TPHT")));
    assertThat(act("receiver", code, "ACCEPT", fields()).json().getString("type"))
        .isEqualTo("urn:pakn:problem:not-classified-within-competence");
    assertThat(
            act("receiver", code, "TRANSFER", fields("toAgency", "SL-VP", "reason", "x")).status())
        .isEqualTo(409);
    ok(
        act(
            "receiver",
            code,
            "TRANSFER",
            fields("toAgency", "SL-STP", "reason", "Hộ tịch thuộc Sở Tư pháp")));

    // the provincial office keeps reading what it has held, but can no longer act
    assertThat(
            api.get("api/inbox/" + code, bearer("receiver")).json().getJsonArray("allowedActions"))
        .isEmpty();
    assertThat(api.get("api/inbox?history=true&size=100", bearer("receiver")).body())
        .contains(code);
    assertThat(api.get("api/inbox?size=100", bearer("stp.receiver")).body()).contains(code);

    ok(act("stp.receiver", code, "CLASSIFY", fields("withinCompetence", true)));
    ok(act("stp.receiver", code, "ACCEPT", fields("note", "Thụ lý")));
    Reply loop =
        act("stp.leader", code, "TRANSFER", fields("toAgency", "SL-VP", "reason", "Trả lại"));
    assertThat(loop.json().getString("type")).isEqualTo("urn:pakn:problem:transfer-loop");
    ok(act("stp.leader", code, "ASSIGN", fields("handler", "stp.handler")));
    ok(act("stp.handler", code, "START", fields()));
    ok(
        act(
            "stp.handler",
            code,
            "REQUEST_INFORMATION",
            fields("question", "Xin số giấy hẹn trả kết quả?")));

    JsonObject seen = follow(code, key);
    assertThat(seen.getString("status")).isEqualTo("INFORMATION_REQUESTED");
    assertThat(seen.getString("question")).isEqualTo("Xin số giấy hẹn trả kết quả?");
    Reply provided =
        api.postJson(
            "api/petitions/" + code + "/information",
            "{\"text\": \"Giấy hẹn số 123/GH\"}",
            "X-Access-Key",
            key);
    assertThat(provided.status()).as(provided.toString()).isEqualTo(200);
    assertThat(
            api.postJson(
                    "api/petitions/" + code + "/information",
                    "{\"text\": \"x\"}",
                    "X-Access-Key",
                    "WRONG-KEY1-XXXX")
                .status())
        .isEqualTo(404);

    String dueBefore = api.get("api/inbox/" + code, bearer("stp.leader")).json().getString("due");
    ok(act("stp.handler", code, "REQUEST_EXTENSION", fields("days", 5, "reason", "Cần xác minh")));
    ok(act("stp.leader", code, "APPROVE_EXTENSION", fields()));
    JsonObject extended = api.get("api/inbox/" + code, bearer("stp.leader")).json();
    assertThat(extended.getString("status")).isEqualTo("EXTENDED");
    assertThat(extended.getString("due")).isGreaterThan(dueBefore);

    ok(act("stp.handler", code, "DRAFT_ANSWER", fields("text", "Bản nháp thứ nhất")));
    ok(act("stp.leader", code, "RETURN_ANSWER", fields("comments", "Nêu rõ căn cứ pháp lý")));
    assertThat(follow(code, key).containsKey("answer")).isFalse();
    ok(
        act(
            "stp.handler",
            code,
            "DRAFT_ANSWER",
            fields("text", "Theo Nghị định 123/2015/NĐ-CP, …")));
    ok(act("stp.leader", code, "APPROVE_ANSWER", fields()));
    ok(act("stp.handler", code, "SEND_ANSWER", fields()));

    JsonObject answered = follow(code, key);
    assertThat(answered.getString("status")).isEqualTo("ANSWERED");
    assertThat(answered.getString("answer")).startsWith("Theo Nghị định 123/2015/NĐ-CP");
    assertThat(
            answered.getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("type")))
        .contains(
            "RECEIVED", "TRANSFERRED", "ACCEPTED", "INFORMATION_REQUESTED", "EXTENDED", "ANSWERED")
        .doesNotContain("CLASSIFIED", "ASSIGNED", "ANSWER_DRAFTED", "ANSWER_RETURNED");

    Reply rated =
        api.postJson(
            "api/petitions/" + code + "/rating", "{\"satisfied\": false}", "X-Access-Key", key);
    assertThat(rated.json().getString("satisfaction")).isEqualTo("UNSATISFIED");
    ok(
        act(
            "stp.leader",
            code,
            "REOPEN",
            fields("reason", "Người gửi không đồng ý với câu trả lời")));
    assertThat(follow(code, key).getString("status")).isEqualTo("IN_PROGRESS");

    JsonObject full = api.get("api/inbox/" + code, bearer("stp.leader")).json();
    assertThat(
            full.getJsonArray("transferChain").stream()
                .map(h -> h.asJsonObject().getString("agency")))
        .containsExactly("SL-VP", "SL-STP");
    assertThat(full.getJsonArray("trail").stream().map(e -> e.asJsonObject().getString("type")))
        .containsSubsequence(
            "RECEIVED",
            "CLASSIFIED",
            "TRANSFERRED",
            "CLASSIFIED",
            "ACCEPTED",
            "ASSIGNED",
            "STARTED",
            "INFORMATION_REQUESTED",
            "INFORMATION_PROVIDED",
            "EXTENSION_REQUESTED",
            "EXTENDED",
            "ANSWER_DRAFTED",
            "ANSWER_RETURNED",
            "ANSWER_DRAFTED",
            "ANSWER_APPROVED",
            "ANSWERED",
            "RATED",
            "REOPENED");
    JsonObject transfer =
        full.getJsonArray("trail").stream()
            .map(e -> e.asJsonObject())
            .filter(e -> e.getString("type").equals("TRANSFERRED"))
            .findFirst()
            .orElseThrow();
    assertThat(transfer.getString("actor")).isEqualTo("receiver");
    assertThat(transfer.getString("actorAgency")).isEqualTo("SL-VP");
    assertThat(transfer.getString("note")).isEqualTo("Hộ tịch thuộc Sở Tư pháp");
  }

  @Test
  void badStepsAreRefusedWithTheReasonAndChangeNothing() {
    String received = petitionAt(Stage.RECEIVED);
    long version = version(received);
    expect(act("receiver", received, "FLY", fields()), 400, "action");
    expect(
        api.postJson(
            "api/inbox/" + received + "/actions", "{\"action\":\"ACCEPT\"}", bearer("receiver")),
        400,
        "version");
    expect(
        act("receiver", received, "REJECT", fields("reasonCode", "NO_SUCH_REASON")),
        400,
        "reasonCode");
    expect(act("receiver", received, "REJECT", fields()), 400, "reasonCode");
    expect(
        act("receiver", received, "TRANSFER", fields("toAgency", "SL-STP", "reason", "   ")),
        400,
        "reason");
    expect(
        act("receiver", received, "TRANSFER", fields("toAgency", "NOWHERE", "reason", "x")),
        400,
        "toAgency");
    expect(
        act("receiver", received, "CLASSIFY", fields("withinCompetence", "yes")),
        400,
        "withinCompetence");
    expect(
        act("receiver", received, "CLASSIFY", fields("withinCompetence", true, "field", "NOPE")),
        400,
        "field");
    assertThat(act("receiver", received, "CLOSE", fields()).json().getString("type"))
        .isEqualTo("urn:pakn:problem:wrong-status");
    assertThat(version(received)).isEqualTo(version);

    Reply stale =
        api.postJson(
            "api/inbox/" + received + "/actions",
            "{\"action\":\"CLASSIFY\",\"version\":" + (version - 1) + ",\"withinCompetence\":true}",
            bearer("receiver"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("type")).isEqualTo("urn:pakn:problem:stale");
    assertThat(stale.json().getString("detail")).contains("RECEIVED");

    String accepted = petitionAt(Stage.ACCEPTED);
    expect(act("leader", accepted, "ASSIGN", fields("handler", "leader")), 400, "handler");
    expect(act("leader", accepted, "ASSIGN", fields("handler", "stp.handler")), 400, "handler");

    String inProgress = petitionAt(Stage.IN_PROGRESS);
    expect(
        act("handler", inProgress, "REQUEST_EXTENSION", fields("days", 0, "reason", "x")),
        400,
        "days");
    expect(
        act("handler", inProgress, "REQUEST_EXTENSION", fields("days", 31, "reason", "x")),
        400,
        "days");
    expect(act("handler", inProgress, "REQUEST_EXTENSION", fields("days", 3)), 400, "reason");
    expect(act("handler", inProgress, "DRAFT_ANSWER", fields("text", "a\u0000b")), 400, "text");

    // an officer who both drafts and leads may not approve their own draft
    Sql.officer("dual", "SL-VP", "HANDLER", "LEADER");
    String mine = petitionAt(Stage.ACCEPTED);
    ok(act("leader", mine, "ASSIGN", fields("handler", "dual")));
    ok(act("dual", mine, "START", fields()));
    ok(act("dual", mine, "DRAFT_ANSWER", fields("text", "Tôi tự soạn")));
    Reply self = act("dual", mine, "APPROVE_ANSWER", fields());
    assertThat(self.status()).isEqualTo(403);
    assertThat(self.json().getString("type")).isEqualTo("urn:pakn:problem:self-approval");
    ok(act("leader", mine, "APPROVE_ANSWER", fields()));
  }

  @Test
  void twoOfficersActingAtOnceCannotBothWin() throws Exception {
    for (int round = 0; round < 5; round++) {
      String code = petitionAt(Stage.ACCEPTED);
      long version = version(code);
      var start = new CountDownLatch(1);
      var pool = Executors.newFixedThreadPool(2);
      List<Future<Reply>> replies = new ArrayList<>();
      for (String account : List.of("receiver", "leader")) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.postJson(
                      "api/inbox/" + code + "/actions",
                      "{\"action\":\"ASSIGN\",\"version\":" + version + ",\"handler\":\"handler\"}",
                      bearer(account));
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        statuses.add(reply.get().status());
      }
      pool.shutdown();
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      JsonObject after = api.get("api/inbox/" + code, bearer("leader")).json();
      assertThat(
              after.getJsonArray("trail").stream()
                  .filter(e -> e.asJsonObject().getString("type").equals("ASSIGNED")))
          .hasSize(1);
      assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version + 1);
    }
  }

  // --- signing in -----------------------------------------------------------------------------

  @Test
  void officerEndpointsNeedAValidTokenOrSession() {
    assertThat(api.get("api/inbox").status()).isEqualTo(401);
    assertThat(api.get("api/inbox", "Authorization", "Bearer not-a-token").status()).isEqualTo(401);
    Reply wrong = api.postJson("api/tokens", "{\"username\":\"receiver\",\"password\":\"wrong\"}");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().getString("type")).isEqualTo("urn:pakn:problem:sign-in-failed");
    Reply unknown = api.postJson("api/tokens", "{\"username\":\"nobody\",\"password\":\"demo\"}");
    assertThat(unknown.body())
        .isEqualTo(
            wrong
                .body()
                .replace(
                    wrong.json().getString("correlationId"),
                    unknown.json().getString("correlationId")));
    expect(api.postJson("api/tokens", "{\"username\":\"receiver\"}"), 400, "password");

    String token = TOKENS.computeIfAbsent("receiver", this::signIn);
    assertThat(api.get("api/inbox", "Authorization", "Bearer " + token).status()).isEqualTo(200);
    String revocable = signIn("receiver");
    assertThat(api.get("api/inbox", "Authorization", "Bearer " + revocable).status())
        .isEqualTo(200);
    assertThat(api.delete("api/tokens", "Authorization", "Bearer " + revocable).status())
        .isEqualTo(204);
    assertThat(api.get("api/inbox", "Authorization", "Bearer " + revocable).status())
        .isEqualTo(401);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccount() {
    Sql.officer("lockme", "SL-STP", "HANDLER");
    for (int i = 0; i < 6; i++) {
      assertThat(
              api.postJson(
                      "api/tokens", "{\"username\":\"lockme\",\"password\":\"guess" + i + "\"}")
                  .status())
          .isEqualTo(401);
    }
    Reply locked = api.postJson("api/tokens", "{\"username\":\"lockme\",\"password\":\"demo\"}");
    assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
    assertThat(locked.json().getString("type")).isEqualTo("urn:pakn:problem:sign-in-locked");
    assertThat(Sql.number("select failed_sign_ins from officer where username = 'lockme'"))
        .isEqualTo(6);
  }

  @Test
  void aCookieSessionMustCarryItsCsrfTokenToChangeAnything() throws Exception {
    var cookies = new java.net.CookieManager();
    var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    var signIn =
        browser.send(
            HttpRequest.newBuilder(api.uri("api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"receiver\",\"password\":\"demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
    String csrf =
        Json.createReader(new java.io.StringReader(signIn.body()))
            .readObject()
            .getString("csrfToken");

    assertThat(
            browser
                .send(
                    HttpRequest.newBuilder(api.uri("api/inbox")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
    String code = petitionAt(Stage.RECEIVED);
    String step =
        "{\"action\":\"CLASSIFY\",\"version\":" + version(code) + ",\"withinCompetence\":true}";
    var forged =
        browser.send(
            HttpRequest.newBuilder(api.uri("api/inbox/" + code + "/actions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(step))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("urn:pakn:problem:csrf");
    var genuine =
        browser.send(
            HttpRequest.newBuilder(api.uri("api/inbox/" + code + "/actions"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(step))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);

    var signOut =
        browser.send(
            HttpRequest.newBuilder(api.uri("api/session"))
                .DELETE()
                .header("X-CSRF-Token", csrf)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signOut.statusCode()).isEqualTo(204);
    assertThat(
            browser
                .send(
                    HttpRequest.newBuilder(api.uri("api/inbox")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void aReceivingOfficerKeysInAPetitionThatCameByLetter() {
    Reply keyed =
        api.postJson(
            "api/petitions", PetitionJson.with("channel", "LETTER").toString(), bearer("receiver"));
    assertThat(keyed.status()).as(keyed.toString()).isEqualTo(201);
    JsonObject view =
        api.get("api/inbox/" + keyed.json().getString("trackingCode"), bearer("receiver")).json();
    assertThat(view.getString("channel")).isEqualTo("LETTER");
    assertThat(view.getJsonArray("trail").getJsonObject(0).getString("actor"))
        .isEqualTo("receiver");
    assertThat(
            api.postJson(
                    "api/petitions",
                    PetitionJson.with("channel", "PHONE").toString(),
                    bearer("handler"))
                .status())
        .isEqualTo(403);
  }

  // --- the inbox --------------------------------------------------------------------------------

  @Test
  void theInboxFiltersSortsAndPagesInTheDatabase() {
    String overdue = petitionAt(Stage.ACCEPTED);
    Sql.update(
        "update petition set due_at = now() - interval '2 days' where tracking_code = ?", overdue);
    JsonObject list = api.get("api/inbox?overdue=true&size=100", bearer("leader")).json();
    assertThat(
            list.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("trackingCode")))
        .contains(overdue);
    assertThat(
            list.getJsonArray("items").stream()
                .allMatch(i -> i.asJsonObject().getBoolean("overdue")))
        .isTrue();

    JsonObject accepted =
        api.get("api/inbox?status=ACCEPTED&sort=due&dir=asc&size=2", bearer("leader")).json();
    assertThat(accepted.getJsonArray("items")).hasSizeLessThanOrEqualTo(2);
    assertThat(
            accepted.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("status")))
        .containsOnly("ACCEPTED");
    assertThat(accepted.getJsonArray("items").getJsonObject(0).getString("trackingCode"))
        .isEqualTo(overdue);

    long total =
        api.get("api/inbox?size=1", bearer("receiver")).json().getJsonNumber("total").longValue();
    JsonObject page2 = api.get("api/inbox?size=1&page=2", bearer("receiver")).json();
    assertThat(page2.getJsonNumber("total").longValue()).isEqualTo(total);
    assertThat(page2.getJsonArray("items")).hasSize(total >= 2 ? 1 : 0);

    expect(api.get("api/inbox?size=0", bearer("receiver")), 400, "size");
    expect(api.get("api/inbox?size=101", bearer("receiver")), 400, "size");
    expect(api.get("api/inbox?page=0", bearer("receiver")), 400, "page");
    expect(api.get("api/inbox?status=LOST", bearer("receiver")), 400, "status");
    expect(api.get("api/inbox?sort=colour", bearer("receiver")), 400, "sort");
    assertThat(
            api.get(
                    "api/inbox?status=ACCEPTED,ANSWERED&kind=CONDUCT&field=TPHT&channel=WEB&assignee=me&dueSoon=true",
                    bearer("handler"))
                .status())
        .isEqualTo(200);
  }

  // --- agencies ---------------------------------------------------------------------------------

  @Test
  void administratorsKeepTheOrganisationTree() {
    String body =
        "{\"code\":\"SL-SCT\",\"name\":\"Sở Công Thương\",\"level\":\"DEPARTMENT\",\"parent\":\"SL\",\"fields\":[\"CT\"]}";
    assertThat(api.postJson("api/agencies", body, bearer("receiver")).status()).isEqualTo(403);
    Reply created = api.postJson("api/agencies", body, bearer("admin"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("parent")).isEqualTo("SL");
    expect(api.postJson("api/agencies", body, bearer("admin")), 400, "code");
    expect(
        api.postJson(
            "api/agencies",
            body.replace("SL-SCT", "SL-X").replace("\"SL\"", "\"NOPE\""),
            bearer("admin")),
        400,
        "parent");
    expect(
        api.postJson(
            "api/agencies",
            body.replace("SL-SCT", "SL-Y").replace("DEPARTMENT", "CITY"),
            bearer("admin")),
        400,
        "level");
    expect(
        api.postJson("api/agencies", body.replace("SL-SCT", "sl y"), bearer("admin")), 400, "code");
    expect(api.put("api/agencies/SL", "{\"parent\":\"SL-SCT\"}", bearer("admin")), 400, "parent");
    assertThat(api.get("api/agencies", bearer("handler")).body()).contains("\"code\":\"SL-SCT\"");
  }

  // --- the report against hand-counted figures --------------------------------------------------

  @Test
  void theReportMatchesHandCountedFigures() throws Exception {
    createAgency("RPT-A");
    createAgency("RPT-B");
    Sql.officer("rpt.receiver", "RPT-A", "RECEIVER");
    Sql.officer("rpt.handler", "RPT-A", "HANDLER");
    Sql.officer("rpt.leader", "RPT-A", "LEADER");

    // six petitions enter RPT-A from the provincial office
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String code = petitionAt(Stage.RECEIVED);
      ok(act("receiver", code, "TRANSFER", fields("toAgency", "RPT-A", "reason", "Thẩm quyền")));
      codes.add(code);
    }
    // P1 not accepted; P2 transferred on to RPT-B
    ok(act("rpt.receiver", codes.get(0), "REJECT", fields("reasonCode", "DUPLICATE")));
    ok(act("rpt.receiver", codes.get(1), "CLASSIFY", fields("withinCompetence", false)));
    ok(
        act(
            "rpt.receiver",
            codes.get(1),
            "TRANSFER",
            fields("toAgency", "RPT-B", "reason", "Thẩm quyền")));
    // P3, P4 answered on time (early); P4's sender unsatisfied; P5 answered late; P6 pending,
    // overdue
    Map<String, String> keys = new LinkedHashMap<>();
    for (String code : codes.subList(2, 6)) {
      ok(act("rpt.receiver", code, "CLASSIFY", fields("withinCompetence", true)));
      ok(act("rpt.receiver", code, "ACCEPT", fields()));
    }
    for (String code : codes.subList(2, 5)) {
      ok(act("rpt.leader", code, "ASSIGN", fields("handler", "rpt.handler")));
      ok(act("rpt.handler", code, "START", fields()));
      ok(act("rpt.handler", code, "DRAFT_ANSWER", fields("text", "Trả lời")));
      ok(act("rpt.leader", code, "APPROVE_ANSWER", fields()));
    }
    Sql.update(
        "update petition set due_at = now() - interval '1 hour' where tracking_code in (?, ?)",
        codes.get(4),
        codes.get(5));
    for (String code : codes.subList(2, 5)) {
      ok(act("rpt.handler", code, "SEND_ANSWER", fields()));
    }
    Sql.update(
        "update petition set satisfaction = 'UNSATISFIED' where tracking_code = ?", codes.get(3));

    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    JsonObject report =
        api.get(
                "api/reports/petitions?from=" + today + "&to=" + today + "&agency=RPT-A",
                bearer("reform"))
            .json();
    JsonObject a = report.getJsonArray("rows").getJsonObject(0);
    assertThat(a.getString("agency")).isEqualTo("RPT-A");
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("received", 6L);
    expected.put("notAccepted", 1L);
    expected.put("transferred", 1L);
    expected.put("answered", 3L);
    expected.put("onTime", 2L);
    expected.put("early", 2L);
    expected.put("late", 1L);
    expected.put("pending", 1L);
    expected.put("pendingOverdue", 1L);
    expected.put("unsatisfiedOrLate", 2L);
    expected.forEach(
        (name, value) -> assertThat(a.getJsonNumber(name).longValue()).as(name).isEqualTo(value));
    assertThat(a.getJsonNumber("onTimeRate").doubleValue()).isEqualTo(2.0 / 4);
    assertThat(a.getJsonNumber("satisfactionRate").doubleValue()).isEqualTo(1.0 / 3);

    JsonObject b =
        api.get(
                "api/reports/petitions?from=" + today + "&to=" + today + "&agency=RPT-B",
                bearer("reform"))
            .json()
            .getJsonArray("rows")
            .getJsonObject(0);
    assertThat(b.getJsonNumber("received").longValue()).isEqualTo(1);
    assertThat(b.getJsonNumber("pending").longValue()).isEqualTo(1);

    Reply csv =
        api.get(
            "api/reports/petitions?from=" + today + "&to=" + today + "&agency=RPT-A&format=csv",
            bearer("reform"));
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("\uFEFF\"Mã cơ quan\"")
        .contains(
            "\"RPT-A\"", "\"6\",\"1\",\"1\",\"3\",\"2\",\"2\",\"1\",\"1\",\"1\",\"2\",\"0.5\"");

    var xlsx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        api.uri(
                            "api/reports/petitions?from="
                                + today
                                + "&to="
                                + today
                                + "&agency=RPT-A&format=xlsx"))
                    .header(
                        "Authorization", "Bearer " + TOKENS.computeIfAbsent("reform", this::signIn))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var row =
          workbook.getFirstSheet().read().stream()
              .filter(r -> r.getCellAsString(0).orElse("").equals("RPT-A"))
              .findFirst()
              .orElseThrow();
      assertThat(row.getCellAsNumber(2)).contains(java.math.BigDecimal.valueOf(6));
      assertThat(row.getCellAsString(1)).contains("Cơ quan RPT-A");
    }

    assertThat(
            api.get(
                    "api/reports/petitions?from=" + today + "&to=" + today + "&agency=RPT-A",
                    bearer("leader"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.get("api/reports/petitions?from=" + today + "&to=" + today, bearer("handler"))
                .status())
        .isEqualTo(403);
    expect(
        api.get("api/reports/petitions?from=2026-13-01&to=" + today, bearer("reform")),
        400,
        "from");
    expect(
        api.get("api/reports/petitions?from=" + today + "&to=2020-01-01", bearer("reform")),
        400,
        "to");
    expect(
        api.get(
            "api/reports/petitions?from=" + today + "&to=" + today + "&format=pdf",
            bearer("reform")),
        400,
        "format");
  }

  // --- helpers
  // --------------------------------------------------------------------------------------

  /** Creates the agency once: the tests of this class share one database. */
  private void createAgency(String code) {
    if (Sql.number("select count(*) from agency where code = ?", code) > 0) {
      return;
    }
    Reply created =
        api.postJson(
            "api/agencies",
            "{\"code\":\""
                + code
                + "\",\"name\":\"Cơ quan "
                + code
                + "\",\"level\":\"DEPARTMENT\",\"parent\":\"SL\"}",
            bearer("admin"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  /** A new web petition, brought to a stage by the demo officers of the provincial office. */
  private String petitionAt(Stage stage) {
    String code =
        api.postJson("api/petitions", PetitionJson.valid().toString())
            .json()
            .getString("trackingCode");
    Stage[] path = Stage.values();
    for (int i = 1; i <= stage.ordinal(); i++) {
      switch (path[i]) {
        case CLASSIFIED -> ok(act("receiver", code, "CLASSIFY", fields("withinCompetence", true)));
        case ACCEPTED -> ok(act("receiver", code, "ACCEPT", fields()));
        case ASSIGNED -> ok(act("leader", code, "ASSIGN", fields("handler", "handler")));
        case IN_PROGRESS -> ok(act("handler", code, "START", fields()));
        case EXTENSION_REQUESTED ->
            ok(
                act(
                    "handler",
                    code,
                    "REQUEST_EXTENSION",
                    fields("days", 3, "reason", "Cần thêm thời gian")));
        case DRAFTED -> ok(act("handler", code, "DRAFT_ANSWER", fields("text", "Dự thảo")));
        case APPROVED -> ok(act("leader", code, "APPROVE_ANSWER", fields()));
        case ANSWERED -> ok(act("handler", code, "SEND_ANSWER", fields()));
        default -> {}
      }
      if (path[i] == Stage.EXTENSION_REQUESTED && stage != Stage.EXTENSION_REQUESTED) {
        ok(act("leader", code, "APPROVE_EXTENSION", fields()));
      }
    }
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

  private JsonObject follow(String code, String key) {
    return api.get("api/petitions/" + code, "X-Access-Key", key).json();
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

  private static void expect(Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.violatedFields()).as(reply.toString()).contains(field);
  }

  static JsonObject fields(Object... pairs) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      String name = (String) pairs[i];
      Object value = pairs[i + 1];
      if (value instanceof Boolean v) {
        b.add(name, v);
      } else if (value instanceof Integer v) {
        b.add(name, v);
      } else {
        b.add(name, String.valueOf(value));
      }
    }
    return b.build();
  }
}
