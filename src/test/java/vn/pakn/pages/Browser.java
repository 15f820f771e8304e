package vn.pakn.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium with its own profile (so its own cookies), for the page tests: a
 * phone-sized window by default, full-page screenshots under target/screenshots, and the console
 * errors the pages caused. The tests using it are skipped, loudly, when Chromium or its driver is
 * not installed.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Dimension PHONE = new Dimension(412, 915);
  static final Dimension DESKTOP = new Dimension(1280, 900);

  public final ChromeDriver driver;
  public final WebDriverWait wait;
  private final Path profile;
  private final Path buildDirectory;

  private Browser(ChromeDriver driver, Path profile, Path buildDirectory) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // a page that renders again (the language switch, a list refreshed) replaces its elements: a
    // condition that found one just before it was replaced is simply asked again
    this.wait.ignoring(StaleElementReferenceException.class);
    this.profile = profile;
    this.buildDirectory = buildDirectory;
  }

  static Path buildDirectory() {
    return Path.of(System.getProperty("pakn.buildDirectory", "target"));
  }

  /** Skips the calling test (with a banner in the build log) when there is no Chromium. */
  static void assumeInstalled() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      System.err.println(
          "\n*** BROWSER TESTS SKIPPED: install chromium chromium-driver ***\n"
              + "*** (needs "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ") ***\n");
      Assumptions.assumeTrue(false, "BROWSER TESTS SKIPPED: install chromium chromium-driver");
    }
  }

  public static Browser open() throws IOException {
    return open(new String[0]);
  }

  /**
   * A browser with no way out of the machine: every address but the application's host (and the
   * loopback) goes to a proxy that does not exist, so a page that needs the internet shows it.
   */
  public static Browser offline(java.net.URL application) throws IOException {
    return open(
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=" + application.getHost());
  }

  private static Browser open(String... extraArguments) throws IOException {
    assumeInstalled();
    Path build = buildDirectory();
    Path profile = Files.createTempDirectory(build, "chromium-profile-");
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=" + PHONE.width + "," + PHONE.height,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.addArguments(extraArguments);
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    var driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(PHONE);
    return new Browser(driver, profile, build);
  }

  /**
   * What the browser console reported as errors since the last call: script errors,
   * Content-Security-Policy violations, missing files; messages matching {@code expected} (API
   * refusals the pages show) are left out.
   */
  public List<String> pageErrors(Pattern expected) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !expected.matcher(m).matches())
        .toList();
  }

  /** The whole page, not only the window, saved as target/screenshots/{name}.png. */
  public void screenshot(String name) throws IOException {
    Path folder = Files.createDirectories(buildDirectory.resolve("screenshots"));
    byte[] png;
    try {
      Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
      Number width = (Number) driver.executeScript("return window.innerWidth");
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of(
                      "x",
                      0,
                      "y",
                      0,
                      "width",
                      width.intValue(),
                      "height",
                      height.intValue(),
                      "scale",
                      1)));
      png = Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException noDevTools) {
      png = driver.getScreenshotAs(OutputType.BYTES);
    }
    Files.write(folder.resolve(name + ".png"), png);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
