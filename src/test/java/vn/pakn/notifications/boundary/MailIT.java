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
