package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Messages;

/** The surveys bundle: same keys in both languages, valid patterns, every key in use resolvable. */
class SurveyMessagesTest {

  private static Properties load(String resource) throws IOException {
    var properties = new Properties();
    try (var in = SurveyMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void vietnameseAndEnglishHaveTheSameKeysAndValidPatterns() throws IOException {
    Properties vi = load("/i18n/surveys.properties");
    Properties en = load("/i18n/surveys_en.properties");

    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(vi.keySet());
    for (String key : vi.stringPropertyNames()) {
      for (var entry : List.of(vi, en)) {
        String pattern = entry.getProperty(key);
        assertThat(pattern).as(key).isNotBlank();
        new MessageFormat(pattern); // throws on a malformed pattern
      }
      assertThat(vi.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
    }
  }

  @Test
  void everyProblemAndViolationRaisedByTheTestsHasAText() {
    List<String> keys = new ArrayList<>();
    SurveyFiles.problemsOf(() -> SurveyDefinitions.load(SurveyFiles.INVALID))
        .forEach(p -> keys.add(p.key()));
    SurveyFiles.problemsOf(() -> ParSchemes.load(SurveyFiles.INVALID))
        .forEach(p -> keys.add(p.key()));
    keys.add("surveys.invalid.heading");
    keys.add("surveys.definition.duplicate");
    keys.add("surveys.definition.none");
    keys.add("surveys.fileName");
    ParEntryCsv.parse("a,b\nSNV,2024,direction,99\nSNV,2024,nope,1", SurveyFiles.par2022())
        .problems()
        .forEach(p -> keys.add("violation." + p.key()));
    for (String violation :
        List.of(
            "required",
            "survey.field.unknown",
            "survey.token.format",
            "survey.version.unknown",
            "survey.answers.notObject",
            "survey.answer.unknown",
            "survey.answer.notInteger",
            "survey.answer.outOfScale",
            "survey.answer.notText",
            "survey.answer.tooLong",
            "survey.answer.controlCharacter",
            "survey.answer.invisibleCharacter",
            "survey.answer.invalidCharacter",
            "par.entry.surveyFed",
            "par.entry.decimals",
            "par.csv.quotes",
            "par.csv.duplicate",
            "par.csv.empty",
            "par.csv.tooManyLines")) {
      keys.add("violation." + violation);
    }
    for (Locale locale : Messages.SUPPORTED) {
      assertThat(keys).as(locale.toString()).allMatch(Messages.of(locale)::has);
    }
  }

  @Test
  void numbersAreWrittenWithoutGroupingInBothLanguages() {
    assertThat(Messages.of(Messages.VIETNAMESE).get("violation.par.csv.duplicate", 1234))
        .isEqualTo("Trùng với dòng 1234 (cùng cơ quan, kỳ và lĩnh vực).");
    assertThat(Messages.of(Locale.ENGLISH).get("violation.par.entry.range", "7.5"))
        .isEqualTo("Points must be from 0 to 7.5.");
  }
}
