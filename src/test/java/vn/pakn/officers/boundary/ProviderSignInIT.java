package vn.pakn.officers.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.pakn.pages.Browser;
import vn.pakn.testing.Api;
import vn.pakn.testing.Await;

/**
 * Officers sign in at a real OpenID Connect provider: Keycloak (its distribution unpacked by the
 * build, started once for the class in dev mode with the realm in {@code
 * src/test/resources/keycloak/}), in Chromium through Keycloak's own login page, against the
 * microbundle on its embedded H2 database with the demo accounts. Keycloak's users have other user
 * names than PAKN's: the account is found by the verified email, and roles and agency are PAKN's.
 * The last tests stop Keycloak to see what officers see when the provider is down.
 *
 * <p>Keycloak 26 needs Java 21 or later: the one named by {@code -Dpakn.keycloak.javaHome}, {@code
 * KEYCLOAK_JAVA_HOME}, this JVM, or the newest under {@code /usr/lib/jvm}; without one (or without
 * Chromium) the class is skipped with a loud message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderSignInIT {

  static final String PROVIDER_NAME = "Keycloak thử nghiệm";
  static final String CLIENT_SECRET = "pakn-officers-test-secret";

  Process keycloak;
  Process app;
  Process secondApp;
  String issuer;
  URI base;
  Api api;
  final List<Browser> browsers = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    Path home = Path.of(System.getProperty("pakn.keycloak.home", "target/keycloak/none"));
    Optional<Path> java = javaForKeycloak();
    if (!Files.isExecutable(home.resolve("bin/kc.sh")) || java.isEmpty()) {
      System.err.println(
          "\n*** PROVIDER SIGN-IN TESTS SKIPPED: needs the Keycloak distribution at "
              + home
              + " (unpacked by ./mvnw verify) and a Java 21+ (found: "
              + java.map(Path::toString).orElse("none")
              + ") ***\n");
      Assumptions.assumeTrue(false, "no Keycloak or no Java 21+");
    }
    int keycloakPort = freePort();
    issuer = "http://127.0.0.1:" + keycloakPort + "/realms/pakn";
    keycloak = startKeycloak(home, java.get(), keycloakPort);
    Path workDir = workDir("provider-sign-in");
    int port = freePort();
    base = URI.create("http://127.0.0.1:" + port + "/");
    app =
        startApp(
            workDir,
            port,
            "-Dpakn.oidc.officers.issuer=" + issuer,
            "-Dpakn.oidc.officers.clientId=pakn-officers",
            "-Dpakn.oidc.officers.clientSecret=" + CLIENT_SECRET,
            "-Dpakn.oidc.officers.name=" + PROVIDER_NAME,
            "-Dpakn.oidc.citizens.issuer=" + issuer,
            "-Dpakn.oidc.citizens.clientId=pakn-citizens",
            "-Dpakn.oidc.citizens.clientSecret=pakn-citizens-test-secret",
            "-Dpakn.oidc.citizens.name=" + PROVIDER_NAME);
    api = new Api(base.toURL());
    awaitReady(app, api);
    Await.until(
        "Keycloak to serve the realm",
        Duration.ofMinutes(8),
        () -> {
          assertThat(keycloak.isAlive()).as("Keycloak is running").isTrue();
          try {
            return new Api(new URL(issuer + "/")).get(".well-known/openid-configuration").status()
                == 200;
          } catch (RuntimeException | IOException notYet) {
            return false;
          }
        });
  }

  @AfterEach
  void closeBrowsers() {
    try {
      for (Browser b : browsers) {
        // Keycloak's pages are not ours; a 401 is how a page learns nobody is signed in
        assertThat(
                b.pageErrors(
                    java.util.regex.Pattern.compile(
                        "(?s)(?!.*"
                            + java.util.regex.Pattern.quote(base.toString())
                            + ").*"
                            + "|.*status of 401.*")))
            .as("script errors or missing files on PAKN's pages")
            .isEmpty();
      }
    } finally {
      for (Browser b : browsers) {
        try {
          b.close();
        } catch (IOException e) {
          // a profile folder left in target/: nothing to fail the test for
        }
      }
      browsers.clear();
    }
  }

  @AfterAll
  void stop() throws InterruptedException {
    for (Process p : Stream.of(secondApp, app, keycloak).filter(p -> p != null).toList()) {
      stop(p);
    }
  }

  // --- the tests -------------------------------------------------------------------------------

  @Test
  @Order(1)
  void anOfficerSignsInAtTheProviderWithTheRolesOfPaknAndSignsOutOfBoth() throws IOException {
    Browser b = browser();
    b.driver.get(base + "can-bo/dang-nhap.html?next=" + "tiep-nhan.html");
    var button = providerButton(b);
    assertThat(button.getText()).isEqualTo("Đăng nhập bằng " + PROVIDER_NAME);
    assertThat(b.driver.findElement(By.id("sign-in-form")).isDisplayed())
        .as("passwords still work")
        .isTrue();
    b.screenshot("provider-1-sign-in-page");
    button.click();

    signInAtKeycloak(b, "tiep.nv", "Kc-receiver-2026");
    // back to the page asked for (?next=), signed in with PAKN's account
    b.wait.until(ExpectedConditions.urlToBe(base + "can-bo/tiep-nhan.html"));
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officer-bar")));
    b.driver.get(base + "can-bo/hop-thu.html");
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officer-who")));
    b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("officer-who"), "Tiếp"));
    assertThat(b.driver.findElement(By.id("officer-who")).getText())
        .contains("Nguyễn Văn Tiếp", "Văn phòng Ủy ban nhân dân tỉnh", "Tiếp nhận");
    assertThat(b.driver.findElements(By.cssSelector(".officer-nav a[href='bao-cao.html']")))
        .as("reports are not a receiving officer's, whatever the provider says")
        .isEmpty();
    assertThat(b.driver.findElements(By.cssSelector(".officer-nav a[href='tiep-nhan.html']")))
        .isNotEmpty();
    b.screenshot("provider-2-inbox");

    b.driver.findElement(By.id("sign-out")).click();
    b.wait.until(ExpectedConditions.urlContains("can-bo/dang-nhap.html?signedOut=1"));
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
    b.driver.get(base + "can-bo/hop-thu.html");
    b.wait.until(ExpectedConditions.urlContains("can-bo/dang-nhap.html?next="));

    // the provider's session ended too: it asks for the password again
    providerButton(b).click();
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(b.driver.getCurrentUrl()).startsWith(issuer);
  }

  @Test
  @Order(2)
  void someoneTheProviderKnowsButPaknDoesNotGetsAClearPageAndNoAccount() throws IOException {
    int before = officers().size();
    Browser b = browser();
    b.driver.get(base + "can-bo/dang-nhap.html");
    providerButton(b).click();
    signInAtKeycloak(b, "la.tt", "Kc-stranger-2026");

    b.wait.until(ExpectedConditions.urlContains("can-bo/dang-nhap.html?provider=unknown"));
    var summary =
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getText())
        .contains("Tài khoản này chưa được gắn với cán bộ nào", "Không có tài khoản nào được tạo");
    b.screenshot("provider-3-unknown");
    assertThat(officers())
        .as("nothing created")
        .hasSize(before)
        .noneMatch(o -> o.contains("la.tt"));

    b.driver.executeScript("localStorage.setItem('pakn.language', 'en')");
    b.driver.navigate().refresh();
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("error-summary"), "This account is not linked to any officer"));
  }

  @Test
  @Order(3)
  void anAnswerThatDidNotComeFromTheProviderForThisBrowserIsRefused() {
    var noSignInStarted = api.get("api/session/provider/callback?code=abc&state=xyz");
    assertThat(noSignInStarted.status()).isEqualTo(303);
    assertThat(noSignInStarted.header("Location"))
        .endsWith("can-bo/dang-nhap.html?provider=refused");

    var started = api.get("api/session/provider/start");
    assertThat(started.status()).isEqualTo(303);
    String location = started.header("Location");
    assertThat(location)
        .startsWith(issuer + "/protocol/openid-connect/auth?")
        .contains("code_challenge_method=S256", "nonce=", "client_id=pakn-officers");
    String cookie = started.header("Set-Cookie").split(";")[0];
    String state = parameter(location, "state");

    var otherState =
        api.get("api/session/provider/callback?code=abc&state=other", "Cookie", cookie);
    assertThat(otherState.header("Location")).endsWith("provider=refused");

    started = api.get("api/session/provider/start");
    cookie = started.header("Set-Cookie").split(";")[0];
    state = parameter(started.header("Location"), "state");
    var forgedCode =
        api.get("api/session/provider/callback?code=forged-code&state=" + state, "Cookie", cookie);
    assertThat(forgedCode.header("Location"))
        .as("a code the provider never issued")
        .endsWith("provider=refused");
    assertThat(api.get("api/session", "Cookie", cookie).status()).isEqualTo(401);
  }

  @Test
  @Order(4)
  void aCitizenSignedInFindsWhatSheFiledAndNobodyElseDoes() throws IOException {
    Browser hoa = browser();
    hoa.driver.get(base + "cua-toi.html");
    var button =
        hoa.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-sign-in")));
    assertThat(button.getText()).isEqualTo("Đăng nhập bằng " + PROVIDER_NAME);
    button.click();
    signInAtKeycloak(hoa, "hoa.nt", "Kc-hoa-2026");
    hoa.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mine-signed-in")));
    assertThat(hoa.driver.findElement(By.id("citizen-name")).getText()).contains("Hoa");
    hoa.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mine-none")));

    // the filing form is filled from what the provider verified
    hoa.driver.get(base + "gui-phan-anh.html");
    hoa.wait.until(
        d -> "hoa@example.vn".equals(d.findElement(By.id("sender-email")).getDomProperty("value")));
    // filed on the form, in her session
    hoa.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind-CONDUCT")));
    hoa.wait.until(d -> new Select(d.findElement(By.id("field"))).getOptions().size() > 1);
    click(hoa, "sender-type-person");
    type(hoa, "sender-name", "Nguyễn Thị Hoa");
    type(hoa, "sender-address", "Tổ 5, thị trấn Phù Yên, tỉnh Sơn La");
    type(hoa, "sender-phone", "0912 345 678");
    click(hoa, "next-1");
    click(hoa, "kind-CONDUCT");
    new Select(hoa.driver.findElement(By.id("sub-kind"))).selectByValue("DELAY");
    new Select(hoa.driver.findElement(By.id("field"))).selectByValue("TPHT");
    type(hoa, "procedure", "Đăng ký khai sinh");
    click(hoa, "next-2");
    hoa.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
    type(hoa, "title", "Chậm trả kết quả đăng ký khai sinh");
    type(
        hoa,
        "content",
        "Tôi nộp hồ sơ đăng ký khai sinh cho con ngày 02/10 tại UBND xã, đến nay quá hạn mà chưa"
            + " nhận được kết quả.");
    click(hoa, "next-3");
    hoa.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-answers")));
    click(hoa, "submit");
    hoa.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    String code = hoa.driver.findElement(By.id("receipt-code")).getText();
    assertThat(code).startsWith("PAKN-");
    String anonymous =
        api.postJson(
                "api/petitions", vn.pakn.testing.PetitionJson.valid().toString(), api.proofOfWork())
            .json()
            .getString("trackingCode");

    // officers see which of the sender's details the provider vouched for
    String receiver =
        api.postJson("api/tokens", "{\"username\":\"receiver\",\"password\":\"demo\"}")
            .json()
            .getString("token");
    var seen = api.get("api/inbox/" + code, "Authorization", "Bearer " + receiver);
    assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
    assertThat(
            seen.json()
                .getJsonObject("sender")
                .getJsonArray("verified")
                .getValuesAs(jakarta.json.JsonString::getString))
        .contains("email");
    var other = api.get("api/inbox/" + anonymous, "Authorization", "Bearer " + receiver);
    assertThat(other.json().getJsonObject("sender").getJsonArray("verified")).isEmpty();

    hoa.driver.get(base + "cua-toi.html");
    var mine =
        hoa.wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#mine-list [data-code='" + code + "']")));
    assertThat(mine.getText()).contains("Đã tiếp nhận");
    assertThat(hoa.driver.findElement(By.id("mine-list")).getText())
        .as("a petition filed without signing in is nobody's")
        .doesNotContain(anonymous);
    hoa.screenshot("provider-6-my-petitions");

    Browser binh = browser();
    binh.driver.get(base + "cua-toi.html");
    binh.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-sign-in")))
        .click();
    signInAtKeycloak(binh, "binh.lv", "Kc-binh-2026");
    binh.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mine-none")));
    assertThat(binh.driver.findElement(By.id("mine-list")).getText()).doesNotContain(code);

    var nobody = api.get("api/my-petitions");
    assertThat(nobody.status()).isEqualTo(401);
    assertThat(nobody.json().getString("title")).isEqualTo("Bạn chưa đăng nhập");

    hoa.driver.findElement(By.id("citizen-sign-out")).click();
    hoa.wait.until(ExpectedConditions.urlContains("cua-toi.html?signedOut=1"));
    hoa.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-sign-in")));
  }

  @Test
  @Order(10)
  void whenTheProviderIsDownOfficersAreToldAndSignInWithTheirPassword() throws Exception {
    stop(keycloak);
    Browser b = browser();
    b.driver.get(base + "can-bo/dang-nhap.html");
    providerButton(b).click();
    b.wait.until(ExpectedConditions.urlContains("provider=unavailable"));
    var summary =
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getText())
        .contains(
            "Không kết nối được với hệ thống đăng nhập của tỉnh",
            "Hãy đăng nhập bằng tên đăng nhập và mật khẩu");
    b.screenshot("provider-4-down");

    b.driver.findElement(By.id("username")).sendKeys("receiver");
    b.driver.findElement(By.id("password")).sendKeys("demo");
    b.driver.findElement(By.id("sign-in")).click();
    b.wait.until(ExpectedConditions.urlContains("can-bo/hop-thu.html"));
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officer-bar")));
  }

  @Test
  @Order(11)
  void withPasswordsTurnedOffTheFormIsGoneAndAnOutageSaysToComeBackLater() throws Exception {
    int port = freePort();
    URI second = URI.create("http://127.0.0.1:" + port + "/");
    secondApp =
        startApp(
            workDir("provider-only"),
            port,
            "-Dpakn.oidc.officers.issuer=http://127.0.0.1:" + freePort() + "/realms/pakn",
            "-Dpakn.oidc.officers.clientId=pakn-officers",
            "-Dpakn.oidc.officers.clientSecret=" + CLIENT_SECRET,
            "-Dpakn.oidc.officers.name=" + PROVIDER_NAME,
            "-Dpakn.auth.localPasswords=false");
    Api secondApi = new Api(second.toURL());
    awaitReady(secondApp, secondApi);

    var refused =
        secondApi.postJson("api/session", "{\"username\":\"receiver\",\"password\":\"demo\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().getString("title")).isEqualTo("Đăng nhập bằng mật khẩu đã tắt");
    assertThat(
            secondApi
                .postJson(
                    "api/tokens",
                    "{\"username\":\"receiver\",\"password\":\"demo\"}",
                    "Accept-Language",
                    "en")
                .status())
        .as("machine clients keep their bearer tokens")
        .isEqualTo(201);

    Browser b = browser();
    b.driver.get(second + "can-bo/dang-nhap.html");
    providerButton(b).click();
    b.wait.until(ExpectedConditions.urlContains("provider=unavailable"));
    var summary =
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getText()).contains("Hãy thử lại sau ít phút");
    assertThat(b.driver.findElement(By.id("sign-in-form")).isDisplayed()).isFalse();
    b.screenshot("provider-5-down-no-passwords");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Browser browser() throws IOException {
    Browser b = Browser.open();
    browsers.add(b);
    return b;
  }

  private static void click(Browser b, String id) {
    b.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  private static void type(Browser b, String id, String text) {
    var input = b.driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static org.openqa.selenium.WebElement providerButton(Browser b) {
    return b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("provider-sign-in")));
  }

  private void signInAtKeycloak(Browser b, String username, String password) {
    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(b.driver.getCurrentUrl()).as("Keycloak's own page").startsWith(issuer);
    b.driver.findElement(By.id("username")).sendKeys(username);
    b.driver.findElement(By.id("password")).sendKeys(password);
    b.driver.findElement(By.id("kc-login")).click();
  }

  /** The user names of the officers' accounts, as an administrator lists them. */
  private List<String> officers() {
    String token =
        api.postJson("api/tokens", "{\"username\":\"admin\",\"password\":\"demo\"}")
            .json()
            .getString("token");
    var list = api.get("api/admin/officers", "Authorization", "Bearer " + token);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("username"))
        .toList();
  }

  private static String parameter(String uri, String name) {
    for (String pair : URI.create(uri).getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError(name + " missing in " + uri);
  }

  private static Process startKeycloak(Path home, Path java, int port) throws IOException {
    Path imports = Files.createDirectories(home.resolve("data/import"));
    try (var realm = ProviderSignInIT.class.getResourceAsStream("/keycloak/pakn-realm.json")) {
      Files.copy(realm, imports.resolve("pakn-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    var command =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + freePort())
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    home.getParent().resolve("keycloak.log").toFile()));
    command.environment().put("JAVA_HOME", java.toString());
    return command.start();
  }

  private static Process startApp(Path workDir, int port, String... options) throws IOException {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.add("-Dpakn.signIn.perMinute=1000");
    command.add("-jar");
    command.add(
        new File(System.getProperty("pakn.microbundle", "target/pakn-microbundle.jar"))
            .getAbsolutePath());
    command.add("--port");
    command.add(String.valueOf(port));
    var builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("app.log").toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("PAKN_"));
    return builder.start();
  }

  private static void awaitReady(Process process, Api api) {
    Await.until(
        "the app to be ready",
        Duration.ofMinutes(5),
        () -> {
          assertThat(process.isAlive()).as("the app process is running").isTrue();
          try {
            return api.send(HttpRequest.newBuilder(api.uri("health/ready")).GET()).status() == 200;
          } catch (RuntimeException notYetListening) {
            return false;
          }
        });
  }

  private static void stop(Process process) throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private static Path workDir(String name) throws IOException {
    return Files.createDirectories(
        Path.of(
            System.getProperty("pakn.buildDirectory", "target"), name + "-" + System.nanoTime()));
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A Java 21 or later to run Keycloak with. */
  static Optional<Path> javaForKeycloak() throws IOException {
    var candidates = new ArrayList<Path>();
    Optional.ofNullable(System.getProperty("pakn.keycloak.javaHome"))
        .map(Path::of)
        .ifPresent(candidates::add);
    Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME"))
        .map(Path::of)
        .ifPresent(candidates::add);
    candidates.add(Path.of(System.getProperty("java.home")));
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (var listed = Files.list(jvms)) {
        listed.sorted(java.util.Comparator.reverseOrder()).forEach(candidates::add);
      }
    }
    for (Path home : candidates) {
      if (Files.isExecutable(home.resolve("bin/java")) && majorVersion(home) >= 21) {
        return Optional.of(home);
      }
    }
    return Optional.empty();
  }

  private static int majorVersion(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring(13).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
