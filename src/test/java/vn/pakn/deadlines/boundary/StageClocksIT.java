package vn.pakn.deadlines.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.deadlines.control.WorkingCalendar;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestMailServer;

/**
 * Stage clocks on real PostgreSQL, from outside: they follow the workflow along a transfer chain
 * and keep the petition's due; an information request pauses them and the answer gives the paused
 * working days back; a calendar change and a new policy version recompute them with an audit row;
 * the reminder sweep sends each reminder and escalation once, run twice or from two threads at once
 * (GreenMail counts); bad policies are refused and store nothing. The petitions are handled by
 * agencies of their own (CLK-A, CLK-S) whose officers have mail addresses, so the mails counted are
 * this class's alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "payara.microJar", matches = ".+")
class StageClocksIT {

  static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  static volatile boolean prepared;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
    synchronized (StageClocksIT.class) {
      if (!prepared) {
        for (String agency : List.of("CLK-A", "CLK-S")) {
          Reply created =
              api.postJson(
                  "api/agencies",
                  "{\"code\":\""
                      + agency
                      + "\",\"name\":\"Cơ quan thử thời hạn "
                      + agency
                      + "\",\"level\":\"DEPARTMENT\",\"parent\":\"SL\"}",
                  bearer("admin"));
          assertThat(created.status()).as(created.toString()).isEqualTo(201);
          String prefix = agency.equals("CLK-A") ? "clk." : "clks.";
          for (String role : List.of("receiver", "handler", "leader")) {
            Sql.officer(prefix + role, agency, role.toUpperCase());
            Sql.update(
                "update officer set email = ?, display_name = ? where username = ?",
                prefix + role + "@pakn.test",
                "Cán bộ " + prefix + role,
                prefix + role);
          }
        }
        prepared = true;
      }
    }
  }

  // --- clocks follow the workflow ---------------------------------------------------------------

  @Test
  void clocksFollowTheWorkflowAlongATransferChainAndKeepThePetitionsDue() {
    JsonObject filed = file();
    String code = filed.getString("trackingCode");
    List<JsonObject> clocks = clocks(code, "receiver");
    assertThat(summary(clocks))
        .containsExactly("REGISTRATION SL-VP EARLY", "CLASSIFICATION SL-VP RUNNING");
    assertThat(clocks.get(1).getInt("workingDays")).isEqualTo(5);
    assertThat(clocks.get(1).getString("legalBasis")).contains("20/2008/NĐ-CP");
    assertThat(clocks.get(1).getString("explanation")).contains("5 ngày làm việc", "→ hạn: 24:00");
    assertDueFollowsTheOpenClock(code);

    JsonObject follow =
        api.get("api/petitions/" + code, "X-Access-Key", filed.getString("accessKey")).json();
    assertThat(follow.getString("dueExplanation")).contains("5 ngày làm việc");

    ok(act("receiver", code, "CLASSIFY", fields("withinCompetence", false)));
    assertThat(summary(clocks(code, "receiver")))
        .containsExactly(
            "REGISTRATION SL-VP EARLY", "CLASSIFICATION SL-VP EARLY", "TRANSFER SL-VP RUNNING");
    assertDueFollowsTheOpenClock(code);

    ok(act("receiver", code, "TRANSFER", fields("toAgency", "CLK-A", "reason", "Thẩm quyền")));
    clocks = clocks(code, "clk.receiver");
    assertThat(summary(clocks))
        .containsExactly(
            "REGISTRATION SL-VP EARLY",
            "CLASSIFICATION SL-VP EARLY",
            "TRANSFER SL-VP EARLY",
            "CLASSIFICATION CLK-A RUNNING");
    assertThat(clocks.get(3).getInt("hop")).isEqualTo(2);
    assertDueFollowsTheOpenClock(code);

    ok(act("clk.receiver", code, "CLASSIFY", fields("withinCompetence", true)));
    ok(act("clk.receiver", code, "ACCEPT", fields()));
    ok(act("clk.leader", code, "ASSIGN", fields("handler", "clk.handler")));
    ok(act("clk.handler", code, "START", fields()));
    JsonObject answer = last(clocks(code, "clk.handler"));
    assertThat(answer.getString("stage")).isEqualTo("ANSWER");
    assertThat(answer.getInt("workingDays")).isEqualTo(10);
    assertThat(answer.getInt("workingDaysLeft")).isBetween(9, 11);
    assertDueFollowsTheOpenClock(code);

    ok(
        act(
            "clk.handler",
            code,
            "REQUEST_EXTENSION",
            fields("days", 3, "reason", "Cần lấy ý kiến Sở Tư pháp")));
    ok(act("clk.leader", code, "APPROVE_EXTENSION", fields()));
    JsonObject extended = last(clocks(code, "clk.handler"));
    assertThat(extended.getInt("extensionDays")).isEqualTo(3);
    JsonObject change = extended.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("cause")).isEqualTo("EXTENDED");
    assertThat(change.getString("actor")).isEqualTo("clk.leader");
    assertThat(change.getString("note")).isEqualTo("Cần lấy ý kiến Sở Tư pháp");
    assertThat(change.getString("oldDue")).isEqualTo(answer.getString("due"));
    assertThat(instant(change.getString("newDue"))).isAfter(instant(answer.getString("due")));
    assertThat(extended.getString("explanation")).contains("13 ngày làm việc");
    assertDueFollowsTheOpenClock(code);

    ok(act("clk.handler", code, "DRAFT_ANSWER", fields("text", "Dự thảo trả lời.")));
    assertThat(summary(clocks(code, "clk.handler")))
        .endsWith("ANSWER CLK-A RUNNING", "APPROVAL CLK-A RUNNING");
    assertDueFollowsTheOpenClock(code); // the approval's 2 days come first
    ok(act("clk.leader", code, "APPROVE_ANSWER", fields()));
    ok(act("clk.leader", code, "SEND_ANSWER", fields()));
    assertThat(summary(clocks(code, "clk.leader")))
        .containsExactly(
            "REGISTRATION SL-VP EARLY",
            "CLASSIFICATION SL-VP EARLY",
            "TRANSFER SL-VP EARLY",
            "CLASSIFICATION CLK-A EARLY",
            "ANSWER CLK-A EARLY",
            "APPROVAL CLK-A EARLY");
    assertThat(openClocks(code)).isZero();

    assertThat(api.get("api/clocks/" + code, bearer("stp.receiver")).status()).isEqualTo(403);
    assertThat(api.get("api/clocks/" + code).status()).isEqualTo(401);
    assertThat(api.get("api/clocks/PAKN-2026-999999-X", bearer("receiver")).status())
        .isEqualTo(404);
  }

  @Test
  void anInformationRequestPausesTheClockAndTheAnswerGivesThePausedDaysBack() {
    JsonObject filed = file();
    String code = filed.getString("trackingCode");
    toInProgressAt(code, "CLK-A", "clk.");
    ok(
        act(
            "clk.handler",
            code,
            "REQUEST_INFORMATION",
            fields("question", "Xin cung cấp số biên nhận hồ sơ.")));
    JsonObject paused = last(clocks(code, "clk.handler"));
    assertThat(paused.getString("status")).isEqualTo("PAUSED");
    assertThat(paused.getJsonArray("pauses").getJsonObject(0).getString("reason"))
        .contains("Xin cung cấp số biên nhận hồ sơ.");
    assertDueFollowsTheOpenClock(code);

    // the sender takes a week to answer
    long petition = petitionId(code);
    Sql.update(
        "update stage_clock set paused_at = paused_at - interval '7 days'"
            + " where petition_id = ? and paused_at is not null",
        petition);
    Sql.update(
        "update stage_clock_pause set paused_at = paused_at - interval '7 days'"
            + " where resumed_at is null and clock_id in"
            + " (select id from stage_clock where petition_id = ?)",
        petition);
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    int expected = WorkingCalendar.standard().workingDaysBetween(today.minusDays(7), today);

    Reply answered =
        api.postJson(
            "api/petitions/" + code + "/information",
            "{\"text\":\"Số biên nhận 000123.\"}",
            "X-Access-Key",
            filed.getString("accessKey"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

    JsonObject resumed = last(clocks(code, "clk.handler"));
    assertThat(resumed.getString("status")).isEqualTo("RUNNING");
    assertThat(resumed.getInt("pausedDays")).isEqualTo(expected).isPositive();
    JsonObject pause = resumed.getJsonArray("pauses").getJsonObject(0);
    assertThat(pause.getInt("workingDays")).isEqualTo(expected);
    JsonObject change = resumed.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("cause")).isEqualTo("RESUMED");
    assertThat(change.getString("oldDue")).isEqualTo(paused.getString("due"));
    assertThat(change.getString("newDue")).isEqualTo(resumed.getString("due"));
    assertThat(resumed.getString("explanation")).contains((10 + expected) + " ngày làm việc");
    assertDueFollowsTheOpenClock(code);
  }

  // --- recomputation ----------------------------------------------------------------------------

  @Test
  void aCalendarChangeRecomputesOpenClocksAndRecordsWhy() {
    String code = file().getString("trackingCode");
    toInProgressAt(code, "CLK-A", "clk.");
    JsonObject before = last(clocks(code, "clk.handler"));
    Instant due = instant(before.getString("due"));
    LocalDate lastDay = LocalDate.ofInstant(due.minusSeconds(1), VietnamTime.ZONE);
    int year = lastDay.getYear();
    JsonObject official = api.get("api/calendar/" + year + "/official", bearer("admin")).json();
    JsonArrayBuilder days = Json.createArrayBuilder(official.getJsonArray("days"));
    days.add(
        Json.createObjectBuilder()
            .add("date", lastDay.toString())
            .add("type", "EXTRA_DAY_OFF")
            .add("name", "Nghỉ thử của StageClocksIT")
            .add("legalReference", "Thông báo thử nghiệm"));
    try {
      Reply put =
          api.put(
              "api/calendar/" + year + "/official",
              Json.createObjectBuilder()
                  .add("revision", official.getInt("revision"))
                  .add("days", days)
                  .build()
                  .toString(),
              bearer("admin"));
      assertThat(put.status()).as(put.toString()).isEqualTo(200);

      JsonObject after = last(clocks(code, "clk.handler"));
      assertThat(instant(after.getString("due"))).isAfter(due);
      JsonObject change = last(after.getJsonArray("changes").getValuesAs(JsonObject.class));
      assertThat(change.getString("cause")).isEqualTo("CALENDAR_CHANGED");
      assertThat(change.getString("oldDue")).isEqualTo(before.getString("due"));
      assertThat(change.getString("newDue")).isEqualTo(after.getString("due"));
      assertThat(change.getString("note")).contains(String.valueOf(year));
      assertThat(after.getString("explanation")).contains("Nghỉ thử của StageClocksIT");
      assertDueFollowsTheOpenClock(code);
    } finally {
      JsonObject now = api.get("api/calendar/" + year + "/official", bearer("admin")).json();
      Reply restored =
          api.put(
              "api/calendar/" + year + "/official",
              Json.createObjectBuilder()
                  .add("revision", now.getInt("revision"))
                  .add("days", official.getJsonArray("days"))
                  .build()
                  .toString(),
              bearer("admin"));
      assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }
    assertThat(last(clocks(code, "clk.handler")).getString("due"))
        .isEqualTo(before.getString("due"));
    assertDueFollowsTheOpenClock(code);
  }

  @Test
  void policiesAreListedAndANewVersionGovernsTheClocksStartedSinceItTookEffect() {
    JsonObject list = api.get("api/deadline-policies", bearer("handler")).json();
    assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(
            p -> p.getString("stage") + " " + p.getString("kind") + " " + p.getInt("workingDays"))
        .contains(
            "REGISTRATION ALL 1",
            "CLASSIFICATION ALL 5",
            "TRANSFER ALL 5",
            "ANSWER ALL 10",
            "APPROVAL ALL 2");

    String code = file().getString("trackingCode");
    ok(
        act(
            "receiver",
            code,
            "CLASSIFY",
            fields("kind", "REGULATION_CONTENT", "withinCompetence", true)));
    ok(act("receiver", code, "ACCEPT", fields()));
    JsonObject before = last(clocks(code, "receiver"));
    assertThat(before.getInt("workingDays")).isEqualTo(10);

    String today = LocalDate.now(VietnamTime.ZONE).toString();
    Reply added =
        api.postJson(
            "api/deadline-policies",
            "{\"stage\":\"ANSWER\",\"kind\":\"REGULATION_CONTENT\",\"workingDays\":12,"
                + "\"legalBasis\":\"Quyết định thử của tỉnh\",\"effectiveFrom\":\""
                + today
                + "\"}",
            bearer("admin"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getString("createdBy")).isEqualTo("admin");

    JsonObject after = last(clocks(code, "receiver"));
    assertThat(after.getInt("workingDays")).isEqualTo(12);
    assertThat(after.getString("legalBasis")).isEqualTo("Quyết định thử của tỉnh");
    JsonObject change = last(after.getJsonArray("changes").getValuesAs(JsonObject.class));
    assertThat(change.getString("cause")).isEqualTo("POLICY_CHANGED");
    assertThat(change.getString("oldDue")).isEqualTo(before.getString("due"));
    assertDueFollowsTheOpenClock(code);

    long policies = Sql.number("select count(*) from deadline_policy");
    Reply again =
        api.postJson(
            "api/deadline-policies",
            "{\"stage\":\"ANSWER\",\"kind\":\"REGULATION_CONTENT\",\"workingDays\":14,"
                + "\"legalBasis\":\"x\",\"effectiveFrom\":\""
                + today
                + "\"}",
            bearer("admin"));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("type")).endsWith("deadline-policy-overlap");
    assertThat(Sql.number("select count(*) from deadline_policy")).isEqualTo(policies);
  }

  @Test
  void badPoliciesAreRefusedAndNothingIsStored() {
    long policies = Sql.number("select count(*) from deadline_policy");
    long changes = Sql.number("select count(*) from stage_clock_change");
    String valid = "\"legalBasis\":\"Căn cứ\",\"effectiveFrom\":\"2030-01-01\"";
    problem(policy("{\"stage\":\"ANSWER\",\"workingDays\":-5," + valid + "}"), 400, "workingDays");
    problem(
        policy("{\"stage\":\"ANSWER\",\"workingDays\":100000," + valid + "}"), 400, "workingDays");
    problem(policy("{\"stage\":\"ANSWER\",\"workingDays\":0," + valid + "}"), 400, "workingDays");
    problem(policy("{\"stage\":\"APPEAL\",\"workingDays\":10," + valid + "}"), 400, "stage");
    problem(
        policy("{\"stage\":\"ANSWER\",\"kind\":\"COMPLAINT\",\"workingDays\":10," + valid + "}"),
        400,
        "kind");
    problem(
        policy(
            "{\"stage\":\"ANSWER\",\"workingDays\":10,\"legalBasis\":\"x\","
                + "\"effectiveFrom\":\"2026-02-30\"}"),
        400,
        "effectiveFrom");
    problem(policy("{\"stage\":\"ANSWER\",\"workingDays\":10}"), 400, "legalBasis");
    problem(policy("not json"), 400, null);
    Reply overlap =
        policy(
            "{\"stage\":\"TRANSFER\",\"workingDays\":7,\"legalBasis\":\"x\","
                + "\"effectiveFrom\":\"1900-01-01\"}");
    problem(overlap, 409, null);
    assertThat(overlap.json().getString("type"))
        .isEqualTo("urn:pakn:problem:deadline-policy-overlap");
    Reply english =
        api.postJson(
            "api/deadline-policies",
            "{\"stage\":\"TRANSFER\",\"workingDays\":7,\"legalBasis\":\"x\","
                + "\"effectiveFrom\":\"1900-01-01\"}",
            "Accept-Language",
            "en",
            bearer("admin")[0],
            bearer("admin")[1]);
    assertThat(english.json().getString("title")).contains("overlaps");
    Reply notAdmin =
        api.postJson(
            "api/deadline-policies",
            "{\"stage\":\"ANSWER\",\"workingDays\":10," + valid + "}",
            bearer("leader"));
    assertThat(notAdmin.status()).isEqualTo(403);
    assertThat(
            api.postJson(
                    "api/deadline-policies",
                    "{\"stage\":\"ANSWER\",\"workingDays\":10," + valid + "}")
                .status())
        .isEqualTo(401);
    assertThat(api.get("api/deadline-policies").status()).isEqualTo(401);

    assertThat(Sql.number("select count(*) from deadline_policy")).isEqualTo(policies);
    assertThat(Sql.number("select count(*) from stage_clock_change")).isEqualTo(changes);
  }

  // --- the reminder sweep -----------------------------------------------------------------------

  @Test
  void theSweepSendsEachReminderOnceRunTwiceOrFromTwoThreadsAtOnce() throws Exception {
    String code = file().getString("trackingCode");
    toInProgressAt(code, "CLK-S", "clks.");
    long petition = petitionId(code);
    String clock = " from stage_clock where petition_id = " + petition + " and stage = 'ANSWER'";
    Instant half =
        Instant.ofEpochMilli(
            Sql.number("select (extract(epoch from half_at) * 1000)::bigint" + clock));
    Instant eighty =
        Instant.ofEpochMilli(
            Sql.number("select (extract(epoch from eighty_at) * 1000)::bigint" + clock));
    Instant lastDay =
        Instant.ofEpochMilli(
            Sql.number("select (extract(epoch from last_day_at) * 1000)::bigint" + clock));
    Instant due =
        Instant.ofEpochMilli(
            Sql.number("select (extract(epoch from due_at) * 1000)::bigint" + clock));
    assertThat(half).isBefore(eighty);
    assertThat(eighty).isBefore(lastDay);

    sweep(half.minusSeconds(60));
    assertThat(outbox("clks.handler")).isZero();
    sweep(half);
    sweep(half);
    assertThat(outbox("clks.handler")).isEqualTo(1);
    assertThat(Sql.number("select alert_level" + clock)).isEqualTo(1);

    concurrently(eighty);
    assertThat(outbox("clks.handler")).isEqualTo(2);
    concurrently(lastDay.plusSeconds(3600));
    assertThat(outbox("clks.handler")).isEqualTo(3);
    concurrently(due);
    concurrently(due.plus(Duration.ofDays(3)));
    assertThat(outbox("clks.handler")).isEqualTo(3);
    assertThat(outbox("clks.leader")).isEqualTo(1);
    assertThat(outbox("clks.receiver")).isZero();
    assertThat(Sql.number("select alert_level" + clock)).isEqualTo(4);
    assertThat(Sql.number("select count(*)" + clock + " and next_alert_at is null")).isEqualTo(1);

    Await.until(
        "the deadline mails sent",
        Duration.ofSeconds(60),
        () ->
            TestMailServer.to("clks.handler@pakn.test").size() >= 3
                && TestMailServer.to("clks.leader@pakn.test").size() >= 1
                && Sql.number(
                        "select count(*) from mail_outbox where recipient like 'clks.%'"
                            + " and status in ('QUEUED', 'SENDING')")
                    == 0);
    assertThat(TestMailServer.to("clks.handler@pakn.test")).hasSize(3);
    assertThat(TestMailServer.to("clks.leader@pakn.test")).hasSize(1);
    assertThat(TestMailServer.to("clks.leader@pakn.test").get(0).getSubject()).contains(code);
    assertThat(
            Sql.number(
                "select count(*) from mail_outbox where recipient = 'clks.handler@pakn.test'"
                    + " and template = 'deadline-reminder' and petition_id = ?",
                petition))
        .isEqualTo(3);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private void sweep(Instant at) {
    Reply reply = api.postJson("api/clocks/sweep?at=" + at, "", bearer("admin"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private void concurrently(Instant at) throws Exception {
    String token = TOKENS.computeIfAbsent("admin", this::signIn);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            pool.submit(
                () -> {
                  go.await();
                  return new Api(base)
                      .postJson("api/clocks/sweep?at=" + at, "", "Authorization", "Bearer " + token)
                      .status();
                }));
      }
      go.countDown();
      for (Future<Integer> run : runs) {
        assertThat(run.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long outbox(String officer) {
    return Sql.number(
        "select count(*) from mail_outbox where recipient = ?", officer + "@pakn.test");
  }

  private Reply policy(String body) {
    return api.postJson("api/deadline-policies", body, bearer("admin"));
  }

  private static void problem(Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    if (field != null) {
      assertThat(reply.violatedFields()).as(reply.toString()).contains(field);
    }
  }

  /** From filing to IN_PROGRESS at an agency of its own, through a transfer. */
  private void toInProgressAt(String code, String agency, String prefix) {
    ok(act("receiver", code, "TRANSFER", fields("toAgency", agency, "reason", "Thẩm quyền")));
    ok(act(prefix + "receiver", code, "CLASSIFY", fields("withinCompetence", true)));
    ok(act(prefix + "receiver", code, "ACCEPT", fields()));
    ok(act(prefix + "leader", code, "ASSIGN", fields("handler", prefix + "handler")));
    ok(act(prefix + "handler", code, "START", fields()));
  }

  /** petition.due_at is the earliest due of the running clocks, or unchanged when none runs. */
  private static void assertDueFollowsTheOpenClock(String code) {
    long petition = petitionId(code);
    long running =
        Sql.number(
            "select count(*) from stage_clock where petition_id = ? and finished_at is null"
                + " and paused_at is null",
            petition);
    if (running > 0) {
      assertThat(
              Sql.number(
                  "select count(*) from petition p where p.id = ? and p.due_at = (select"
                      + " min(c.due_at) from stage_clock c where c.petition_id = p.id and"
                      + " c.finished_at is null and c.paused_at is null)",
                  petition))
          .as("the due of " + code + " follows its running clocks")
          .isEqualTo(1);
    } else {
      assertThat(
              Sql.number(
                  "select count(*) from petition p where p.id = ? and p.due_at in (select"
                      + " c.due_at from stage_clock c where c.petition_id = p.id)",
                  petition))
          .isEqualTo(1);
    }
  }

  private static long openClocks(String code) {
    return Sql.number(
        "select count(*) from stage_clock where petition_id = ? and finished_at is null",
        petitionId(code));
  }

  private static long petitionId(String code) {
    return Sql.number("select id from petition where tracking_code = ?", code);
  }

  private static Instant instant(String offsetDateTime) {
    return java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static List<String> summary(List<JsonObject> clocks) {
    return clocks.stream()
        .map(c -> c.getString("stage") + " " + c.getString("agency") + " " + c.getString("status"))
        .toList();
  }

  private List<JsonObject> clocks(String code, String account) {
    Reply reply = api.get("api/clocks/" + code, bearer(account));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("clocks").getValuesAs(JsonObject.class);
  }

  private JsonObject file() {
    Reply reply = api.postJson("api/petitions", PetitionJson.valid().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private Reply act(String account, String code, String action, JsonObject fields) {
    JsonObjectBuilder step =
        Json.createObjectBuilder(fields).add("action", action).add("version", version(code));
    return api.postJson("api/inbox/" + code + "/actions", step.build().toString(), bearer(account));
  }

  private static long version(String code) {
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
      } else if (value instanceof Integer v) {
        b.add(name, v);
      } else if (value == null) {
        b.add(name, JsonValue.NULL);
      } else {
        b.add(name, String.valueOf(value));
      }
    }
    return b.build();
  }
}
