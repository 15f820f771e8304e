package vn.pakn.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.operations.control.ConfigurationSafety.Problem;

class ConfigurationSafetyTest {

  static final Map<String, String> SAFE =
      Map.of(
          "pakn.db.url", "jdbc:postgresql://db:5432/pakn",
          "pakn.db.password", "k3-Xv9q!Zr8w",
          "pakn.publicBaseUrl", "https://pakn.sonla.gov.vn/");

  static List<Problem> problems(Map<String, String> settings) {
    return ConfigurationSafety.problems(key -> Optional.ofNullable(settings.get(key)));
  }

  static Map<String, String> safeWith(String key, String value) {
    var m = new HashMap<>(SAFE);
    if (value == null) {
      m.remove(key);
    } else {
      m.put(key, value);
    }
    return m;
  }

  static List<String> settings(Map<String, String> settings) {
    return problems(settings).stream().map(Problem::setting).toList();
  }

  @Test
  void a_production_configuration_passes() {
    assertThat(problems(SAFE)).isEmpty();
    assertThat(problems(safeWith("pakn.demo", "false"))).isEmpty();
    assertThat(problems(safeWith("pakn.demo", "auto"))).isEmpty();
  }

  @Test
  void the_embedded_default_is_never_refused() {
    assertThat(problems(Map.of("pakn.db.url", "jdbc:h2:file:./data/pakn", "pakn.demo", "true")))
        .isEmpty();
    assertThat(problems(Map.of())).isEmpty();
  }

  @Test
  void default_database_passwords_are_refused() {
    for (String p : List.of("pakn", "postgres", "Secret", " demo ", "")) {
      assertThat(settings(safeWith("pakn.db.password", p)))
          .as(p)
          .containsExactly("pakn.db.password");
    }
    assertThat(settings(safeWith("pakn.db.password", null))).containsExactly("pakn.db.password");
  }

  @Test
  void demo_data_on_postgresql_is_refused() {
    assertThat(settings(safeWith("pakn.demo", "true"))).containsExactly("pakn.demo");
    assertThat(settings(safeWith("pakn.demo", "ON"))).containsExactly("pakn.demo");
  }

  @Test
  void a_base_url_citizens_cannot_reach_is_refused() {
    for (String url :
        List.of(
            "http://localhost:8080/",
            "https://127.0.0.1/",
            "http://[::1]:8080/",
            "pakn.sonla.gov.vn",
            "ftp://pakn.sonla.gov.vn/",
            "http://app.localhost/",
            "not a url")) {
      assertThat(settings(safeWith("pakn.publicBaseUrl", url)))
          .as(url)
          .containsExactly("pakn.publicBaseUrl");
    }
    assertThat(settings(safeWith("pakn.publicBaseUrl", null)))
        .containsExactly("pakn.publicBaseUrl");
    assertThat(problems(safeWith("pakn.publicBaseUrl", "http://10.0.0.5/pakn/"))).isEmpty();
  }

  @Test
  void a_short_scraper_token_is_refused() {
    assertThat(settings(safeWith("pakn.operations.metricsToken", "abc")))
        .containsExactly("pakn.operations.metricsToken");
    assertThat(problems(safeWith("pakn.operations.metricsToken", "a".repeat(48)))).isEmpty();
  }

  @Test
  void the_refusal_names_every_setting_and_its_environment_variable() {
    var everything =
        Map.of(
            "pakn.db.url", "jdbc:postgresql://db/pakn",
            "pakn.db.password", "pakn",
            "pakn.demo", "true");
    String message = ConfigurationSafety.refusal(problems(everything));
    assertThat(message)
        .contains("PAKN_DB_PASSWORD")
        .contains("PAKN_DEMO")
        .contains("PAKN_PUBLICBASEURL")
        .contains("http://localhost:8080/")
        .doesNotContain("pakn\n");
  }
}
