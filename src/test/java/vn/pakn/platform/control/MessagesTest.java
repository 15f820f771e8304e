package vn.pakn.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void vietnameseUnlessTheCallerPrefersEnglish() {
    assertThat(Messages.negotiate(null)).isEqualTo(Messages.VIETNAMESE);
    assertThat(Messages.negotiate("")).isEqualTo(Messages.VIETNAMESE);
    assertThat(Messages.negotiate("vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo(Messages.VIETNAMESE);
    assertThat(Messages.negotiate("en-US,en;q=0.9,vi;q=0.8")).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.negotiate("fr-FR")).isEqualTo(Messages.VIETNAMESE);
    assertThat(Messages.negotiate(";;;q=abc")).isEqualTo(Messages.VIETNAMESE);
  }

  @Test
  void textsAreFormattedWithTheirArguments() {
    assertThat(Messages.of(Locale.ENGLISH).get("violation.text.tooLong", 250))
        .isEqualTo("Too long: at most 250 characters.");
    assertThat(Messages.of(Messages.VIETNAMESE).get("violation.text.tooLong", 250))
        .isEqualTo("Quá dài: tối đa 250 ký tự.");
  }

  @Test
  void everyVietnameseTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
    int bundles = 0;
    for (String bundle : Messages.BUNDLES) {
      String path = "/" + bundle.replace('.', '/');
      Properties vi = load(path + ".properties");
      Properties en = load(path + "_en.properties");
      if (vi == null && en == null) {
        continue;
      }
      assertThat(vi).as(path + ".properties").isNotNull();
      assertThat(en).as(path + "_en.properties").isNotNull();
      assertThat(en.keySet()).as(bundle).containsExactlyInAnyOrderElementsOf(vi.keySet());
      bundles++;
    }
    assertThat(bundles).isPositive();
  }

  private static Properties load(String resource) throws IOException {
    var properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
