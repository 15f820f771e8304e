package vn.pakn.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.officers.entity.Role;
import vn.pakn.petitions.entity.Action;
import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.PetitionStatus;
import vn.pakn.petitions.entity.Satisfaction;
import vn.pakn.petitions.entity.SenderType;

/**
 * The pages' texts live in i18n/vi.json and i18n/en.json: both files have the same keys, and every
 * key the HTML or the scripts ask for is in them.
 */
class MessageFilesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern HTML_KEY = Pattern.compile("data-i18n=\"([^\"]+)\"");
  private static final Pattern HTML_ATTRIBUTE_KEYS = Pattern.compile("data-i18n-attr=\"([^\"]+)\"");
  private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\(\\s*'([^']+)'");

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(messages("en").keySet()).isEqualTo(messages("vi").keySet());
  }

  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".html")) {
          HTML_KEY.matcher(text).results().forEach(m -> used.add(m.group(1)));
          HTML_ATTRIBUTE_KEYS
              .matcher(text)
              .results()
              .forEach(
                  m -> {
                    for (String pair : m.group(1).split(";")) {
                      used.add(pair.substring(pair.indexOf(':') + 1).strip());
                    }
                  });
        } else if (name.endsWith(".js")) {
          SCRIPT_KEY.matcher(text).results().forEach(m -> used.add(m.group(1)));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(messages("vi").keySet()).containsAll(used);
    assertThat(messages("en").keySet()).containsAll(used);
  }

  /**
   * The officers' pages name the values of the domain's enums by keys built at run time ({@code
   * officer.status.IN_PROGRESS}); each value has its text, and each step a form.
   */
  @Test
  void theOfficersPagesNameEveryStatusChannelRoleAndStep() throws IOException {
    Set<String> wanted = new TreeSet<>();
    Map<String, Class<? extends Enum<?>>> enums =
        Map.of(
            "officer.status.", PetitionStatus.class,
            "officer.channel.", Channel.class,
            "officer.role.", Role.class,
            "officer.senderType.", SenderType.class,
            "officer.satisfaction.", Satisfaction.class,
            "officer.level.", Agency.Level.class,
            "officer.action.", Action.class);
    enums.forEach(
        (prefix, type) -> {
          for (Enum<?> value : type.getEnumConstants()) {
            wanted.add(prefix + value.name());
          }
        });
    for (Action action : Action.values()) {
      wanted.add("officer.action." + action.name() + ".submit");
    }
    assertThat(messages("vi").keySet()).containsAll(wanted);
    assertThat(messages("en").keySet()).containsAll(wanted);

    String petitionPage = Files.readString(WEBAPP.resolve("can-bo/phan-anh.html"));
    for (Action action : Action.values()) {
      assertThat(petitionPage).contains("data-action=\"" + action.name() + "\"");
    }
  }

  private static JsonObject messages(String language) throws IOException {
    String json = Files.readString(WEBAPP.resolve("i18n/" + language + ".json"));
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
