package vn.pakn.surveys.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.surveys.control.KioskEntries;
import vn.pakn.surveys.control.TokenCodes;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestMailServer;

/**
 * Survey responses from outside: one vote per served case (desk file and petition), kiosks with
 * signed offline queues, scores on a fixture equal to hand-computed values, PAR ranking and
 * exports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyResponsesIT {

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

  // --- one vote per served case -----------------------------------------------------------------

  @Test
  void aDeskFileTokenRatesOnceAndBadAnswersStoreNothing() {
    String receipt = "BN-" + UUID.randomUUID().toString().substring(0, 8);
    Reply issued = issue(receipt, "kiosk");
    String token = issued.json().getString("token");
    assertThat(issued.json().getString("url"))
        .endsWith("danh-gia.html?survey=kiosk&token=" + token);
    assertThat(issued.json().getJsonObject("qr").getString("path")).startsWith("M");
    assertThat(Sql.number("select count(*) from survey_token where token_hash = ?", token))
        .isZero();
    long before = responses();

    Reply outOfScale = respond("kiosk", token, "{\"satisfaction\": 7}");
    assertThat(outOfScale.status()).as(outOfScale.toString()).isEqualTo(400);
    assertThat(outOfScale.violatedFields()).containsExactly("answers.satisfaction");
    Reply missing = respond("kiosk", token, "{\"comment\": \"Tốt\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.violatedFields()).containsExactly("answers.satisfaction");
    Reply unknownQuestion = respond("kiosk", token, "{\"satisfaction\": 2, \"speed\": 1}");
    assertThat(unknownQuestion.violatedFields()).containsExactly("answers.speed");
    Reply badVersion =
        api.postJson(
            "api/surveys/kiosk/responses",
            "{\"token\":\"" + token + "\",\"version\":9,\"answers\":{\"satisfaction\":2}}");
    assertThat(badVersion.status()).isEqualTo(400);
    assertThat(badVersion.violatedFields()).containsExactly("version");
    Reply unknownSurvey = respond("no-such-survey", token, "{\"satisfaction\": 2}");
    assertThat(unknownSurvey.status()).isEqualTo(404);
    Reply otherSurvey = respond("sipas", token, sipasAnswers(5));
    assertThat(otherSurvey.status()).as(otherSurvey.toString()).isEqualTo(409);
    assertThat(type(otherSurvey)).isEqualTo("urn:pakn:problem:survey-token-other-survey");
    assertThat(responses()).isEqualTo(before);
    assertThat(used(token)).isFalse();

    Reply rated =
        respond("kiosk", token.toLowerCase(), "{\"satisfaction\": 3, \"comment\": \"Nhanh\"}");
    assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
    assertThat(rated.json().getInt("version")).isEqualTo(1);
    assertThat(rated.json().getBoolean("official")).isTrue();
    long id = rated.json().getJsonNumber("id").longValue();
    assertThat(Sql.number("select survey_version from survey_response where id = ?", id))
        .isEqualTo(1);
    assertThat(Sql.number("select count(*) from survey_answer where response_id = ?", id))
        .isEqualTo(1);
    assertThat(used(token)).isTrue();

    Reply again = respond("kiosk", token, "{\"satisfaction\": 1}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(type(again)).isEqualTo("urn:pakn:problem:survey-token-used");
    assertThat(responses()).isEqualTo(before + 1);
    Reply reissue = issue(receipt, "kiosk");
    assertThat(reissue.status()).isEqualTo(409);
  }

  @Test
  void unknownAndExpiredTokensAreProblemsAndAReissuedTokenReplacesAnUnusedOne() {
    Reply unknown = respond("kiosk", "ZZZZZZZZZZZZ", "{\"satisfaction\": 3}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(type(unknown)).isEqualTo("urn:pakn:problem:survey-token-unknown");
    Reply malformed = respond("kiosk", "x", "{\"satisfaction\": 3}");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.violatedFields()).containsExactly("token");

    String receipt = "BN-" + UUID.randomUUID().toString().substring(0, 8);
    String first = issue(receipt, "kiosk").json().getString("token");
    String second = issue(receipt, "kiosk").json().getString("token");
    assertThat(respond("kiosk", first, "{\"satisfaction\": 3}").status()).isEqualTo(404);
    Sql.update(
        "update survey_token set expires_at = now() - interval '1 minute' where token_hash = ?",
        TokenCodes.hash(second));
    Reply expired = respond("kiosk", second, "{\"satisfaction\": 3}");
    assertThat(expired.status()).isEqualTo(410);
    assertThat(type(expired)).isEqualTo("urn:pakn:problem:survey-token-expired");
    assertThat(used(second)).isFalse();
  }

  @Test
  void onlyOfficersIssueDeskTokens() {
    Reply anonymous =
        api.postJson("api/survey-tokens", "{\"receiptNumber\":\"BN-1\",\"survey\":\"kiosk\"}");
    assertThat(anonymous.status()).isEqualTo(401);
    Reply reform =
        api.postJson("api/survey-tokens", "{\"receiptNumber\":\"BN-1\"}", bearer("reform"));
    assertThat(reform.status()).isEqualTo(403);
    Reply bad =
        api.postJson(
            "api/survey-tokens",
            "{\"receiptNumber\":\"BN 1;drop\",\"survey\":\"nope\"}",
            bearer("receiver"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.violatedFields()).containsExactlyInAnyOrder("receiptNumber", "survey");
  }

  @Test
  void theSenderOfAnAnsweredPetitionIsInvitedOnceAndRatesByTheMailedLink() throws Exception {
    String to = "s" + UUID.randomUUID().toString().substring(0, 12) + "@example.vn";
    Reply filed = api.postJson("api/petitions", PetitionJson.withSender("email", to).toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String code = filed.json().getString("trackingCode");
    ok(act("receiver", code, "CLASSIFY", Json.createObjectBuilder().add("withinCompetence", true)));
    ok(act("receiver", code, "ACCEPT", Json.createObjectBuilder()));
    ok(act("leader", code, "ASSIGN", Json.createObjectBuilder().add("handler", "handler")));
    ok(act("handler", code, "START", Json.createObjectBuilder()));
    ok(
        act(
            "handler",
            code,
            "DRAFT_ANSWER",
            Json.createObjectBuilder().add("text", "Theo Nghị định 123/2015/NĐ-CP, ...")));
    ok(act("leader", code, "APPROVE_ANSWER", Json.createObjectBuilder()));
    ok(act("handler", code, "SEND_ANSWER", Json.createObjectBuilder()));

    Await.until(
        "the survey invitation",
        PATIENCE,
        () -> TestMailServer.to(to).stream().anyMatch(m -> text(m).contains("danh-gia.html")));
    MimeMessage invitation =
        TestMailServer.to(to).stream()
            .filter(m -> text(m).contains("danh-gia.html"))
            .findFirst()
            .orElseThrow();
    assertThat(invitation.getSubject()).isNotBlank();
    Matcher link =
        Pattern.compile(
                "https://pakn\\.test/danh-gia\\.html\\?survey=petition-handling&token=([A-Z0-9]+)")
            .matcher(text(invitation));
    assertThat(link.find()).as(text(invitation)).isTrue();
    String token = link.group(1);
    assertThat(
            Sql.number(
                "select count(*) from survey_token where petition_id ="
                    + " (select id from petition where tracking_code = ?)",
                code))
        .isEqualTo(1);

    JsonObjectBuilder answers = Json.createObjectBuilder();
    var definition = api.get("api/surveys/petition-handling").json();
    definition
        .getJsonArray("questions")
        .forEach(q -> answers.add(q.asJsonObject().getString("id"), 2));
    String answered = answers.build().toString();
    Reply rated = respond("petition-handling", token, answered);
    assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
    assertThat(
            Sql.number(
                "select count(*) from survey_response where marks_unsatisfied and petition_id ="
                    + " (select id from petition where tracking_code = ?)",
                code))
        .isEqualTo(1);
    assertThat(respond("petition-handling", token, answered).status()).isEqualTo(409);
  }

  // --- kiosks ---------------------------------------------------------------------------------

  @Test
  void aKioskQueueIsStoredOnceAndTamperedOrTooFrequentEntriesAreQuarantined() {
    Reply denied =
        api.postJson("api/kiosks", "{\"agency\":\"SL-STP\",\"desk\":\"Quầy 1\"}", bearer("reform"));
    assertThat(denied.status()).isEqualTo(403);
    Reply badKiosk =
        api.postJson("api/kiosks", "{\"agency\":\"NOPE\",\"survey\":\"nope\"}", bearer("admin"));
    assertThat(badKiosk.violatedFields()).containsExactlyInAnyOrder("agency", "desk", "survey");

    Reply registered =
        api.postJson(
            "api/kiosks", "{\"agency\":\"SL-STP\",\"desk\":\"Quầy 3 – Tư pháp\"}", bearer("admin"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String kiosk = registered.json().getString("code");
    String secret = registered.json().getString("secret");
    assertThat(registered.json().getString("setupUrl")).contains(kiosk, secret);
    JsonObject described = api.get("api/kiosks/" + kiosk).json();
    assertThat(described.getString("desk")).isEqualTo("Quầy 3 – Tư pháp");
    assertThat(described.toString()).doesNotContain(secret);
    assertThat(api.get("api/kiosks", bearer("admin")).body())
        .contains(kiosk)
        .doesNotContain(secret);

    OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
    String first = payload(UUID.randomUUID().toString(), t0, null, 3);
    String tooSoon = payload(UUID.randomUUID().toString(), t0.plusSeconds(2), null, 1);
    String tampered = payload(UUID.randomUUID().toString(), t0.plusMinutes(5), null, 1);
    String future = payload(UUID.randomUUID().toString(), t0.plusDays(2), null, 1);
    String receipt = "BN-" + UUID.randomUUID().toString().substring(0, 8);
    String token = issue(receipt, "kiosk").json().getString("token");
    String withToken = payload(UUID.randomUUID().toString(), t0.plusMinutes(10), token, 2);
    String badToken = payload(UUID.randomUUID().toString(), t0.plusMinutes(20), "ZZZZZZZZZZZZ", 2);
    long before = responses();

    Reply sent =
        send(
            kiosk,
            entry(first, secret),
            entry(first, secret),
            entry(tooSoon, secret),
            entry(
                tampered.replace("\"satisfaction\":1", "\"satisfaction\":3"),
                KioskEntries.sign(secret, tampered)),
            entry(future, secret),
            entry(withToken, secret),
            entry(badToken, secret),
            entry(payload(UUID.randomUUID().toString(), t0.plusMinutes(30), null, 2), "00ff"));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    var results = sent.json().getJsonArray("results");
    assertThat(results.stream().map(r -> r.asJsonObject().getString("status")))
        .containsExactly(
            "STORED",
            "DUPLICATE",
            "QUARANTINED",
            "QUARANTINED",
            "QUARANTINED",
            "STORED",
            "STORED",
            "QUARANTINED");
    assertThat(results.stream().map(r -> String.valueOf(r.asJsonObject().get("reason"))))
        .containsExactly(
            "null",
            "null",
            "\"TOO_SOON\"",
            "\"SIGNATURE\"",
            "\"CLOCK\"",
            "null",
            "null",
            "\"SIGNATURE\"");
    assertThat(results.getJsonObject(0).getBoolean("official")).isFalse();
    assertThat(results.getJsonObject(5).getBoolean("official")).isTrue();
    assertThat(results.getJsonObject(6).getBoolean("official")).isFalse();
    assertThat(responses()).isEqualTo(before + 3);
    assertThat(used(token)).isTrue();

    // the same queue sent again after a lost reply: nothing is stored twice
    Reply replay = send(kiosk, entry(first, secret), entry(withToken, secret));
    assertThat(
            replay.json().getJsonArray("results").stream()
                .map(r -> r.asJsonObject().getString("status")))
        .containsExactly("DUPLICATE", "DUPLICATE");
    assertThat(responses()).isEqualTo(before + 3);
    long kioskId = Sql.number("select id from kiosk where code = ?", kiosk);
    assertThat(Sql.number("select count(*) from survey_quarantine where kiosk_id = ?", kioskId))
        .isEqualTo(4);

    assertThat(api.postJson("api/kiosks/K-NOPE/responses", "{\"entries\":[]}").status())
        .isEqualTo(404);
    assertThat(api.postJson("api/kiosks/" + kiosk + "/deactivate", "{}", bearer("admin")).status())
        .isEqualTo(200);
    Reply afterDeactivation =
        send(
            kiosk,
            entry(payload(UUID.randomUUID().toString(), t0.plusMinutes(40), null, 2), secret));
    assertThat(
            afterDeactivation.json().getJsonArray("results").getJsonObject(0).getString("reason"))
        .isEqualTo("INACTIVE_KIOSK");
  }

  // --- scores and PAR -------------------------------------------------------------------------

  @Test
  void scoresOnAFixtureEqualHandComputedValuesAndUnofficialResponsesStayApart() {
    long agency = fixtureAgency("FIX-A", "Sở Thử nghiệm A");
    // kiosk, 2030-01: 12 official (4 × very satisfied, 5 × satisfied, 3 × not satisfied) at desk
    // "Q1", 3 official at desk "Q2", and 20 unofficial "not satisfied" that must not count
    insertResponses(agency, "kiosk", "Q1", true, 4, "2030-01-10", Map.of("satisfaction", 3), null);
    insertResponses(agency, "kiosk", "Q1", true, 5, "2030-01-11", Map.of("satisfaction", 2), null);
    insertResponses(agency, "kiosk", "Q1", true, 3, "2030-01-31", Map.of("satisfaction", 1), null);
    insertResponses(agency, "kiosk", "Q2", true, 3, "2030-01-12", Map.of("satisfaction", 1), null);
    insertResponses(
        agency, "kiosk", "Q1", false, 20, "2030-01-12", Map.of("satisfaction", 1), null);
    // desk evaluation: 6 responses of 18 points and 4 of 9 → mean 14.4, band "good"
    insertResponses(agency, "desk-evaluation", "Q1", true, 6, "2030-01-15", Map.of(), 18);
    insertResponses(agency, "desk-evaluation", "Q1", true, 4, "2030-01-16", Map.of(), 9);
    // outside the period
    insertResponses(agency, "kiosk", "Q1", true, 30, "2030-02-01", Map.of("satisfaction", 1), null);
    refresh();

    JsonObject scores = api.get("api/scores?period=2030-01&agency=FIX-A", bearer("reform")).json();
    assertThat(scores.getString("from")).isEqualTo("2030-01-01");
    assertThat(scores.getString("to")).isEqualTo("2030-01-31");
    JsonObject group = scores.getJsonArray("groups").getJsonObject(0);
    JsonObject kiosk = survey(group, "kiosk");
    // official: 15 responses, satisfied (2 or 3) 9 → 0.6; Wilson 95% for 9/15
    assertThat(kiosk.getInt("responses")).isEqualTo(15);
    assertThat(kiosk.getInt("unofficialResponses")).isEqualTo(20);
    JsonObject overall = kiosk.getJsonObject("overall");
    assertThat(overall.getJsonNumber("value").doubleValue()).isEqualTo(0.6);
    assertThat(overall.getJsonNumber("lower").doubleValue()).isEqualTo(0.3575);
    assertThat(overall.getJsonNumber("upper").doubleValue()).isEqualTo(0.8018);
    JsonObject desk = survey(group, "desk-evaluation").getJsonObject("deskScore");
    assertThat(desk.getJsonObject("meanPoints").getJsonNumber("value").doubleValue())
        .isEqualTo(14.4);
    assertThat(desk.getString("bandOfMean")).isEqualTo("good");
    assertThat(
            desk.getJsonObject("bandShares")
                .getJsonObject("excellent")
                .getJsonNumber("value")
                .doubleValue())
        .isEqualTo(0.6);

    JsonObject byDesk =
        api.get("api/scores?period=2030-01&agency=FIX-A&by=desk", bearer("reform")).json();
    JsonObject q2 =
        byDesk.getJsonArray("groups").stream()
            .map(g -> g.asJsonObject())
            .filter(g -> g.getString("desk").equals("Q2"))
            .findFirst()
            .orElseThrow();
    JsonObject hidden = survey(q2, "kiosk");
    assertThat(hidden.isNull("responses")).isTrue();
    assertThat(hidden.getJsonObject("overall").getBoolean("shown")).isFalse();
    assertThat(hidden.getJsonObject("overall").containsKey("value")).isFalse();

    JsonObject quarter = api.get("api/scores?period=2030-Q1&agency=FIX-A", bearer("reform")).json();
    assertThat(survey(quarter.getJsonArray("groups").getJsonObject(0), "kiosk").getInt("responses"))
        .isEqualTo(45);

    Reply badPeriod = api.get("api/scores?period=2030-13&by=room", bearer("reform"));
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.violatedFields()).containsExactlyInAnyOrder("period", "by");
    assertThat(api.get("api/scores?period=2030").status()).isEqualTo(401);
    assertThat(api.get("api/scores?period=2030", bearer("receiver")).status()).isEqualTo(403);
  }

  @Test
  void todaysResponsesAreInTheScoresWithinAMinuteAndRecomputingChangesNothing() {
    long agency = fixtureAgency("FIX-R", "Sở Thử nghiệm R");
    Reply registered =
        api.postJson("api/kiosks", "{\"agency\":\"FIX-R\",\"desk\":\"Quầy R\"}", bearer("admin"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String kiosk = registered.json().getString("code");
    String secret = registered.json().getString("secret");
    // 12 kiosk entries answered in the last minutes (unofficial: no served-case code)
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    JsonObject[] entries = new JsonObject[12];
    for (int i = 0; i < entries.length; i++) {
      entries[i] =
          entry(
              payload(UUID.randomUUID().toString(), now.minusSeconds(15L * (i + 1)), null, 3),
              secret);
    }
    assertThat(send(kiosk, entries).status()).isEqualTo(200);
    // and official responses of today, stored as the app stores them (listed for the follower)
    String today = LocalDate.now(VietnamTime.ZONE).toString();
    insertResponses(agency, "kiosk", "Quầy R", true, 11, today, Map.of("satisfaction", 2), null);
    insertResponses(agency, "desk-evaluation", "Quầy S", true, 10, today, Map.of(), 16);
    String month = today.substring(0, 7);

    // no refresh asked: the follower on its timer brings them in
    Await.until(
        "today's responses in the scores",
        PATIENCE,
        () -> {
          JsonObject scores =
              api.get("api/scores?period=" + month + "&agency=FIX-R", bearer("reform")).json();
          if (scores.getJsonArray("groups").isEmpty()) {
            return false;
          }
          JsonObject k = survey(scores.getJsonArray("groups").getJsonObject(0), "kiosk");
          return !k.isNull("unofficialResponses")
              && k.getInt("unofficialResponses") == 12
              && !k.isNull("responses")
              && k.getInt("responses") == 11;
        });
    JsonObject byDesk =
        api.get("api/scores?period=" + month + "&agency=FIX-R&by=desk", bearer("reform")).json();
    JsonObject deskS =
        byDesk.getJsonArray("groups").stream()
            .map(g -> g.asJsonObject())
            .filter(g -> g.getString("desk").equals("Quầy S"))
            .findFirst()
            .orElseThrow();
    assertThat(
            survey(deskS, "desk-evaluation")
                .getJsonObject("deskScore")
                .getJsonObject("meanPoints")
                .getJsonNumber("value")
                .doubleValue())
        .isEqualTo(16.0);

    // the full recomputation gives every grouping the same figures as the follower did
    Map<String, String> followed = new java.util.LinkedHashMap<>();
    for (String by : new String[] {"agency", "desk", "service", "officer"}) {
      followed.put(
          by,
          api.get("api/scores?period=" + month + "&agency=FIX-R&by=" + by, bearer("reform"))
              .body());
    }
    Reply recomputed = api.postJson("api/scores/recompute", "{}", bearer("admin"));
    assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
    assertThat(recomputed.json().getJsonNumber("responses").longValue()).isGreaterThanOrEqualTo(33);
    assertThat(api.postJson("api/scores/recompute", "{}", bearer("reform")).status())
        .isEqualTo(403);
    for (var entry : followed.entrySet()) {
      assertThat(
              api.get(
                      "api/scores?period=" + month + "&agency=FIX-R&by=" + entry.getKey(),
                      bearer("reform"))
                  .body())
          .as(entry.getKey())
          .isEqualTo(entry.getValue());
    }
  }

  @Test
  void parRankingBandsAndExports() throws Exception {
    long a = fixtureAgency("FIX-P1", "Sở Thử nghiệm P1");
    long b = fixtureAgency("FIX-P2", "Sở Thử nghiệm P2");
    fixtureAgency("FIX-P3", "Sở Thử nghiệm P3");
    // SIPAS 2031: agency P1 8 of 10 respondents satisfied on every criterion → overall 0.8 → 16 of
    // 20
    insertResponses(a, "sipas", "", true, 8, "2031-03-01", sipas(5), null);
    insertResponses(a, "sipas", "", true, 2, "2031-03-02", sipas(2), null);
    insertResponses(b, "sipas", "", true, 10, "2031-03-01", sipas(4), null);
    refresh();

    Reply denied =
        api.put(
            "api/par/entries",
            "{\"agency\":\"FIX-P1\",\"period\":\"2031\",\"points\":{}}",
            bearer("leader"));
    assertThat(denied.status()).isEqualTo(403);
    Reply outOfRange =
        api.put(
            "api/par/entries",
            "{\"agency\":\"FIX-P1\",\"period\":\"2031\",\"points\":{\"direction\":9.5,\"impact-sipas\":3}}",
            bearer("reform"));
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.violatedFields())
        .containsExactlyInAnyOrder("points.direction", "points.impact-sipas");

    String full =
        "{\"direction\":9,\"legal-documents\":6,\"administrative-procedures\":13,\"apparatus\":8,"
            + "\"civil-service\":11,\"public-finance\":7.5,\"digital-government\":12.5,"
            + "\"impact-development\":10}";
    assertThat(
            api.put(
                    "api/par/entries",
                    "{\"agency\":\"FIX-P1\",\"period\":\"2031\",\"points\":" + full + "}",
                    bearer("reform"))
                .status())
        .isEqualTo(204);

    String badCsv =
        "agencyCode,period,componentId,points\nFIX-P2,2031,direction,8\nFIX-P2,2031,impact-sipas,3\n";
    Reply refused =
        api.postBytes(
            "api/par/import",
            "text/csv",
            badCsv.getBytes(StandardCharsets.UTF_8),
            bearer("reform"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.violatedFields()).containsExactly("line[3].componentId");
    assertThat(Sql.number("select count(*) from par_entry where agency_id = ?", b)).isZero();
    String csv =
        "\uFEFFagencyCode,period,componentId,points\n"
            + "FIX-P2,2031,direction,9\nFIX-P2,2031,legal-documents,6\n"
            + "FIX-P2,2031,administrative-procedures,13\nFIX-P2,2031,apparatus,8\n"
            + "FIX-P2,2031,civil-service,11\nFIX-P2,2031,public-finance,7.5\n"
            + "FIX-P2,2031,digital-government,12.5\nFIX-P2,2031,impact-development,10\n"
            + "FIX-P3,2031,direction,5\n";
    Reply imported =
        api.postBytes(
            "api/par/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8), bearer("reform"));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("imported")).isEqualTo(9);

    JsonObject table = api.get("api/par?period=2031", bearer("reform")).json();
    var rows = table.getJsonArray("rows");
    // P2: 77 entered + SIPAS 1.0 × 20 = 97; P1: 77 + 0.8 × 20 = 93; P3: 5; petitions: none
    // (missing)
    assertThat(rows.stream().map(r -> r.asJsonObject().getString("agency")))
        .as(table.toString())
        .startsWith("FIX-P2", "FIX-P1")
        .contains("FIX-P3");
    JsonObject p2 = rows.getJsonObject(0);
    assertThat(p2.getInt("rank")).isEqualTo(1);
    assertThat(p2.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("97.00");
    assertThat(p2.getString("band")).isEqualTo("excellent");
    JsonObject p1 = rows.getJsonObject(1);
    assertThat(p1.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("93.00");
    assertThat(p1.getJsonObject("items").getJsonNumber("impact-sipas").bigDecimalValue())
        .isEqualByComparingTo("16.00");
    assertThat(p1.getJsonArray("missing").getString(0)).isEqualTo("impact-petitions");
    JsonObject p3 =
        rows.stream()
            .map(r -> r.asJsonObject())
            .filter(r -> r.getString("agency").equals("FIX-P3"))
            .findFirst()
            .orElseThrow();
    assertThat(p3.getString("band")).isEqualTo("weak");

    Reply csvExport = api.get("api/par?period=2031&format=csv", bearer("reform"));
    assertThat(csvExport.header("Content-Type")).startsWith("text/csv");
    assertThat(csvExport.body())
        .startsWith("\uFEFF\"Xếp hạng\"")
        .contains("\"1\",\"FIX-P2\",\"Sở Thử nghiệm P2\"");
    var xlsx =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(api.uri("api/par?period=2031&format=xlsx"))
                    .header("Authorization", bearer("reform")[1])
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheetRows = workbook.getFirstSheet().read();
      var header = sheetRows.stream().filter(r -> r.getRowNum() == 3).findFirst().orElseThrow();
      var first = sheetRows.stream().filter(r -> r.getRowNum() == 4).findFirst().orElseThrow();
      assertThat(header.getCellText(0)).isEqualTo("Xếp hạng");
      assertThat(first.getCellText(1)).isEqualTo("FIX-P2");
      assertThat(first.getCellText(0)).isEqualTo("1");
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Reply issue(String receipt, String survey) {
    Reply reply =
        api.postJson(
            "api/survey-tokens",
            Json.createObjectBuilder()
                .add("receiptNumber", receipt)
                .add("survey", survey)
                .add("desk", "Quầy 2")
                .add("procedureCode", "1.001193")
                .build()
                .toString(),
            bearer("receiver"));
    if (reply.status() == 201) {
      return reply;
    }
    assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
    return reply;
  }

  private Reply respond(String survey, String token, String answers) {
    return api.postJson(
        "api/surveys/" + survey + "/responses",
        "{\"token\":\"" + token + "\",\"answers\":" + answers + "}");
  }

  private static String sipasAnswers(int value) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    sipas(value).forEach(b::add);
    return b.build().toString();
  }

  private static Map<String, Integer> sipas(int value) {
    Map<String, Integer> answers = new java.util.HashMap<>();
    for (String q :
        new String[] {
          "access-seating", "access-equipment", "access-ease", "procedure-published",
          "procedure-documents", "procedure-fees", "procedure-deadline", "servants-courtesy",
          "servants-listening", "servants-guidance", "servants-compliance", "results-compliant",
          "results-accurate", "results-on-time", "feedback-channels", "feedback-handled",
          "feedback-notified"
        }) {
      answers.put(q, value);
    }
    return answers;
  }

  private static String payload(String clientId, OffsetDateTime at, String token, int value) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("answeredAt", at.toString())
            .add("survey", "kiosk")
            .add("version", 1)
            .add("answers", Json.createObjectBuilder().add("satisfaction", value));
    if (token != null) {
      b.add("token", token);
    }
    return b.build().toString();
  }

  private static JsonObject entry(String payload, String secretOrSignature) {
    String signature =
        secretOrSignature.length() == 64
            ? KioskEntries.sign(secretOrSignature, payload)
            : secretOrSignature;
    return Json.createObjectBuilder().add("payload", payload).add("signature", signature).build();
  }

  private Reply send(String kiosk, JsonObject... entries) {
    var array = Json.createArrayBuilder();
    for (JsonObject e : entries) {
      array.add(e);
    }
    return api.postJson(
        "api/kiosks/" + kiosk + "/responses",
        Json.createObjectBuilder().add("entries", array).build().toString());
  }

  private static long responses() {
    return Sql.number("select count(*) from survey_response");
  }

  private static boolean used(String token) {
    return Sql.number(
            "select count(*) from survey_token where used_at is not null and token_hash = ?",
            TokenCodes.hash(token))
        == 1;
  }

  private static String type(Reply reply) {
    return reply.json().getString("type");
  }

  private static long fixtureAgency(String code, String name) {
    Sql.update(
        "insert into agency (id, code, name, level, parent_id) select nextval('agency_seq'), ?, ?,"
            + " 'DEPARTMENT', 1 where not exists (select 1 from agency where code = ?)",
        code,
        name,
        code);
    return Sql.number("select id from agency where code = ?", code);
  }

  /** Responses inserted directly (a fixed past day), with their answers. */
  private static void insertResponses(
      long agency,
      String survey,
      String desk,
      boolean official,
      int count,
      String day,
      Map<String, Integer> answers,
      Integer deskPoints) {
    for (int i = 0; i < count; i++) {
      long id = Sql.number("select nextval('survey_response_seq')");
      Sql.update(
          "insert into survey_response (id, survey_id, survey_version, official, channel, agency_id,"
              + " desk, procedure_code, answered_on, answered_at, received_at, desk_points,"
              + " marks_unsatisfied) values (?, ?, 1, ?, 'LINK', ?, ?, '', cast(? as date),"
              + " cast(? as date) + time '09:00', now(), ?, false)",
          id,
          survey,
          official,
          agency,
          desk,
          day,
          day,
          deskPoints);
      // as the app does: the response is listed for the roll-ups' follower in its transaction
      Sql.update("insert into survey_rollup_pending (response_id, claimed) values (?, false)", id);
      for (var answer : answers.entrySet()) {
        Sql.update(
            "insert into survey_answer (response_id, question_id, answer_value) values (?, ?, ?)",
            id,
            answer.getKey(),
            answer.getValue());
      }
    }
  }

  private void refresh() {
    Reply refreshed = api.postJson("api/scores/refresh", "{}", bearer("reform"));
    assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
  }

  private static JsonObject survey(JsonObject group, String id) {
    return group.getJsonArray("surveys").stream()
        .map(s -> s.asJsonObject())
        .filter(s -> s.getString("survey").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + group));
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

  private static String text(MimeMessage mail) {
    try {
      Object content = mail.getContent();
      if (content instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          if (multipart.getBodyPart(i).isMimeType("text/plain")) {
            return (String) multipart.getBodyPart(i).getContent();
          }
        }
      }
      return String.valueOf(content);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
