package vn.pakn.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import vn.pakn.testing.TestMailServer;

/**
 * Mails to senders, from outside: a petition step enqueues its mail in the step's transaction, the
 * sending job delivers it to the test SMTP server (GreenMail), through an SMTP outage exactly once;
 * administrators read the outbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

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
  void filingAPetitionWithAnEmailDeliversTheReceivedMailInVietnamese() throws Exception {
    String to = address();
    Reply filed = file(PetitionJson.withSender("email", to));
    String code = filed.json().getString("trackingCode");
    String accessKey = filed.json().getString("accessKey");

    MimeMessage mail = only(to);
    assertThat(mail.getSubject())
        .isEqualTo("Đã nhận phản ánh, kiến nghị của Ông/Bà – mã số " + code);
    assertThat(mail.getHeader("Subject", null)).startsWith("=?UTF-8?");
    assertThat(mail.getMessageID()).matches("<[^@>]+@pakn\\.test>");
    assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(mail.getHeader("Content-Language", null)).isEqualTo("vi");
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    String text = part(mail, "text/plain");
    String html = part(mail, "text/html");
    assertThat(text)
        .contains("Kính gửi Nguyễn Thị Hoa", code, "https://pakn.test/theo-doi.html?code=" + code);
    assertThat(html).contains(code, "Nguyễn Thị Hoa");
    assertThat(text + html + mail.getSubject()).doesNotContain(accessKey);

    JsonObject row = mails("to=" + to, "admin").getJsonObject(0);
    assertThat(row.getString("status")).isEqualTo("SENT");
    assertThat(row.getString("template")).isEqualTo("petition-received");
    assertThat(row.getString("messageId")).isEqualTo(mail.getMessageID());
  }

  @Test
  void anEnglishPetitionGetsTheEnglishMail() throws Exception {
    String to = address();
    JsonObject petition =
        PetitionJson.edit(PetitionJson.withSender("email", to), b -> b.add("language", "en"));
    String code = file(petition).json().getString("trackingCode");
    MimeMessage mail = only(to);
    assertThat(mail.getSubject()).isEqualTo("We have received your petition – reference " + code);
    assertThat(mail.getHeader("Content-Language", null)).isEqualTo("en");
    assertThat(part(mail, "text/plain")).contains(code);
  }

  @Test
  void aRejectionIsMailedWithItsReason() throws Exception {
    String to = address();
    String code = file(PetitionJson.withSender("email", to)).json().getString("trackingCode");
    only(to);
    JsonObject step =
        Json.createObjectBuilder()
            .add("action", "REJECT")
            .add(
                "version", Sql.number("select version from petition where tracking_code = ?", code))
            .add("reasonCode", "OUT_OF_SCOPE")
            .add("note", "Nội dung thuộc tranh chấp dân sự, đề nghị gửi Tòa án nhân dân huyện.")
            .build();
    Reply rejected =
        api.postJson("api/inbox/" + code + "/actions", step.toString(), bearer("receiver"));
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);

    Await.until("the rejection mail", PATIENCE, () -> TestMailServer.to(to).size() == 2);
    MimeMessage mail =
        TestMailServer.to(to).stream()
            .filter(m -> subject(m).contains("không được tiếp nhận"))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).contains(code);
    assertThat(part(mail, "text/plain"))
        .contains(
            "Không phải phản ánh, kiến nghị về quy định hành chính",
            "tranh chấp dân sự, đề nghị gửi Tòa án nhân dân huyện");
  }

  @Test
  void aStepThatRollsBackSendsNothing() {
    String lost = address();
    String control = address();
    Sql.update(
        "create or replace function mail_it_refuse() returns trigger language plpgsql as"
            + " $$ begin raise exception 'refused by MailIT'; end $$");
    Sql.update(
        "create constraint trigger mail_it_rollback after insert on petition"
            + " deferrable initially deferred for each row"
            + " when (new.title like '%[rollback]%') execute function mail_it_refuse()");
    try {
      Reply refused =
          api.postJson(
              "api/petitions",
              PetitionJson.edit(
                      PetitionJson.withSender("email", lost),
                      b -> b.add("title", "Chậm trả kết quả [rollback]"))
                  .toString());
      assertThat(refused.status()).as(refused.toString()).isGreaterThanOrEqualTo(500);
    } finally {
      Sql.update("drop trigger if exists mail_it_rollback on petition");
      Sql.update("drop function if exists mail_it_refuse()");
    }
    assertThat(Sql.number("select count(*) from mail_outbox where recipient = ?", lost)).isZero();
    file(PetitionJson.withSender("email", control));
    only(control);
    assertThat(TestMailServer.to(lost)).isEmpty();
  }

  @Test
  void mailsWaitThroughAnSmtpOutageAndArriveExactlyOnce() throws Exception {
    List<String> senders = List.of(address(), address());
    TestMailServer.suspend();
    try {
      for (String to : senders) {
        file(PetitionJson.withSender("email", to));
      }
      for (String to : senders) {
        Await.until(
            "a failed attempt for " + to,
            PATIENCE,
            () -> {
              JsonObject row = mails("to=" + to, "admin").getJsonObject(0);
              return row.getString("status").equals("QUEUED") && row.getInt("attempts") >= 1;
            });
        JsonObject queued = mails("to=" + to + "&status=QUEUED", "admin").getJsonObject(0);
        assertThat(queued.getString("lastError")).isNotBlank();
      }
    } finally {
      TestMailServer.resume();
    }
    for (String to : senders) {
      Await.until(
          "the mail to " + to + " marked sent",
          PATIENCE,
          () -> mails("to=" + to, "admin").getJsonObject(0).getString("status").equals("SENT"));
    }
    for (String to : senders) {
      Await.until("the mail to " + to, PATIENCE, () -> !TestMailServer.to(to).isEmpty());
      assertThat(TestMailServer.to(to)).hasSize(1);
    }
  }

  @Test
  void anAdministratorSendsAFailedMailAgainWithTheSameMessageId() throws Exception {
    String to = address();
    file(PetitionJson.withSender("email", to));
    MimeMessage first = only(to);
    Await.until(
        "the mail marked sent",
        PATIENCE,
        () -> mails("to=" + to, "admin").getJsonObject(0).getString("status").equals("SENT"));
    long id = mails("to=" + to, "admin").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(api.postJson("api/admin/mails/" + id + "/retry", "{}", bearer("admin")).status())
        .isEqualTo(409);

    Sql.update(
        "update mail_outbox set status = 'FAILED', last_error = 'given up in MailIT' where id = ?",
        id);
    assertThat(mails("to=" + to + "&status=FAILED", "admin")).hasSize(1);
    Reply retried = api.postJson("api/admin/mails/" + id + "/retry", "{}", bearer("admin"));
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    assertThat(retried.json().getString("status")).isEqualTo("QUEUED");
    assertThat(retried.json().getInt("attempts")).isZero();

    Await.until("the mail sent again", PATIENCE, () -> TestMailServer.to(to).size() == 2);
    assertThat(TestMailServer.to(to).get(1).getMessageID()).isEqualTo(first.getMessageID());
  }

  @Test
  void onlyAdministratorsReadTheOutbox() {
    assertThat(api.get("api/admin/mails").status()).isEqualTo(401);
    assertThat(api.get("api/admin/mails", bearer("receiver")).status()).isEqualTo(403);
    assertThat(api.postJson("api/admin/mails/1/retry", "{}", bearer("receiver")).status())
        .isEqualTo(403);
    assertThat(api.postJson("api/admin/mails/1/retry", "{}").status()).isEqualTo(401);
    Reply bad = api.get("api/admin/mails?status=LOST", bearer("admin"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.violatedFields()).contains("status");
    Reply unknown = api.postJson("api/admin/mails/999999999/retry", "{}", bearer("admin"));
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void anEmailAddressWithLineBreaksIsRefusedAtFiling() {
    Reply refused =
        api.postJson(
            "api/petitions",
            PetitionJson.withSender("email", "hoa@example.vn\r\nBcc: all@example.vn").toString());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.violatedFields()).contains("sender.email");
    Reply dots =
        api.postJson(
            "api/petitions", PetitionJson.withSender("email", "hoa..x@example.vn").toString());
    assertThat(dots.status()).as(dots.toString()).isEqualTo(400);
    assertThat(dots.violatedFields()).contains("sender.email");
  }

  // --- officers' accounts: the account-created and password-reset mails ------------------------

  @Test
  void aNewOfficerSetsTheirPasswordThroughTheMailedLinkOnce() throws Exception {
    String to = address();
    String username = "moi." + UUID.randomUUID().toString().substring(0, 8);
    Reply created = api.postJson("api/admin/officers", account(username, to), bearer("admin"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("api/admin/officers/" + username);
    assertThat(created.json().getBoolean("activated")).isFalse();

    MimeMessage mail = only(to);
    assertThat(mail.getSubject()).contains("Tài khoản cán bộ");
    String text = part(mail, "text/plain");
    assertThat(text).contains("Trần Văn Nam", username, "Sở Tư pháp");
    String secret = secret(text);
    assertThat(part(mail, "text/html")).contains("kich-hoat.html#" + secret);
    // only a hash of the secret is stored
    assertThat(
            Sql.number(
                "select count(*) from officer_activation where token_hash like ?",
                "%" + secret + "%"))
        .isZero();
    // no password yet: signing in fails like a wrong password
    assertThat(signInAs(username, "Một câu dài dễ nhớ 2026").status()).isEqualTo(401);

    Reply weak = activate(secret, "ngắn");
    assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
    assertThat(weak.violatedFields()).containsExactly("password");
    Reply guessable = activate(secret, username + "12345");
    assertThat(guessable.status()).isEqualTo(400);

    assertThat(activate(secret, "Một câu dài dễ nhớ 2026").status()).isEqualTo(204);
    assertThat(signInAs(username, "Một câu dài dễ nhớ 2026").status()).isEqualTo(201);
    Reply again = activate(secret, "Một câu khác cũng dài 2027");
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.json().getString("type")).isEqualTo("urn:pakn:problem:activation-used");
    assertThat(activate("không-có-đường-dẫn-này", "Một câu khác cũng dài 2027").status())
        .isEqualTo(404);
    Reply listed = api.get("api/admin/officers/" + username, bearer("admin"));
    assertThat(listed.json().getBoolean("activated")).isTrue();
  }

  @Test
  void aNewLinkIsAResetMailAndTheOlderLinkStopsWorking() throws Exception {
    String to = address();
    String username = "reset." + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api.postJson("api/admin/officers", account(username, to), bearer("admin")).status())
        .isEqualTo(201);
    String first = secret(part(only(to), "text/plain"));

    Reply sent =
        api.postJson(
            "api/admin/officers/" + username + "/activation-link?language=en",
            "{}",
            bearer("admin"));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    Await.until("the reset mail", PATIENCE, () -> TestMailServer.to(to).size() == 2);
    MimeMessage reset = TestMailServer.to(to).get(1);
    assertThat(reset.getSubject()).startsWith("Reset the password");
    assertThat(reset.getHeader("Content-Language", null)).isEqualTo("en");
    String second = secret(part(reset, "text/plain"));

    Reply old = activate(first, "Một câu dài dễ nhớ 2026");
    assertThat(old.status()).isEqualTo(410);
    assertThat(old.json().getString("type")).isEqualTo("urn:pakn:problem:activation-replaced");
    assertThat(activate(second, "Một câu dài dễ nhớ 2026").status()).isEqualTo(204);
  }

  @Test
  void refusedAccountsStoreNothingAndSendNothing() {
    long officers = Sql.number("select count(*) from officer");
    long mails = Sql.number("select count(*) from mail_outbox");
    String to = address();

    Reply notAdmin =
        api.postJson("api/admin/officers", account("khong.quyen", to), bearer("receiver"));
    assertThat(notAdmin.status()).isEqualTo(403);
    assertThat(api.get("api/admin/officers").status()).isEqualTo(401);

    Reply injected =
        api.postJson(
            "api/admin/officers",
            Json.createObjectBuilder()
                .add("username", "Tiêm Nhiễm")
                .add("displayName", "Trần Văn Nam\r\nBcc: all@example.vn")
                .add("email", "nam@example.vn\r\nBcc: all@example.vn")
                .add("agency", "KHONG-CO")
                .add("roles", Json.createArrayBuilder().add("HANDLER").add("GOD"))
                .add("language", "fr")
                .build()
                .toString(),
            bearer("admin"));
    assertThat(injected.status()).as(injected.toString()).isEqualTo(400);
    assertThat(injected.violatedFields())
        .contains("username", "displayName", "email", "roles", "language");

    Reply unknownAgency =
        api.postJson(
            "api/admin/officers",
            account("co.quan.la", to).replace("SL-STP", "KHONG-CO"),
            bearer("admin"));
    assertThat(unknownAgency.status()).isEqualTo(400);
    assertThat(unknownAgency.violatedFields()).containsExactly("agency");

    Reply taken = api.postJson("api/admin/officers", account("handler", to), bearer("admin"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().getString("type")).isEqualTo("urn:pakn:problem:officer-exists");

    Reply selfLockout =
        api.put(
            "api/admin/officers/admin",
            "{\"displayName\":\"Quản trị\",\"email\":\"admin@example.vn\",\"agency\":\"SL-VP\","
                + "\"roles\":[\"ADMIN\"],\"active\":false}",
            bearer("admin"));
    assertThat(selfLockout.status()).isEqualTo(409);

    assertThat(Sql.number("select count(*) from officer")).isEqualTo(officers);
    assertThat(Sql.number("select count(*) from mail_outbox")).isEqualTo(mails);
    assertThat(TestMailServer.to(to)).isEmpty();
  }

  @Test
  void aDeactivatedOfficerCannotSignInNorUseTheirTokens() throws Exception {
    String to = address();
    String username = "nghi." + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api.postJson("api/admin/officers", account(username, to), bearer("admin")).status())
        .isEqualTo(201);
    assertThat(activate(secret(part(only(to), "text/plain")), "Một câu dài dễ nhớ 2026").status())
        .isEqualTo(204);
    String token = signInAs(username, "Một câu dài dễ nhớ 2026").json().getString("token");
    assertThat(api.get("api/session", "Authorization", "Bearer " + token).status()).isEqualTo(200);

    Reply changed =
        api.put(
            "api/admin/officers/" + username,
            "{\"displayName\":\"Trần Văn Nam\",\"email\":\""
                + to
                + "\",\"agency\":\"SL-STP\","
                + "\"roles\":[\"HANDLER\",\"LEADER\"],\"active\":false}",
            bearer("admin"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getJsonArray("roles").toString()).contains("LEADER");
    assertThat(api.get("api/session", "Authorization", "Bearer " + token).status()).isEqualTo(401);
    assertThat(signInAs(username, "Một câu dài dễ nhớ 2026").status()).isEqualTo(401);
    Reply link =
        api.postJson("api/admin/officers/" + username + "/activation-link", "{}", bearer("admin"));
    assertThat(link.status()).isEqualTo(409);
  }

  @Test
  void anAdministratorReadsBothPartsOfAMail() throws Exception {
    String to = address();
    String code = file(PetitionJson.withSender("email", to)).json().getString("trackingCode");
    only(to);
    long id = mails("to=" + to, "admin").getJsonObject(0).getJsonNumber("id").longValue();
    Reply one = api.get("api/admin/mails/" + id, bearer("admin"));
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().getString("text")).contains(code, "Kính gửi");
    assertThat(one.json().getString("html")).contains(code, "<html");
    assertThat(api.get("api/admin/mails/" + id, bearer("receiver")).status()).isEqualTo(403);
    assertThat(api.get("api/admin/mails/999999999", bearer("admin")).status()).isEqualTo(404);
  }

  private static String account(String username, String email) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("displayName", "Trần Văn Nam")
        .add("email", email)
        .add("agency", "SL-STP")
        .add("roles", Json.createArrayBuilder().add("HANDLER"))
        .build()
        .toString();
  }

  /** The secret of the link to set a password, from the fragment of the mailed address. */
  private static String secret(String text) {
    var m = java.util.regex.Pattern.compile("kich-hoat\\.html#([A-Za-z0-9_-]+)").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  private Reply activate(String secret, String password) {
    return api.postJson(
        "api/officers/activation",
        Json.createObjectBuilder()
            .add("token", secret)
            .add("password", password)
            .build()
            .toString());
  }

  private Reply signInAs(String username, String password) {
    return api.postJson(
        "api/tokens",
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString());
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static String address() {
    return "s" + UUID.randomUUID().toString().substring(0, 12) + "@example.vn";
  }

  private Reply file(JsonObject petition) {
    Reply reply = api.postJson("api/petitions", petition.toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  /** Waits for the first mail to an address and checks it stays the only one. */
  private static MimeMessage only(String to) {
    Await.until("a mail to " + to, PATIENCE, () -> !TestMailServer.to(to).isEmpty());
    List<MimeMessage> received = TestMailServer.to(to);
    assertThat(received).hasSize(1);
    return received.get(0);
  }

  private jakarta.json.JsonArray mails(String query, String account) {
    Reply reply = api.get("api/admin/mails?" + query, bearer(account));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items");
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(MimeMessage mail, String type) throws Exception {
    var multipart = (Multipart) mail.getContent();
    List<String> types = new ArrayList<>();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      types.add(part.getContentType());
      if (part.isMimeType(type)) {
        assertThat(part.getContentType().toLowerCase()).contains("charset=utf-8");
        return content(part);
      }
    }
    throw new AssertionError("no " + type + " part in " + types);
  }

  private static String content(BodyPart part) throws Exception {
    try {
      return (String) part.getContent();
    } catch (IOException e) {
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
