package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CitizenMessagesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  void theCitizensFileLeavesOutTheOfficersTextsAndIsMuchSmaller() throws IOException {
    JsonObject all = read("i18n/vi.json");
    JsonObject citizen = CitizenMessages.citizenOnly(all);
    assertThat(citizen.keySet())
        .contains("follow.heading", "file.sender.name.label", "common.service");
    assertThat(citizen.keySet()).noneMatch(k -> k.startsWith("officer."));
    assertThat(citizen.toString().length()).isLessThan(all.toString().length() * 7 / 10);
  }

  /** Every key a citizen's page (HTML at the root, the scripts it loads) names is kept. */
  @Test
  void everyKeyOfTheCitizensPagesIsKept() throws IOException {
    JsonObject citizen = CitizenMessages.citizenOnly(read("i18n/vi.json"));
    Set<String> used = new TreeSet<>();
    Pattern htmlKey = Pattern.compile("data-i18n(?:-attr)?=\"(?:[a-z-]+:\\s*)?([^\";]+)\"");
    Pattern scriptKey = Pattern.compile("\\bt\\(\\s*'([^']+)'");
    try (Stream<Path> pages = Files.list(WEBAPP)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        htmlKey
            .matcher(Files.readString(page))
            .results()
            .forEach(m -> used.add(m.group(1).strip()));
      }
    }
    for (String script :
        new String[] {
          "file-petition.js", "follow-petition.js", "errors.js", "rate.js", "home.js",
          "answer-page.js", "answers-search.js", "similar-answers.js", "i18n.js", "kiosk.js"
        }) {
      String text = Files.readString(WEBAPP.resolve("js").resolve(script), StandardCharsets.UTF_8);
      scriptKey.matcher(text).results().forEach(m -> used.add(m.group(1)));
    }
    used.removeIf(k -> k.startsWith("register.")); // the filing form's officer mode only
    assertThat(citizen.keySet()).containsAll(used);
  }

  private static JsonObject read(String file) throws IOException {
    try (var reader = Json.createReader(new StringReader(Files.readString(WEBAPP.resolve(file))))) {
      return reader.readObject();
    }
  }
}
