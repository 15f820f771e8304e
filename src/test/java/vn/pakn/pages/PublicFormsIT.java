package vn.pakn.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Await;
import vn.pakn.testing.PetitionJson;
import vn.pakn.testing.ProofOfWorkSolver;
import vn.pakn.testing.Sql;
import vn.pakn.testing.TestDatabase;

/**
 * The public forms as deployed by default, with the proof of work on (the other container tests
 * switch it off): a node started from the microbundle on the test PostgreSQL with no proof-of-work
 * settings. A write without a solved challenge, with a wrong, tampered or spent one, is refused
 * with a problem in the caller's language and stores nothing; officers and token clients are never
 * asked; a citizen files through the page, which solves the challenge itself.
 */
class PublicFormsIT {

  private static Process node;
  private static Api api;
  private static URL base;

  @BeforeAll
  static void startNode() throws Exception {
    Path dir =
        Files.createDirectories(
            Path.of(
                System.getProperty("pakn.buildDirectory", "target"),
                "public-forms-" + System.nanoTime()));
    int port = freePort();
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(TestDatabase.databaseOptions());
    command.addAll(
        List.of(
            "-Dpakn.demo=true",
            "-Dpakn.operations.allowUnsafeConfiguration=true",
            "-Dpakn.search.directory=" + dir.resolve("search"),
            "-jar",
            new File(System.getProperty("pakn.microbundle", "target/pakn-microbundle.jar"))
                .getAbsolutePath(),
            "--port",
            String.valueOf(port)));
    var builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("PAKN_"));
    node = builder.start();
    base = new URL("http://localhost:" + port + "/");
    api = new Api(base);
    Await.until(
        "the node to be ready",
        Duration.ofMinutes(3),
        () -> {
          assertThat(node.isAlive()).as("the node is running, see " + dir).isTrue();
          try {
            return api.get("health/ready").status() == 200;
          } catch (RuntimeException notYetListening) {
            return false;
          }
        });
  }

  @AfterAll
  static void stopNode() throws InterruptedException {
    if (node != null && node.isAlive()) {
      node.destroy();
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
  }

  // --- the API ---------------------------------------------------------------------------------

  @Test
  void aFilingWithoutASolvedChallengeIsRefusedInTheCallersLanguageAndStoresNothing() {
    long before = stored();

    Reply missing = api.postJson("api/petitions", PetitionJson.valid().toString());
    assertProblem(missing, "proof-of-work-missing");
    assertThat(missing.json().getString("title")).contains("chống gửi tự động");

    Reply english =
        api.postJson("api/petitions", PetitionJson.valid().toString(), "Accept-Language", "en");
    assertProblem(english, "proof-of-work-missing");
    assertThat(english.json().getString("title")).isEqualTo("The anti-automation check is missing");

    JsonObject challenge = api.get("api/challenge").json();
    String right = ProofOfWorkSolver.solve(challenge);
    String decoded = new String(java.util.Base64.getDecoder().decode(right));
    long number = Long.parseLong(decoded.replaceAll(".*\"number\":(\\d+).*", "$1"));
    String wrongNumber =
        ProofOfWorkSolver.payload(
            challenge.getString("algorithm"),
            challenge.getString("challenge"),
            number + 1,
            challenge.getString("salt"),
            challenge.getString("signature"));
    String otherSignature =
        ProofOfWorkSolver.payload(
            challenge.getString("algorithm"),
            challenge.getString("challenge"),
            number,
            challenge.getString("salt"),
            "0".repeat(64));
    for (String wrong : List.of(wrongNumber, otherSignature, "bm90IGEgc29sdXRpb24=", "%%%")) {
      assertProblem(
          api.postJson("api/petitions", PetitionJson.valid().toString(), "X-Proof-Of-Work", wrong),
          "proof-of-work-invalid");
    }
    assertThat(stored()).as("nothing stored").isEqualTo(before);

    // the right solution was not spent by the refusals
    Reply filed =
        api.postJson("api/petitions", PetitionJson.valid().toString(), "X-Proof-Of-Work", right);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
  }

  @Test
  void aSolutionFilesOnceAndIsRefusedAfterThat() {
    String[] proof = api.proofOfWork();
    long before = Sql.number("select count(*) from petition");

    Reply first = api.postJson("api/petitions", PetitionJson.valid().toString(), proof);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    Reply again = api.postJson("api/petitions", PetitionJson.valid().toString(), proof);
    assertProblem(again, "proof-of-work-spent");

    assertThat(Sql.number("select count(*) from petition")).isEqualTo(before + 1);
  }

  @Test
  void aRefusedFormDoesNotSpendTheSolution() {
    String[] proof = api.proofOfWork();
    Reply refused = api.postJson("api/petitions", PetitionJson.with("title", "").toString(), proof);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);

    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString(), proof);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
  }

  @Test
  void theOtherPublicWritesAskForItToo() {
    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString(), api.proofOfWork());
    String code = filed.json().getString("trackingCode");
    String key = filed.json().getString("accessKey");

    assertProblem(
        api.postJson("api/petitions/" + code + "/access-key", ""), "proof-of-work-missing");
    assertThat(
            api.postJson("api/petitions/" + code + "/access-key", "", api.proofOfWork()).status())
        .isEqualTo(202);

    String information = "{\"text\":\"Bổ sung giấy tờ\"}";
    assertProblem(
        api.postJson("api/petitions/" + code + "/information", information, "X-Access-Key", key),
        "proof-of-work-missing");
    Reply past =
        api.postJson(
            "api/petitions/" + code + "/information",
            information,
            concat(new String[] {"X-Access-Key", key}, api.proofOfWork()));
    assertThat(past.status())
        .as("past the check: nobody asked for information")
        .isBetween(400, 409)
        .isNotEqualTo(403);

    String survey = "{\"token\":\"ZZZZZZZZZZZZ\",\"answers\":{\"satisfaction\":3}}";
    assertProblem(api.postJson("api/surveys/kiosk/responses", survey), "proof-of-work-missing");
    Reply unknownToken = api.postJson("api/surveys/kiosk/responses", survey, api.proofOfWork());
    assertThat(unknownToken.status()).as("past the check: an unknown token").isBetween(400, 404);
  }

  @Test
  void officersWithATokenAreNotAsked() {
    Reply token = api.postJson("api/tokens", "{\"username\":\"receiver\",\"password\":\"demo\"}");
    assertThat(token.status()).isEqualTo(201);
    Reply keyed =
        api.postJson(
            "api/petitions",
            PetitionJson.with("channel", "LETTER").toString(),
            "Authorization",
            "Bearer " + token.json().getString("token"));
    assertThat(keyed.status()).as(keyed.body()).isEqualTo(201);
  }

  // --- the page ----------------------------------------------------------------------------------

  @Test
  void aCitizenFilesThroughThePageWhichSolvesTheChallenge() throws IOException {
    long spentBefore = Sql.number("select count(*) from spent_challenge");
    try (Browser session = Browser.open()) {
      var browser = session.driver;
      var wait = session.wait;
      browser.get(base + "gui-phan-anh.html");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind-CONDUCT")));
      wait.until(d -> new Select(d.findElement(By.id("field"))).getOptions().size() > 1);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("sender-type-person"))).click();
      browser.findElement(By.id("sender-name")).sendKeys("Lò Văn Pọm");
      browser.findElement(By.id("sender-address")).sendKeys("Bản Mòn, xã Chiềng Mai, tỉnh Sơn La");
      browser.findElement(By.id("sender-phone")).sendKeys("0912 345 679");
      browser.findElement(By.id("next-1")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("kind-CONDUCT"))).click();
      new Select(browser.findElement(By.id("sub-kind"))).selectByValue("DELAY");
      new Select(browser.findElement(By.id("field"))).selectByValue("TPHT");
      browser.findElement(By.id("procedure")).sendKeys("Cấp bản sao trích lục khai sinh");
      browser.findElement(By.id("next-2")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
      browser.findElement(By.id("title")).sendKeys("Chậm cấp bản sao trích lục khai sinh");
      browser
          .findElement(By.id("content"))
          .sendKeys("Tôi xin bản sao trích lục khai sinh từ tháng trước mà chưa nhận được.");
      browser.findElement(By.id("next-3")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-answers")));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("submit"))).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
      String code = browser.findElement(By.id("receipt-code")).getText();
      assertThat(code).matches("PAKN-\\d{4}-\\d{6}-[A-Z]");
      assertThat(Sql.number("select count(*) from petition where tracking_code = ?", code))
          .isEqualTo(1);
      assertThat(Sql.number("select count(*) from spent_challenge"))
          .as("the page's solution was checked and spent")
          .isGreaterThan(spentBefore);
      session.screenshot("public-forms-1-filed-with-proof-of-work");
      assertThat(session.pageErrors(Pattern.compile("^$"))).isEmpty();
    }
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static void assertProblem(Reply reply, String key) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo("urn:pakn:problem:" + key);
  }

  /** Petitions and their events: what a refused filing must not add to. */
  private static long stored() {
    return Sql.number("select count(*) from petition")
        + Sql.number("select count(*) from petition_event");
  }

  private static String[] concat(String[] a, String[] b) {
    var all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
