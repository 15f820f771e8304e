package vn.pakn.operations.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What makes a configuration unsafe for production. A node on PostgreSQL is taken to be a
 * production node: it must not run with a default database password, with the demo data (whose
 * accounts all have the password {@code demo}), or with a public base URL on localhost (every mail
 * link would point there). The embedded H2 default is for trying the system and is never checked.
 */
public final class ConfigurationSafety {

  /** Turns the refusal into warnings, for test rigs on a throw-away PostgreSQL only. */
  public static final String ALLOW_UNSAFE = "pakn.operations.allowUnsafeConfiguration";

  static final Set<String> DEFAULT_PASSWORDS =
      Set.of("", "pakn", "postgres", "secret", "password", "demo", "admin", "changeme", "123456");
  static final int MIN_TOKEN_LENGTH = 24;

  private ConfigurationSafety() {}

  /** One thing wrong, with the setting to change (and its environment variable). */
  public record Problem(String setting, String environmentVariable, String reason) {
    @Override
    public String toString() {
      return setting + " (" + environmentVariable + "): " + reason;
    }
  }

  /**
   * @param setting the configured value of a key, empty when not set
   */
  public static List<Problem> problems(Function<String, Optional<String>> setting) {
    String url = setting.apply("pakn.db.url").orElse("");
    var problems = new ArrayList<Problem>();
    if (!url.startsWith("jdbc:postgresql:")) {
      return problems;
    }
    String password = setting.apply("pakn.db.password").orElse("");
    if (DEFAULT_PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
      problems.add(
          new Problem(
              "pakn.db.password",
              "PAKN_DB_PASSWORD",
              "the database password is empty or a well-known default; set the password of the"
                  + " database account"));
    }
    String demo = setting.apply("pakn.demo").orElse("auto").strip().toLowerCase(Locale.ROOT);
    if (Set.of("true", "on", "yes").contains(demo)) {
      problems.add(
          new Problem(
              "pakn.demo",
              "PAKN_DEMO",
              "demo data (accounts with the password \"demo\") must not be loaded into a"
                  + " production PostgreSQL database; remove the setting or set it to false"));
    }
    String base = setting.apply("pakn.publicBaseUrl").orElse("");
    if (base.isBlank()) {
      problems.add(
          new Problem(
              "pakn.publicBaseUrl",
              "PAKN_PUBLICBASEURL",
              "the public base URL is not set, so mail links would point to"
                  + " http://localhost:8080/; set the address citizens use, e.g."
                  + " https://pakn.sonla.gov.vn/"));
    } else if (local(base)) {
      problems.add(
          new Problem(
              "pakn.publicBaseUrl",
              "PAKN_PUBLICBASEURL",
              "the public base URL "
                  + base
                  + " is not reachable by citizens (localhost or not an"
                  + " absolute http(s) URL)"));
    }
    String token = setting.apply("pakn.operations.metricsToken").orElse("");
    if (!token.isBlank() && token.strip().length() < MIN_TOKEN_LENGTH) {
      problems.add(
          new Problem(
              "pakn.operations.metricsToken",
              "PAKN_OPERATIONS_METRICSTOKEN",
              "the scraper's token is shorter than "
                  + MIN_TOKEN_LENGTH
                  + " characters; use a random one (openssl rand -hex 24)"));
    }
    return problems;
  }

  static boolean local(String base) {
    try {
      URI uri = URI.create(base.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      return !(scheme.equals("https") || scheme.equals("http"))
          || host.isEmpty()
          || host.equals("localhost")
          || host.endsWith(".localhost")
          || host.startsWith("127.")
          || host.equals("[::1]")
          || host.equals("0.0.0.0");
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** The message start-up fails with. */
  public static String refusal(List<Problem> problems) {
    var text =
        new StringBuilder(
            "PAKN refuses to start: the configuration is not safe for production (PostgreSQL).");
    problems.forEach(p -> text.append("\n  - ").append(p));
    text.append(
        "\nFix the settings above (see README.md, Configuration). Only a throw-away test database"
            + " may set "
            + ALLOW_UNSAFE
            + "=true.");
    return text.toString();
  }
}
