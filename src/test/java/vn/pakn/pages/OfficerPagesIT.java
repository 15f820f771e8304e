package vn.pakn.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.pakn.testing.Api;
import vn.pakn.testing.Await;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestMailServer;

/**
 * The officers' pages in real browsers with the demo accounts: a petition taken from the citizen's
 * form to the answer by a receiving officer, a leader and a handling officer through the pages
 * only; a step taken on a stale page; what a handling officer is offered; the report with its
 * downloads. Each officer signs in in a browser of their own or after the previous one signed out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerPagesIT {

  /**
   * The API refusals the pages expect and show (a stale step) are not console errors to fail on.
   */
  private static final Pattern EXPECTED = Pattern.compile("(?s).*/api/.* status of 409.*");

  private static final String ANSWER =
      "Ủy ban nhân dân xã đã trả kết quả đăng ký khai sinh ngày 20/10; cán bộ chậm trễ đã được"
          + " nhắc nhở.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final List<Browser> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws IOException {
    try {
      for (Browser b : browsers) {
        assertThat(b.pageErrors(EXPECTED))
            .as("script errors, blocked or missing resources")
            .isEmpty();
      }
    } finally {
      for (Browser b : browsers) {
        b.close();
      }
    }
  }

  // --- the tests -------------------------------------------------------------------------------

  @Test
  void aPetitionGoesFromTheCitizensFormToTheAnswerThroughThePages() throws IOException {
    Browser b = browser();
    String[] receipt = fileAsACitizen(b);
    String code = receipt[0];

    signIn(b, "receiver", null);
    WebElement link = b.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code)));
    WebElement row = link.findElement(By.xpath("./ancestor::tr"));
    assertThat(row.getText())
        .contains("Chậm trả kết quả đăng ký khai sinh", "Đã tiếp nhận", "Tư pháp – Hộ tịch")
        .containsPattern("\\d{2}/\\d{2}/\\d{4}");
    assertThat(b.driver.findElement(By.id("officer-who")).getText())
        .contains("Nguyễn Văn Tiếp", "Văn phòng Ủy ban nhân dân tỉnh", "Tiếp nhận");
    assertThat(b.driver.findElements(By.cssSelector(".officer-nav a[href='bao-cao.html']")))
        .as("reports are for leaders, reform officers and administrators")
        .noneMatch(WebElement::isDisplayed);
    assertThat(b.driver.findElements(By.cssSelector(".officer-nav a[href='hop-thu.html']")))
        .as("the inbox is every officer's")
        .anyMatch(WebElement::isDisplayed);
    b.screenshot("officer-1-inbox");
    desktop(b, "officer-1-inbox-desktop");

    link.click();
    waitForPetition(b);
    // the stage clocks, with how the due was counted (issue #4)
    assertThat(
            b.wait
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(
                            "#clocks [data-stage='CLASSIFICATION'] .clock__explanation")))
                .getText())
        .contains("5 ngày làm việc", "→ hạn: 24:00");
    assertThat(text(b, "s-name")).isEqualTo("Nguyễn Thị Hoa");
    assertThat(text(b, "p-content")).startsWith("Tôi nộp hồ sơ đăng ký khai sinh");
    assertThat(text(b, "p-channel")).isEqualTo("Cổng trực tuyến");
    assertThat(b.driver.findElement(By.cssSelector("#p-attachments a")).getDomAttribute("href"))
        .endsWith("api/inbox/" + code + "/attachments/1");
    assertThat(visibleForms(b))
        .as("accepting needs a classification first: not offered before it")
        .containsExactly("CLASSIFY", "REJECT", "TRANSFER");
    b.screenshot("officer-2-petition-receiver");

    b.driver.findElement(By.id("classify-withinCompetence-true")).click();
    act(b, "CLASSIFY", "Phân loại");
    assertThat(text(b, "p-competence")).isEqualTo("Thuộc thẩm quyền");
    assertThat(visibleForms(b)).contains("ACCEPT");
    act(b, "ACCEPT", "Thụ lý");
    assertThat(text(b, "p-status")).isEqualTo("Đã thụ lý");
    signOut(b);

    signIn(b, "leader", code);
    new Select(b.driver.findElement(By.id("assign-handler"))).selectByValue("handler");
    b.screenshot("officer-3-petition-leader");
    desktop(b, "officer-3-petition-leader-desktop");
    act(b, "ASSIGN", "Giao cán bộ xử lý");
    assertThat(text(b, "p-status")).isEqualTo("Đã giao xử lý");
    assertThat(text(b, "p-assignee")).contains("handler");
    signOut(b);

    signIn(b, "handler", code);
    act(b, "START", "Bắt đầu xử lý");
    type(b, "draft-answer-text", ANSWER);
    act(b, "DRAFT_ANSWER", "Dự thảo trả lời");
    assertThat(text(b, "p-answer")).isEqualTo(ANSWER);
    signOut(b);

    signIn(b, "leader", code);
    act(b, "APPROVE_ANSWER", "Duyệt trả lời");
    assertThat(text(b, "p-status")).isEqualTo("Đã duyệt trả lời");
    assertThat(b.driver.findElements(By.id("publication-propose")))
        .as("nothing to publish before the answer is sent")
        .isEmpty();
    act(b, "SEND_ANSWER", "Gửi trả lời");
    assertThat(text(b, "p-status")).isEqualTo("Đã trả lời");
    // the publication panel follows the step: its form appears without a reload
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publication-propose")));
    assertThat(b.driver.findElement(By.id("p-trail")).findElements(By.tagName("li"))).hasSize(8);
    assertThat(text(b, "p-trail"))
        .contains("Đã dự thảo trả lời → Đã duyệt trả lời", "leader (SL-VP)");
    b.screenshot("officer-4-answered");
    signOut(b);

    b.driver.get(page("theo-doi.html?code=" + code + "#key=" + receipt[1]));
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertThat(text(b, "result-status")).isEqualTo("Đã trả lời");
    assertThat(text(b, "result-answer")).isEqualTo(ANSWER);
    b.screenshot("officer-5-follow-answered");
  }

  @Test
  void aStepOnAStalePageIsRefusedAndChangesNothing() throws IOException {
    String code = newPetition();
    Browser first = browser();
    Browser second = browser();
    signIn(first, "receiver", code);
    signIn(second, "receiver", code);

    first.driver.findElement(By.id("classify-withinCompetence-true")).click();
    act(first, "CLASSIFY", "Phân loại");
    long version = version(code);

    second.driver.findElement(By.id("classify-withinCompetence-false")).click();
    submit(second, "CLASSIFY");

    WebElement summary =
        second.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getText()).contains("Phản ánh vừa được người khác cập nhật");
    assertThat(second.driver.findElement(By.id("reload")).isDisplayed()).isTrue();
    assertThat(second.driver.findElement(By.id("done")).isDisplayed()).isFalse();
    second.screenshot("officer-6-stale");
    assertThat(version(code)).as("the stale step changed nothing").isEqualTo(version);
    assertThat(
            Sql.number(
                "select count(*) from petition where tracking_code = ? and within_competence",
                code))
        .isEqualTo(1);

    second.driver.findElement(By.id("reload")).click();
    second.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("error-summary")));
    second.wait.until(d -> d.findElement(By.id("classify-withinCompetence-true")).isSelected());
    assertThat(text(second, "p-competence")).isEqualTo("Thuộc thẩm quyền");
  }

  @Test
  void aHandlerIsOfferedOnlyHisStepsAndTheInboxFindsOverduePetitions() throws IOException {
    String code = newPetition();
    Api api = new Api(base);
    step(
        api,
        "receiver",
        code,
        "CLASSIFY",
        Json.createObjectBuilder().add("withinCompetence", true));
    step(api, "receiver", code, "ACCEPT", Json.createObjectBuilder());
    step(api, "leader", code, "ASSIGN", Json.createObjectBuilder().add("handler", "handler"));
    Sql.update(
        "update petition set due_at = now() - interval '2 days' where tracking_code = ?", code);

    Browser b = browser();
    signIn(b, "handler", code);
    assertThat(visibleForms(b)).containsExactly("TRANSFER", "START");
    assertThat(b.driver.findElement(By.id("action-ACCEPT")).isDisplayed()).isFalse();
    assertThat(text(b, "p-due")).contains("Quá hạn");

    b.driver.findElement(By.linkText("Hộp thư")).click();
    waitForInbox(b);
    b.driver.findElement(By.cssSelector("#filters-panel summary")).click();
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("filter-overdue"))).click();
    b.driver.findElement(By.id("filter-mine")).click();
    b.driver.findElement(By.id("apply-filters")).click();
    b.wait.until(ExpectedConditions.urlContains("overdue=true"));

    WebElement link = b.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code)));
    WebElement badge =
        link.findElement(By.xpath("./ancestor::tr")).findElement(By.cssSelector(".badge"));
    assertThat(badge.getText()).isEqualTo("Quá hạn");
    assertThat(badge.getDomAttribute("class")).contains("badge--overdue");
    List<WebElement> rows = b.driver.findElements(By.cssSelector("#inbox-rows tr"));
    assertThat(rows)
        .allSatisfy(
            r ->
                assertThat(r.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Quá hạn"));
    b.screenshot("officer-7-inbox-overdue");
  }

  @Test
  void theReportShowsItsTableAndDownloadsCsvAndXlsx() throws IOException {
    newPetition();
    Browser b = browser();
    signIn(b, "reform", null);
    b.driver.findElement(By.linkText("Báo cáo")).click();
    WebElement report =
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    boolean firstHalf = today.getMonthValue() <= 6;
    String from = today.getYear() + (firstHalf ? "-01-01" : "-07-01");
    String to = today.getYear() + (firstHalf ? "-06-30" : "-12-31");
    assertThat(b.driver.findElement(By.id("from")).getDomProperty("value")).isEqualTo(from);
    assertThat(b.driver.findElement(By.id("agency")).isDisplayed())
        .as("reform officers choose the agency")
        .isTrue();
    assertThat(text(b, "report-title"))
        .isEqualTo("Từ " + vietnamese(from) + " đến " + vietnamese(to));
    assertThat(report.findElement(By.cssSelector("tfoot")).getText()).contains("Tổng cộng");
    assertThat(report.findElement(By.cssSelector("tbody")).getText())
        .contains("Văn phòng Ủy ban nhân dân tỉnh (SL-VP)");
    assertThat(report.findElement(By.cssSelector("tbody")).getText())
        .as("rates as percentages with one decimal, or a dash when there is nothing to rate")
        .containsPattern("(\\d+,\\d%|–)");

    String csv = b.driver.findElement(By.id("download-csv")).getDomAttribute("href");
    String xlsx = b.driver.findElement(By.id("download-xlsx")).getDomAttribute("href");
    String query = "api/reports/petitions?from=" + from + "&to=" + to + "&format=";
    assertThat(csv).isEqualTo(page(query + "csv"));
    assertThat(xlsx).isEqualTo(page(query + "xlsx"));
    Object fetched =
        b.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "Promise.all([arguments[0], arguments[1]].map((u) => fetch(u, {credentials:"
                + " 'same-origin'}).then((r) => r.status + ' ' + r.headers.get('Content-Type'))))"
                + ".then(done, (e) => done(String(e)));",
            csv,
            xlsx);
    assertThat(fetched)
        .asString()
        .contains("200 text/csv")
        .contains("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    b.screenshot("officer-8-report");
    desktop(b, "officer-8-report-desktop");
  }

  @Test
  void anAdministratorAddsAnAgencyAndChangesIt() throws IOException {
    String code = "SL-T" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
    Browser b = browser();
    signIn(b, "admin", null);
    b.driver.findElement(By.linkText("Cơ quan")).click();
    b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tree"), "Sở Tư pháp"));

    type(b, "create-code", code);
    type(b, "create-name", "Ủy ban nhân dân thị trấn Thử");
    new Select(b.driver.findElement(By.id("create-level"))).selectByValue("COMMUNE");
    new Select(b.driver.findElement(By.id("create-parent"))).selectByValue("SL-PY");
    b.driver.findElement(By.id("create-receives")).click();
    b.driver.findElement(By.id("create-form-field-TPHT")).click();
    b.driver.findElement(By.cssSelector("#create-form button[type=submit]")).click();
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("done-text"), "Đã thêm cơ quan Ủy ban nhân dân thị trấn Thử."));
    assertThat(text(b, "tree")).contains(code + " · Xã", "Lĩnh vực: Tư pháp – Hộ tịch");

    b.driver
        .findElement(By.cssSelector("button[aria-label='Sửa Ủy ban nhân dân thị trấn Thử']"))
        .click();
    type(b, "edit-name", "Ủy ban nhân dân thị trấn Thử Nghiệm");
    b.driver.findElement(By.cssSelector("#edit-form button[type=submit]")).click();
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("done-text"), "Đã lưu cơ quan Ủy ban nhân dân thị trấn Thử Nghiệm."));
    b.screenshot("officer-9-agencies");
    desktop(b, "officer-9-agencies-desktop");
  }

  // --- helpers ---------------------------------------------------------------------------------

  @Test
  void anAdministratorReadsTheOutbox() throws IOException {
    String to = "outbox" + Long.toString(System.nanoTime(), 36) + "@example.vn";
    var filed =
        new Api(base).postJson("api/petitions", PetitionJson.withSender("email", to).toString());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    Browser b = browser();
    signIn(b, "admin", null);
    b.driver.findElement(By.linkText("Thư điện tử")).click();
    b.wait.until(ExpectedConditions.textMatches(By.id("mail-count"), Pattern.compile("\\d+ thư")));
    type(b, "filter-to", to);
    b.driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
    b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mail-rows"), to));
    assertThat(text(b, "mail-rows"))
        .contains("Đã tiếp nhận phản ánh", "Đã nhận phản ánh")
        .as("a mail's name, not its template's id")
        .doesNotContain("petition-received");
    assertThat(text(b, "mail-count")).isEqualTo("1 thư");
    b.driver.findElement(By.cssSelector("button[aria-label='Xem thư gửi " + to + "']")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mail-body")));
    assertThat(text(b, "mail-body-text")).contains("Kính gửi Nguyễn Thị Hoa");
    b.screenshot("officer-10-mails");
    desktop(b, "officer-10-mails-desktop");
  }

  @Test
  void anAdministratorCreatesAnAccountAndTheOfficerSetsAPasswordFromTheMail() throws Exception {
    String username = "tao." + Long.toString(System.nanoTime() % 1_000_000, 36);
    String to = username + "@example.vn";
    Browser b = browser();
    signIn(b, "admin", null);
    b.driver.findElement(By.linkText("Tài khoản cán bộ")).click();
    b.wait.until(
        ExpectedConditions.textMatches(By.id("account-count"), Pattern.compile("\\d+ tài khoản")));
    type(b, "username", username);
    type(b, "displayName", "Lò Thị Mai");
    type(b, "email", to);
    new Select(b.driver.findElement(By.id("agency"))).selectByValue("SL-STP");
    b.driver.findElement(By.id("role-RECEIVER")).click();
    b.driver.findElement(By.id("save")).click();
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("done-text"), "Đã tạo tài khoản " + username));
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("account-rows"), username));
    assertThat(text(b, "account-rows")).contains("Lò Thị Mai", "Chờ đặt mật khẩu");
    b.screenshot("officer-11-accounts");
    signOut(b);

    Await.until("the account mail", Duration.ofSeconds(60), () -> !TestMailServer.to(to).isEmpty());
    String mail =
        (String)
            ((jakarta.mail.Multipart) TestMailServer.to(to).get(0).getContent())
                .getBodyPart(0)
                .getContent();
    var link =
        Pattern.compile("https://pakn\\.test/(can-bo/kich-hoat\\.html#[A-Za-z0-9_-]+)")
            .matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    b.driver.get(page(link.group(1)));
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    type(b, "password", "Mai ở Sở Tư pháp từ 2026");
    type(b, "confirmation", "Mai ở Sở Tư pháp từ 2025");
    b.driver.findElement(By.id("activate")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(text(b, "error-summary")).contains("Hai mật khẩu không giống nhau.");
    type(b, "confirmation", "Mai ở Sở Tư pháp từ 2026");
    b.driver.findElement(By.id("activate")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activated")));
    assertThat(b.driver.getCurrentUrl()).doesNotContain("#");
    b.screenshot("officer-12-password-set");

    b.driver.findElement(By.linkText("Đăng nhập")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    type(b, "username", username);
    type(b, "password", "Mai ở Sở Tư pháp từ 2026");
    b.driver.findElement(By.id("sign-in")).click();
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("officer-name"), "Lò Thị Mai"));
  }

  @Test
  void aReceiverRegistersALetterWithItsScan() throws IOException {
    Path scan = Browser.buildDirectory().resolve("thư ông Lò Văn Pành.pdf");
    Files.write(
        scan,
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    Browser b = browser();
    signIn(b, "receiver", null);
    b.driver.findElement(By.cssSelector(".officer-nav a[href='tiep-nhan.html']")).click();
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("kind-REGULATION_CONTENT")));
    b.wait.until(d -> new Select(d.findElement(By.id("field"))).getOptions().size() > 1);

    // the channel is asked first, and its absence named
    b.driver.findElement(By.id("submit")).click();
    WebElement summary =
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getText()).contains("Kênh tiếp nhận: Chọn phản ánh, kiến nghị đến bằng");

    b.driver.findElement(By.id("channel-LETTER")).click();
    LocalDate arrived = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
    b.driver.executeScript(
        "arguments[0].value = arguments[1]",
        b.driver.findElement(By.id("received-on")),
        arrived.toString());
    b.driver.findElement(By.id("sender-type-person")).click();
    type(b, "sender-name", "Lò Văn Pành");
    type(b, "sender-address", "Bản Mòng, xã Hua La, thành phố Sơn La");
    type(b, "sender-mailing-address", "Bản Mòng, xã Hua La, thành phố Sơn La");
    b.driver.findElement(By.id("kind-REGULATION_CONTENT")).click();
    new Select(b.driver.findElement(By.id("field"))).selectByValue("TPHT");
    type(b, "procedure", "Chứng thực bản sao từ bản chính");
    type(b, "title", "Phí chứng thực bản sao ở xã cao hơn quy định");
    type(
        b,
        "content",
        "Thư viết tay: xã thu 10.000 đồng mỗi trang chứng thực, cao hơn mức phí được niêm yết.");
    b.driver.findElement(By.id("attachments")).sendKeys(scan.toAbsolutePath().toString());
    b.driver.findElement(By.id("submit")).click();

    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    String code = text(b, "receipt-code");
    assertThat(code).matches("PAKN-\\d{4}-\\d{6}-[A-Z]");
    assertThat(text(b, "receipt-key")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    b.screenshot("officer-12-letter-registered");
    assertThat(
            Sql.number(
                "select count(*) from petition where tracking_code = ? and channel = 'LETTER'",
                code))
        .isEqualTo(1);
    assertThat(
            Sql.number(
                "select count(*) from petition_event e join petition p on p.id = e.petition_id"
                    + " where p.tracking_code = ? and e.type = 'RECEIVED' and e.actor = 'receiver'",
                code))
        .as("the receiving officer is on the record as who keyed it in")
        .isEqualTo(1);
    assertThat(
            Sql.number(
                "select count(*) from petition where tracking_code = ?"
                    + " and cast(received_at at time zone 'Asia/Ho_Chi_Minh' as date) = ?",
                code,
                java.sql.Date.valueOf(arrived)))
        .as("received on the day the letter arrived; its deadlines count from then")
        .isEqualTo(1);

    b.driver.findElement(By.id("follow-link")).click();
    waitForPetition(b);
    assertThat(text(b, "p-channel")).isEqualTo("Thư, văn bản");
    assertThat(text(b, "p-attachments")).contains("thư ông Lò Văn Pành.pdf");
  }

  @Test
  void theInboxFindsByPhoneAndByAWordWithoutDiacritics() throws IOException {
    String phone = "0987 " + String.valueOf(System.nanoTime()).substring(0, 6);
    String wanted =
        new Api(base)
            .postJson(
                "api/petitions",
                PetitionJson.edit(
                        PetitionJson.valid(),
                        x ->
                            x.add("title", "Khai thác cát sỏi trái phép ở bãi sông Đà")
                                .add(
                                    "sender",
                                    Json.createObjectBuilder(
                                            PetitionJson.valid().getJsonObject("sender"))
                                        .add("name", "Quàng Thị Xuân")
                                        .add("phone", phone)))
                    .toString())
            .json()
            .getString("trackingCode");
    String other = newPetition();

    Browser b = browser();
    signIn(b, "receiver", null);
    assertThat(b.driver.findElement(By.id("filters-panel")).getDomAttribute("open"))
        .as("the filters start closed, so the list is on the first screen")
        .isNull();

    b.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(other)));
    type(b, "search-q", phone.replace(" ", ""));
    b.driver.findElement(By.id("search-submit")).click();
    b.wait.until(ExpectedConditions.urlContains("q="));
    b.wait.until(ExpectedConditions.numberOfElementsToBe(By.linkText(other), 0));
    b.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(wanted)));
    assertThat(text(b, "inbox-count")).startsWith("1 phản ánh");

    type(b, "search-q", "cat soi song da");
    b.driver.findElement(By.id("search-submit")).click();
    b.wait.until(ExpectedConditions.urlContains("q=cat"));
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-count"), "1 phản ánh"));
    b.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(wanted)));
    assertThat(b.driver.findElements(By.linkText(other))).isEmpty();

    type(b, "search-q", "quang thi xuan");
    b.driver.findElement(By.id("search-submit")).click();
    b.wait.until(ExpectedConditions.urlContains("q=quang"));
    b.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(wanted)));
    b.screenshot("officer-13-inbox-search");

    // the panel, once opened, stays open for this officer
    b.driver.findElement(By.cssSelector("#filters-panel summary")).click();
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("filter-overdue")));
    b.driver.navigate().refresh();
    waitForInbox(b);
    assertThat(b.driver.findElement(By.id("filters-panel")).getDomAttribute("open")).isNotNull();
    assertThat(b.driver.findElement(By.id("search-q")).getDomProperty("value"))
        .isEqualTo("quang thi xuan");
  }

  @Test
  void theApiReferenceRendersWithTheNetworkOff() throws IOException {
    Browser b = Browser.offline(base);
    browsers.add(b);
    b.driver.get(base + "api-docs/");
    b.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 50));
    assertThat(b.driver.findElement(By.cssSelector(".info .title")).getText()).contains("PAKN API");
    assertThat(
            b.driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                // Swagger UI puts zero-width spaces in paths so they wrap
                .map(path -> path.getText().replace("\u200b", "")))
        .contains("/api/petitions", "/api/answers");
    assertThat(b.driver.findElements(By.cssSelector(".opblock-tag")))
        .extracting(WebElement::getText)
        .anyMatch(tag -> tag.startsWith("petitions"));
  }

  private Browser browser() throws IOException {
    Browser b = Browser.open();
    browsers.add(b);
    return b;
  }

  /** Files a petition with an attachment on the citizen's form; returns its code and key. */
  private String[] fileAsACitizen(Browser b) throws IOException {
    Path pdf = Browser.buildDirectory().resolve("biên nhận.pdf");
    Files.write(
        pdf,
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    b.driver.get(page("gui-phan-anh.html"));
    b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind-CONDUCT")));
    b.wait.until(d -> new Select(d.findElement(By.id("field"))).getOptions().size() > 1);
    b.driver.findElement(By.id("sender-type-person")).click();
    type(b, "sender-name", "Nguyễn Thị Hoa");
    type(b, "sender-address", "Tổ 5, thị trấn Phù Yên, tỉnh Sơn La");
    type(b, "sender-phone", "0912 345 678");
    b.driver.findElement(By.id("next-1")).click();
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("kind-CONDUCT"))).click();
    new Select(b.driver.findElement(By.id("field"))).selectByValue("TPHT");
    type(b, "procedure", "Đăng ký khai sinh");
    b.driver.findElement(By.id("next-2")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
    type(b, "title", "Chậm trả kết quả đăng ký khai sinh");
    type(
        b,
        "content",
        "Tôi nộp hồ sơ đăng ký khai sinh cho con ngày 02/10 tại UBND xã, đến nay quá hạn mà chưa"
            + " nhận được kết quả.");
    b.driver.findElement(By.id("attachments")).sendKeys(pdf.toAbsolutePath().toString());
    b.driver.findElement(By.id("next-3")).click();
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("submit"))).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    return new String[] {text(b, "receipt-code"), text(b, "receipt-key")};
  }

  private String newPetition() {
    return new Api(base)
        .postJson("api/petitions", PetitionJson.valid().toString())
        .json()
        .getString("trackingCode");
  }

  private void step(
      Api api, String account, String code, String action, jakarta.json.JsonObjectBuilder fields) {
    String token =
        api.postJson("api/tokens", "{\"username\":\"" + account + "\",\"password\":\"demo\"}")
            .json()
            .getString("token");
    JsonObject body = fields.add("action", action).add("version", version(code)).build();
    var reply =
        api.postJson(
            "api/inbox/" + code + "/actions", body.toString(), "Authorization", "Bearer " + token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static long version(String code) {
    return Sql.number("select version from petition where tracking_code = ?", code);
  }

  /**
   * Signs in on the sign-in page; with a code, through ?next= straight to that petition, otherwise
   * to the inbox.
   */
  private void signIn(Browser b, String username, String code) {
    String next =
        code == null
            ? ""
            : "?next=" + URLEncoder.encode("phan-anh.html?code=" + code, StandardCharsets.UTF_8);
    b.driver.get(page("can-bo/dang-nhap.html" + next));
    b.wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-language-switch]")));
    type(b, "username", username);
    type(b, "password", "demo");
    b.driver.findElement(By.id("sign-in")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officer-bar")));
    if (code == null) {
      b.wait.until(ExpectedConditions.urlContains("can-bo/hop-thu.html"));
      waitForInbox(b);
    } else {
      waitForPetition(b);
    }
  }

  private void waitForInbox(Browser b) {
    b.wait.until(
        ExpectedConditions.textMatches(By.id("inbox-count"), Pattern.compile("\\d+ phản ánh.*")));
  }

  private void signOut(Browser b) {
    b.driver.findElement(By.id("sign-out")).click();
    b.wait.until(ExpectedConditions.urlContains("can-bo/dang-nhap.html"));
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  private void waitForPetition(Browser b) {
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("petition")));
  }

  private List<String> visibleForms(Browser b) {
    return b.driver.findElements(By.cssSelector("form[data-action]")).stream()
        .filter(WebElement::isDisplayed)
        .map(f -> f.getDomAttribute("data-action"))
        .toList();
  }

  private void submit(Browser b, String action) {
    WebElement button =
        b.driver.findElement(By.cssSelector("#action-" + action + " button[type=submit]"));
    b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  /** Takes a step with the form as filled, and waits for the page to confirm it. */
  private void act(Browser b, String action, String title) {
    submit(b, action);
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("done-text"), "Đã thực hiện: " + title + "."));
  }

  /** The same page at desktop width, then back to the phone. */
  private void desktop(Browser b, String name) throws IOException {
    b.driver.manage().window().setSize(Browser.DESKTOP);
    b.wait.until(
        d -> ((Number) b.driver.executeScript("return window.innerWidth")).intValue() > 1000);
    b.screenshot(name);
    b.driver.manage().window().setSize(Browser.PHONE);
  }

  private static String vietnamese(String isoDate) {
    String[] p = isoDate.split("-");
    return p[2] + "/" + p[1] + "/" + p[0];
  }

  private String page(String relative) {
    String root = base.toString();
    return (root.endsWith("/") ? root : root + "/") + relative;
  }

  private static String text(Browser b, String id) {
    return b.driver.findElement(By.id(id)).getText();
  }

  private static void type(Browser b, String id, String text) {
    WebElement input = b.driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
