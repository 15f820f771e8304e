package vn.pakn.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.Sql;

/**
 * The survey pages in a real browser: a kiosk rates a served case while the network is down and
 * sends it when it comes back, exactly once; a citizen rates a desk file by its QR link, once; the
 * officers' survey-code page draws the QR code; the scores and PAR page shows the demo figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyPagesIT {

  /** The refusal the rating page expects and shows (a second rating) is not a console error. */
  private static final Pattern EXPECTED =
      Pattern.compile("(?s).*(/api/.* status of 409|Failed to fetch|ERR_INTERNET_DISCONNECTED).*");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;
  private final List<Browser> browsers = new ArrayList<>();

  @BeforeEach
  void client() {
    api = new Api(base);
  }

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

  @Test
  void aKioskRatesAServedCaseOfflineAndSendsItOnceWhenTheNetworkIsBack() throws IOException {
    Reply registered =
        api.postJson(
            "api/kiosks", "{\"agency\":\"SL-STP\",\"desk\":\"Quầy 5 – Hộ tịch\"}", bearer("admin"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String code = registered.json().getString("code");
    long kiosk = Sql.number("select id from kiosk where code = ?", code);
    String token = deskToken("kiosk");

    Browser b = browser();
    b.driver.manage().window().setSize(Browser.DESKTOP);
    // WebCrypto (the kiosk's signatures) needs a secure context: HTTPS, or localhost as here
    b.driver.get(
        page("kiosk.html?thanks=500#" + registered.json().getString("setupUrl").split("#")[1])
            .replace(base.getHost(), "localhost"));
    b.wait.until(
        d ->
            !b.driver.findElement(By.id("kiosk-desk")).getText().isEmpty()
                || b.driver.findElement(By.id("kiosk-unregistered")).isDisplayed());
    b.screenshot("kiosk-0-loaded");
    assertThat(b.driver.findElement(By.id("kiosk-desk")).getText())
        .as(b.driver.getCurrentUrl() + " " + b.pageErrors(Pattern.compile("^$")))
        .isEqualTo("Quầy 5 – Hộ tịch");
    b.wait.until(
        ExpectedConditions.elementToBeClickable(By.cssSelector(".kiosk__choice[data-value='3']")));
    assertThat(b.driver.getCurrentUrl())
        .as("the secret leaves the address bar")
        .doesNotContain("secret");
    assertThat(b.driver.findElement(By.id("kiosk-question-text")).getText())
        .isEqualTo("Ông/Bà có hài lòng với sự phục vụ hôm nay không?");
    b.screenshot("kiosk-1-question");

    b.driver.setNetworkConditions(offline(true));
    b.driver.findElement(By.id("kiosk-token")).sendKeys(token.toLowerCase());
    b.driver.findElement(By.cssSelector(".kiosk__choice[data-value='3']")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-thanks")));
    b.wait.until(ExpectedConditions.attributeToBe(By.id("kiosk-status"), "data-waiting", "1"));
    b.wait.until(
        ExpectedConditions.textMatches(By.id("kiosk-status"), Pattern.compile(".*Mất kết nối.*")));
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-question")));
    assertThat(b.driver.findElement(By.id("kiosk-token")).getAttribute("value"))
        .as("reset")
        .isEmpty();
    b.screenshot("kiosk-2-offline");
    assertThat(Sql.number("select count(*) from survey_response where kiosk_id = ?", kiosk))
        .isZero();

    b.driver.setNetworkConditions(offline(false));
    b.wait.until(ExpectedConditions.attributeToBe(By.id("kiosk-status"), "data-waiting", "0"));
    assertThat(Sql.number("select count(*) from survey_response where kiosk_id = ?", kiosk))
        .isEqualTo(1);
    assertThat(
            Sql.number(
                "select count(*) from survey_response where kiosk_id = ? and official", kiosk))
        .as("the typed survey code made it official")
        .isEqualTo(1);
    b.screenshot("kiosk-3-sent");
  }

  @Test
  void aCitizenRatesADeskFileByItsQrLinkOnce() throws IOException {
    String token = deskToken("desk-evaluation");
    Browser b = browser();
    String link = page("danh-gia.html?survey=desk-evaluation&token=" + token);
    b.driver.get(link);
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("q-total-time-2")));
    assertThat(b.driver.findElement(By.id("token-group")).isDisplayed()).isFalse();
    b.driver.executeScript(
        "document.querySelectorAll('input[type=radio][value=\"2\"]').forEach((i) => i.click())");
    b.driver.findElement(By.id("comment")).sendKeys("Cán bộ hướng dẫn tận tình.");
    b.screenshot("rate-1-form");
    b.driver.findElement(By.id("send")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
    b.screenshot("rate-2-thanks");

    b.driver.get(link);
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("q-total-time-1")));
    b.driver.executeScript(
        "document.querySelectorAll('input[type=radio][value=\"1\"]').forEach((i) => i.click())");
    b.driver.findElement(By.id("send")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(b.driver.findElement(By.id("error-summary")).getText())
        .contains("Hồ sơ này đã được đánh giá");
  }

  @Test
  void officersPrintASurveyCodeAndReadTheScores() throws IOException {
    Browser b = browser();
    signIn(b, "receiver", "danh-gia.html");
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id("receipt")));
    b.driver
        .findElement(By.id("receipt"))
        .sendKeys("BN-" + UUID.randomUUID().toString().substring(0, 8));
    b.driver.findElement(By.id("issue")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued")));
    assertThat(b.driver.findElement(By.id("issued-token")).getText()).matches("[A-Z2-9]{12}");
    assertThat(b.driver.findElements(By.cssSelector("#issued-qr path"))).hasSize(1);
    b.screenshot("survey-desk-token");

    Browser reform = browser();
    reform.driver.manage().window().setSize(Browser.DESKTOP);
    signIn(reform, "reform", "diem-cchc.html");
    reform.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scores")));
    reform.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("par")));
    assertThat(reform.driver.findElements(By.cssSelector("#scores-rows tr"))).isNotEmpty();
    assertThat(reform.driver.findElements(By.cssSelector("#par-rows tr"))).isNotEmpty();
    assertThat(
            (Boolean)
                reform.driver.executeScript(
                    "return Boolean(window.Chart && window.Chart.getChart('par-chart'))"))
        .as("the PAR chart is drawn")
        .isTrue();
    reform.screenshot("survey-scores-par");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static ChromiumNetworkConditions offline(boolean offline) {
    var conditions = new ChromiumNetworkConditions();
    conditions.setOffline(offline);
    return conditions;
  }

  private String deskToken(String survey) {
    Reply issued =
        api.postJson(
            "api/survey-tokens",
            "{\"receiptNumber\":\"BN-"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"survey\":\""
                + survey
                + "\"}",
            bearer("receiver"));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.json().getString("token");
  }

  private Browser browser() throws IOException {
    Browser b = Browser.open();
    browsers.add(b);
    return b;
  }

  private void signIn(Browser b, String username, String next) {
    b.driver.get(
        page("can-bo/dang-nhap.html?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    b.wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-language-switch]")));
    b.driver.findElement(By.id("username")).sendKeys(username);
    b.driver.findElement(By.id("password")).sendKeys("demo");
    b.driver.findElement(By.id("sign-in")).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officer-bar")));
  }

  private String page(String relative) {
    String root = base.toString();
    return (root.endsWith("/") ? root : root + "/") + relative;
  }

  private String[] bearer(String account) {
    Reply reply =
        api.postJson("api/tokens", "{\"username\":\"" + account + "\",\"password\":\"demo\"}");
    assertThat(reply.status()).as(account + ": " + reply).isEqualTo(201);
    return new String[] {"Authorization", "Bearer " + reply.json().getString("token")};
  }
}
