package vn.pakn.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.pakn.petitions.entity.TrackingCode;
import vn.pakn.testing.Api;
import vn.pakn.testing.Await;
import vn.pakn.testing.DatabaseTrace;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestMailServer;

/**
 * The citizen pages in a real browser on a phone-sized window (Debian Chromium, headless): filing a
 * petition, following it, the error summary, markup in petitions shown as text, and the English
 * switch. Skipped, loudly, when Chromium or its driver is not installed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenPagesIT {

  private static final String TRACKING_CODE = "PAKN-\\d{4}-\\d{6}-[A-Z]";
  private static final String ACCESS_KEY = "[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  Browser session;
  ChromeDriver browser;
  WebDriverWait wait;
  Path buildDirectory = Browser.buildDirectory();

  @BeforeEach
  void openBrowser() throws IOException {
    session = Browser.open();
    browser = session.driver;
    wait = session.wait;
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (session != null) {
      try {
        assertThat(pageErrors()).as("script errors, blocked or missing resources").isEmpty();
      } finally {
        session.close();
      }
    }
  }

  // --- the tests -------------------------------------------------------------------------------

  @Test
  void aCitizenFilesAPetitionWithAnAttachmentAndFollowsIt() throws IOException {
    Path pdf = buildDirectory.resolve("giấy tờ.pdf");
    Files.write(
        pdf,
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    openForm();
    click("sender-type-person");
    type("sender-name", "Nguyễn Thị Hoa");
    type("sender-address", "Tổ 5, thị trấn Phù Yên, tỉnh Sơn La");
    type("sender-phone", "0912 345 678");
    assertThat(byId("step-counter").getText()).isEqualTo("Bước 1/4");
    assertThat(byId("title").isDisplayed()).as("one topic at a time").isFalse();
    click("next-1");
    click("kind-CONDUCT");
    new Select(byId("sub-kind")).selectByValue("DELAY");
    new Select(byId("field")).selectByValue("TPHT");
    type("procedure", "Đăng ký khai sinh");
    click("next-2");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
    type("title", "Chậm trả kết quả đăng ký khai sinh");
    type(
        "content",
        "Tôi nộp hồ sơ đăng ký khai sinh cho con ngày 02/10 tại UBND xã, đến nay quá hạn mà chưa"
            + " nhận được kết quả.");
    byId("attachments").sendKeys(pdf.toAbsolutePath().toString());
    assertThat(byId("publish-name").isSelected()).as("publishing the name is opt-in").isFalse();
    screenshot("1-form-filled");

    // a reload keeps what was typed (the draft on the device), and the step
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
    wait.until(
        d ->
            "Chậm trả kết quả đăng ký khai sinh"
                .equals(d.findElement(By.id("title")).getDomProperty("value")));
    byId("attachments").sendKeys(pdf.toAbsolutePath().toString());

    click("next-3");
    WebElement check =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-answers")));
    assertThat(check.getText())
        .contains("Họ và tên", "Nguyễn Thị Hoa", "Tư pháp – Hộ tịch", "giấy tờ.pdf", "Thay đổi");
    check.findElement(By.cssSelector("[data-change='sender.phone']")).click();
    wait.until(d -> "sender-phone".equals(activeElementId()));
    click("next-1");
    click("next-2");
    click("next-3");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-answers")));
    screenshot("1b-check-answers");

    click("submit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    String code = byId("receipt-code").getText();
    String key = byId("receipt-key").getText();
    assertThat(code).matches(TRACKING_CODE);
    assertThat(key).matches(ACCESS_KEY);
    assertThat(byId("confirmation").getText()).contains("chỉ hiển thị trên trang này");
    assertThat(byId("filing").isDisplayed()).isFalse();
    String follow = byId("follow-link").getDomAttribute("href");
    assertThat(follow).isEqualTo("theo-doi.html?code=" + code + "#key=" + key);
    screenshot("2-confirmation");

    // a reload (or Back from the follow page) still shows the key, in this tab
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    wait.until(ExpectedConditions.textToBe(By.id("receipt-key"), key));
    assertThat(byId("receipt-code").getText()).isEqualTo(code);

    browser.get(page("theo-doi.html"));
    waitForLanguage();
    type("tracking-code", code);
    type("access-key", key);
    byId("lookup").click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertThat(byId("result-status").getText()).isEqualTo("Đã tiếp nhận");
    assertThat(byId("result-title").getText()).isEqualTo("Chậm trả kết quả đăng ký khai sinh");
    assertThat(byId("result-field").getText()).isEqualTo("Tư pháp – Hộ tịch");
    assertThat(byId("result-received").getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(byId("result-attachments").getText()).startsWith("giấy tờ.pdf");
    List<WebElement> timeline = byId("result-timeline").findElements(By.tagName("li"));
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0).getText()).contains("đã được tiếp nhận");
    screenshot("3-follow");
  }

  @Test
  void eachStepIsCheckedWithErrorsThatNameTheQuestionAndAServerRefusalShowsEveryStep()
      throws IOException {
    openForm();
    Map<String, Long> before = DatabaseTrace.counts();

    click("next-1");

    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
    assertThat(activeElementId()).isEqualTo("error-summary");
    assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Có lỗi cần sửa");
    assertThat(targets(summary))
        .containsExactly("#sender-type-person", "#sender-name", "#sender-address", "#sender-phone");
    assertThat(summary.getText())
        .as("each error names its question and says what to do")
        .contains("Họ và tên: Nhập họ và tên của bạn.")
        .doesNotContain("Trường này là bắt buộc.");
    assertThat(byId("sender-name-error").getText()).contains("Nhập họ và tên của bạn.");
    assertThat(byId("sender-name").getDomAttribute("aria-invalid")).isEqualTo("true");
    screenshot("4-errors");
    summary.findElement(By.cssSelector("a[href='#sender-name']")).sendKeys(Keys.ENTER);
    wait.until(d -> "sender-name".equals(activeElementId()));

    click("sender-type-person");
    type("sender-name", "Nguyễn Thị Hoa");
    type("sender-address", "Tổ 5, thị trấn Phù Yên, tỉnh Sơn La");
    type("sender-phone", "0912 345 678");
    click("next-1");
    click("next-2");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), "Lĩnh vực"));
    assertThat(targets(summary)).containsExactly("#kind-CONDUCT", "#field", "#procedure");
    assertThat(summary.getText())
        .as("the procedure is asked at once, with what to do for a proposal")
        .contains("Nhập tên thủ tục hoặc quy định bạn phản ánh.");

    click("kind-CONDUCT");
    new Select(byId("field")).selectByValue("TPHT");
    type("procedure", "Đăng ký khai sinh");
    click("next-2");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));

    // a file the service does not take is refused in the browser, before anything is sent
    Path text = buildDirectory.resolve("ghi-chu.txt");
    Files.writeString(text, "ghi chú", StandardCharsets.UTF_8);
    byId("attachments").sendKeys(text.toAbsolutePath().toString());
    click("next-3");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("error-summary"), "Tệp “ghi-chu.txt”: Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX."));
    assertThat(summary.getText()).contains("Tiêu đề: Nhập tiêu đề: tóm tắt trong một câu.");
    assertThat(summary.findElement(By.cssSelector("a[href='#attachments']")).isDisplayed())
        .isTrue();

    // what only the server knows (a title too short) comes back with every step shown
    browser.executeScript("arguments[0].value = ''", byId("attachments"));
    type("title", "Hỏi");
    type("content", "Tôi nộp hồ sơ đăng ký khai sinh cho con ngày 02/10, đến nay chưa có kết quả.");
    click("next-3");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-answers")));
    click("submit");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), "Tiêu đề:"));
    assertThat(summary.findElement(By.tagName("h2")).getText())
        .isEqualTo("Thông tin gửi lên chưa hợp lệ");
    summary.findElement(By.cssSelector("a[href='#title']")).click();
    wait.until(d -> "title".equals(activeElementId()));
    assertThat(byId("sender-name").isDisplayed()).as("every step is shown").isTrue();

    assertThat(DatabaseTrace.counts()).as("rows after a refused filing").isEqualTo(before);
  }

  @Test
  void markupInAPetitionIsShownAsTextOnTheFollowPage() {
    String content = "Nội dung có mã <script>window.pwned=1</script> và <b>chữ đậm</b>.";
    String title = "Tiêu đề <img src=x onerror=\"window.pwned=2\">";
    JsonObject receipt =
        new Api(base)
            .postJson(
                "api/petitions",
                PetitionJson.edit(
                        PetitionJson.valid(), b -> b.add("content", content).add("title", title))
                    .toString())
            .json();
    String code = receipt.getString("trackingCode");

    // the link the confirmation gives: the code in the query, the key only in the fragment
    browser.get(page("theo-doi.html?code=" + code + "#key=" + receipt.getString("accessKey")));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertThat(byId("result-content").getText()).isEqualTo(content);
    assertThat(byId("result-title").getText()).isEqualTo(title);
    assertThat(byId("result").findElements(By.cssSelector("script, img, b"))).isEmpty();
    assertThat(browser.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(byId("tracking-code").getDomProperty("value")).isEqualTo(code);
    assertThat(browser.getCurrentUrl()).as("the key is wiped from the address").doesNotContain("#");
  }

  @Test
  void theEnglishSwitchShowsTheFormAndTheServersErrorsInEnglish() throws IOException {
    openForm();
    WebElement toggle = browser.findElement(By.cssSelector("[data-language-switch]"));
    assertThat(toggle.getText()).isEqualTo("English");

    toggle.click();

    wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    wait.until(
        d ->
            "Conduct of officials"
                .equals(
                    d.findElement(By.cssSelector("label[for='kind-CONDUCT']"))
                        .getDomProperty("textContent")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("File a petition");
    assertThat(browser.findElement(By.cssSelector("label[for='sender-name']")).getText())
        .isEqualTo("Full name");
    assertThat(new Select(byId("field")).getOptions())
        .extracting(o -> o.getDomProperty("textContent"))
        .contains("Justice and Civil Status");
    assertThat(toggle.getText()).isEqualTo("Tiếng Việt");

    click("next-1");

    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
    assertThat(summary.getText()).contains("Full name: Enter your full name.");
    assertThat(byId("sender-phone-error").getText())
        .contains("Enter a phone number, or a mailing address if you have no phone.");
    assertThat(byId("step-counter").getText()).isEqualTo("Step 1 of 4");
    screenshot("5-english-errors");

    browser.navigate().refresh();
    waitForKinds();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("the choice is remembered")
        .isEqualTo("File a petition");
  }

  @Test
  void aSenderAnswersARequestForInformationOnTheFollowPageAndTheClockResumes() throws IOException {
    JsonObject receipt = fileByApi(PetitionJson.valid());
    String code = receipt.getString("trackingCode");
    Api api = new Api(base);
    step(
        api,
        "receiver",
        code,
        "CLASSIFY",
        Json.createObjectBuilder().add("withinCompetence", true));
    step(api, "receiver", code, "ACCEPT", Json.createObjectBuilder());
    step(api, "leader", code, "ASSIGN", Json.createObjectBuilder().add("handler", "handler"));
    step(api, "handler", code, "START", Json.createObjectBuilder());
    step(
        api,
        "handler",
        code,
        "REQUEST_INFORMATION",
        Json.createObjectBuilder().add("question", "Xin cho biết số giấy biên nhận hồ sơ đã nộp."));
    assertThat(pausedClocks(code)).as("the clock waits for the sender").isEqualTo(1);

    openFollowPage(receipt);
    assertThat(byId("result-status").getText()).isEqualTo("Đang chờ người gửi bổ sung thông tin");
    assertThat(byId("information-question").getText())
        .isEqualTo("Xin cho biết số giấy biên nhận hồ sơ đã nộp.");
    assertThat(byId("result-next-text").getText()).contains("tạm dừng");

    // nothing typed: the error names the question and says what to do
    byId("information-submit").click();
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getText())
        .contains("Thông tin bổ sung: Hãy nhập thông tin cơ quan đề nghị bổ sung.");
    assertThat(pausedClocks(code)).isEqualTo(1);

    Path scan = buildDirectory.resolve("biên nhận hồ sơ.pdf");
    Files.write(
        scan,
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    type("information-text", "Số biên nhận: 000.00.21.H53-261002-0012, nộp ngày 02/10/2026.");
    byId("information-files").sendKeys(scan.toAbsolutePath().toString());
    byId("information-submit").click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("information-sent")));
    assertThat(byId("error-summary").isDisplayed()).isFalse();
    assertThat(byId("result-status").getText()).isEqualTo("Đang xử lý");
    assertThat(byId("information").isDisplayed()).as("no second answer is asked").isFalse();
    assertThat(byId("result-attachments").getText()).contains("biên nhận hồ sơ.pdf");
    assertThat(byId("result-timeline").getText()).contains("000.00.21.H53-261002-0012");
    assertThat(pausedClocks(code)).as("the clock runs again").isZero();
    screenshot("6-information-answered");
  }

  @Test
  void aRejectedPetitionShowsItsReasonAndLegalBasis() throws IOException {
    JsonObject receipt = fileByApi(PetitionJson.valid());
    String code = receipt.getString("trackingCode");
    step(
        new Api(base),
        "receiver",
        code,
        "REJECT",
        Json.createObjectBuilder()
            .add("reasonCode", "OUT_OF_SCOPE")
            .add("note", "Nội dung là tranh chấp đất đai giữa hai hộ gia đình."));

    openFollowPage(receipt);

    assertThat(byId("result-status").getText()).isEqualTo("Không tiếp nhận");
    assertThat(byId("result-rejection-reason").getText())
        .contains("Không phải phản ánh, kiến nghị về quy định hành chính")
        .contains("Nội dung là tranh chấp đất đai giữa hai hộ gia đình.");
    assertThat(byId("result-rejection-basis").isDisplayed()).as("behind a link").isFalse();
    byId("result-rejection-why").findElement(By.tagName("summary")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-rejection-basis")));
    assertThat(byId("result-rejection-basis").getText())
        .isEqualTo("Nghị định 20/2008/NĐ-CP, Điều 1, Điều 5");
    assertThat(byId("result-next-text").getText()).contains("không được xử lý tiếp");
    screenshot("7-rejected");
  }

  @Test
  void aSenderWhoLostTheKeyGetsANewOneByMailAndTheOldOneStopsWorking() throws Exception {
    String email = "mat-ma-" + System.nanoTime() + "@example.vn";
    JsonObject receipt =
        fileByApi(
            PetitionJson.edit(
                PetitionJson.valid(),
                b ->
                    b.add(
                        "sender",
                        Json.createObjectBuilder(PetitionJson.valid().getJsonObject("sender"))
                            .add("email", email))));
    String code = receipt.getString("trackingCode");
    String oldKey = receipt.getString("accessKey");
    Map<String, Long> before = DatabaseTrace.counts();

    // an unknown code gets exactly the same answer, and nothing changes
    String unknown = new TrackingCode(2026, 987_654).toString();
    browser.get(page("theo-doi.html"));
    waitForLanguage();
    byId("lost-key-toggle").click();
    type("lost-code", unknown);
    byId("lost-submit").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lost-key-done")));
    String unknownAnswer = byId("lost-key-done").getText();
    assertThat(DatabaseTrace.counts()).isEqualTo(before);

    browser.navigate().refresh();
    waitForLanguage();
    byId("lost-key-toggle").click();
    type("lost-code", code);
    byId("lost-submit").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lost-key-done")));
    assertThat(byId("lost-key-done").getText()).isEqualTo(unknownAnswer);
    screenshot("8-key-requested");

    String subject = "Mã tra cứu mới cho phản ánh, kiến nghị " + code;
    Await.until(
        "the new key by mail", Duration.ofSeconds(60), () -> newKeyMail(email, subject) != null);
    MimeMessage mail = newKeyMail(email, subject);
    String text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
    Matcher key = Pattern.compile("Mã tra cứu mới: (" + ACCESS_KEY + ")").matcher(text);
    assertThat(key.find()).as(text).isTrue();
    String newKey = key.group(1);
    assertThat(newKey).isNotEqualTo(oldKey);

    Api api = new Api(base);
    assertThat(api.get("api/petitions/" + code, "X-Access-Key", oldKey).status())
        .as("the old key no longer opens the petition")
        .isEqualTo(404);
    openFollowPage(code, newKey);
    assertThat(byId("result-code").getText()).isEqualTo(code);
  }

  @Test
  void everyPageSaysWhosePortalItIsAndTravelsCompressedWithCacheLifetimes() {
    Api api = new Api(base);
    var page = api.get("theo-doi.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .as("the shell is in the page as served, no script needed")
        .contains("header__province")
        .contains(">Tỉnh Sơn La</span>")
        .doesNotContain("<!--#shell");
    assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
    Matcher css =
        Pattern.compile("href=\"(css/pakn\\.css\\?v=[0-9a-f]{12})\"").matcher(page.body());
    assertThat(css.find()).as("the style sheet carries its version").isTrue();
    assertThat(api.get(css.group(1)).header("Cache-Control"))
        .isEqualTo("public, max-age=31536000, immutable");

    var compressed = api.get("i18n/vi.json", "Accept-Encoding", "gzip");
    assertThat(compressed.header("Content-Encoding"))
        .as(compressed.response().headers().map().toString())
        .isEqualTo("gzip");
    var citizenTexts = api.get("i18n/citizen/vi.json", "Accept-Encoding", "gzip");
    assertThat(citizenTexts.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(api.get("i18n/citizen/vi.json").json().keySet())
        .as("a citizen's page loads no officer's text")
        .contains("follow.heading")
        .noneMatch(k -> k.startsWith("officer."));
    assertThat(compressed.header("Vary")).contains("Accept-Encoding");
    assertThat(api.get("api/petition-kinds").header("Content-Encoding"))
        .as("the API is left alone")
        .isNull();

    browser.get(page("index.html"));
    waitForLanguage();
    assertThat(browser.findElement(By.cssSelector(".header__province")).getText())
        .isEqualToIgnoringCase("Tỉnh Sơn La");
  }

  @Test
  void anAddressThatIsNotThereShowsAPageWithTheWaysOnToPeopleAndAProblemToPrograms() {
    Api api = new Api(base);
    String browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    var lost = api.get("thu-tuc/dat-dai/khong-co-trang-nay.html", "Accept", browserAccept);
    assertThat(lost.status()).isEqualTo(404);
    assertThat(lost.header("Content-Type")).startsWith("text/html");
    assertThat(lost.body())
        .contains("Không tìm thấy trang")
        .contains(">Tỉnh Sơn La</span>")
        .contains("<meta name=\"robots\" content=\"noindex\">")
        .doesNotContain("<!--#shell")
        .doesNotContain("{{");
    assertThat(api.get("khong-co-trang-nay.html").header("Content-Type"))
        .as("a program that asks for no HTML still gets the problem")
        .startsWith("application/problem+json");
    assertThat(api.get("api/khong-co", "Accept", browserAccept).header("Content-Type"))
        .as("the API answers problems, whoever asks")
        .startsWith("application/problem+json");

    browser.get(page("thu-tuc/dat-dai/khong-co-trang-nay.html"));
    waitForLanguage();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
    assertThat(browser.findElement(By.cssSelector(".header__province")).getText())
        .as("styled and in the portal's shell, three folders deep")
        .isEqualToIgnoringCase("Tỉnh Sơn La");
    browser.findElement(By.cssSelector("[data-language-switch]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Page not found"));
    browser.findElement(By.linkText("search published answers")).click();
    wait.until(ExpectedConditions.urlContains("/tra-cuu.html"));
    browser.findElement(By.id("main"));
    // the English choice is kept on the page the citizen went on to
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
  }

  @Test
  void eachAnswerPageHasItsOwnTitleDescriptionAndCanonicalAndTheSitemapListsThem() {
    Api api = new Api(base);
    String page = api.get("tra-loi.html?id=1").body();
    assertThat(page)
        .contains(
            "<title>Chậm trả kết quả đăng ký khai sinh cho trẻ em – Phản ánh, kiến nghị</title>")
        .contains("<meta name=\"description\" content=\"Tôi nộp hồ sơ đăng ký khai sinh cho con")
        .contains("<link rel=\"canonical\" href=\"https://pakn.test/tra-loi.html?id=1\">")
        .doesNotContain("noindex");
    assertThat(api.get("tra-loi.html?id=987654").body())
        .as("no such answer: not for search engines")
        .contains("<meta name=\"robots\" content=\"noindex\">");

    var sitemap = api.get("sitemap.xml");
    assertThat(sitemap.status()).isEqualTo(200);
    assertThat(sitemap.header("Content-Type")).startsWith("application/xml");
    assertThat(sitemap.body())
        .contains("<loc>https://pakn.test/tra-loi.html?id=1</loc>")
        .contains("<loc>https://pakn.test/tra-cuu.html</loc>");
    assertThat(api.get("robots.txt").body()).contains("Disallow: /can-bo/");
  }

  @Test
  void hostileInformationAnswersAndKeyRequestsAreRefusedAndStoreNothing() {
    JsonObject receipt = fileByApi(PetitionJson.valid());
    String code = receipt.getString("trackingCode");
    String key = receipt.getString("accessKey");
    Api api = new Api(base);
    step(
        api,
        "receiver",
        code,
        "CLASSIFY",
        Json.createObjectBuilder().add("withinCompetence", true));
    step(api, "receiver", code, "ACCEPT", Json.createObjectBuilder());
    step(api, "leader", code, "ASSIGN", Json.createObjectBuilder().add("handler", "handler"));
    step(api, "handler", code, "START", Json.createObjectBuilder());
    step(
        api,
        "handler",
        code,
        "REQUEST_INFORMATION",
        Json.createObjectBuilder().add("question", "Xin cho biết số giấy biên nhận."));
    Map<String, Long> before = DatabaseTrace.counts();
    String path = "api/petitions/" + code + "/information";

    var script =
        api.postMultipart(
            path,
            List.of(
                Api.Part.json("information", "{\"text\":\"Số biên nhận 12\"}"),
                Api.Part.file(
                    "a.pdf",
                    "application/pdf",
                    "<script>x</script>".getBytes(StandardCharsets.UTF_8))),
            "X-Access-Key",
            key);
    assertThat(script.status()).as(script.toString()).isEqualTo(400);
    assertThat(script.violatedFields()).containsExactly("attachments[0]");
    var bell = api.postJson(path, "{\"text\":\"Số biên nhận\\u0007\"}", "X-Access-Key", key);
    assertThat(bell.violatedFields()).containsExactly("text");
    var noText =
        api.postMultipart(path, List.of(Api.Part.json("information", "{}")), "X-Access-Key", key);
    assertThat(noText.violatedFields()).containsExactly("text");
    assertThat(
            api.postJson(path, "{\"text\":\"Số biên nhận 12\"}", "X-Access-Key", "AAAA-BBBB-CCCC")
                .status())
        .as("a wrong key answers like an unknown code")
        .isEqualTo(404);

    assertThat(api.postJson("api/petitions/PAKN-2026-12/access-key", "").violatedFields())
        .containsExactly("trackingCode");
    String unknown = new TrackingCode(2026, 876_543).toString();
    for (int i = 0; i < 3; i++) {
      assertThat(api.postJson("api/petitions/" + unknown + "/access-key", "").status())
          .isEqualTo(202);
    }
    var fourth = api.postJson("api/petitions/" + unknown + "/access-key", "");
    assertThat(fourth.status()).as("a code is asked for at most 3 times an hour").isEqualTo(429);
    assertThat(fourth.header("Content-Type")).startsWith("application/problem+json");
    assertThat(DatabaseTrace.counts()).as("nothing stored").isEqualTo(before);
    assertThat(pausedClocks(code)).isEqualTo(1);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private JsonObject fileByApi(JsonObject petition) {
    var reply = new Api(base).postJson("api/petitions", petition.toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private void openFollowPage(JsonObject receipt) {
    openFollowPage(receipt.getString("trackingCode"), receipt.getString("accessKey"));
  }

  private void openFollowPage(String code, String key) {
    browser.get(page("theo-doi.html?code=" + code + "#key=" + key));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
  }

  /** Takes an officer's step through the API, as the demo account. */
  private void step(Api api, String account, String code, String action, JsonObjectBuilder fields) {
    String token =
        api.postJson("api/tokens", "{\"username\":\"" + account + "\",\"password\":\"demo\"}")
            .json()
            .getString("token");
    long version = Sql.number("select version from petition where tracking_code = ?", code);
    JsonObject body = fields.add("action", action).add("version", version).build();
    var reply =
        api.postJson(
            "api/inbox/" + code + "/actions", body.toString(), "Authorization", "Bearer " + token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static MimeMessage newKeyMail(String address, String subject) {
    return TestMailServer.to(address).stream()
        .filter(
            m -> {
              try {
                return subject.equals(m.getSubject());
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .findFirst()
        .orElse(null);
  }

  private static long pausedClocks(String code) {
    return Sql.number(
        "select count(*) from stage_clock c join petition p on p.id = c.petition_id"
            + " where p.tracking_code = ? and c.paused_at is not null and c.finished_at is null",
        code);
  }

  private void openForm() {
    browser.get(page("gui-phan-anh.html"));
    waitForKinds();
  }

  /** The lists are loaded (the kinds are on the second step, present but not shown yet). */
  private void waitForKinds() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind-CONDUCT")));
    wait.until(d -> new Select(d.findElement(By.id("field"))).getOptions().size() > 1);
  }

  /** The language file is loaded once the header switch is shown. */
  private void waitForLanguage() {
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-language-switch]")));
  }

  private String page(String relative) {
    String root = base.toString();
    return (root.endsWith("/") ? root : root + "/") + relative;
  }

  private WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  private void click(String id) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    element.click();
  }

  private void type(String id, String text) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(text);
  }

  private static List<String> targets(WebElement summary) {
    return summary.findElements(By.cssSelector(".error-summary__list a")).stream()
        .map(a -> a.getDomAttribute("href"))
        .toList();
  }

  private String activeElementId() {
    return (String)
        browser.executeScript("return document.activeElement && document.activeElement.id");
  }

  /**
   * Console errors, leaving out the refusals of the API the pages expect and show (4xx) and the
   * page that is meant not to be there.
   */
  private List<String> pageErrors() {
    return session.pageErrors(
        Pattern.compile("(?s).*(/api/petitions|/khong-co-trang-nay\\.html).* status of 4\\d\\d.*"));
  }

  private void screenshot(String name) throws IOException {
    session.screenshot(name);
  }
}
