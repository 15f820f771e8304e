package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.ResponseValidator.Submission;

class ResponseValidatorTest {

  private static final SurveyDefinitions DEFINITIONS = SurveyFiles.shipped();
  private static final SurveyDefinition KIOSK = DEFINITIONS.latest("kiosk").orElseThrow();
  private static final SurveyDefinition SIPAS = DEFINITIONS.latest("sipas").orElseThrow();

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static List<Violation> violations(SurveyDefinition d, String answers) {
    return ResponseValidator.validate(d, json(answers)).violations();
  }

  @Test
  void aValidKioskAnswerIsAccepted() {
    var outcome =
        ResponseValidator.validate(KIOSK, json("{\"satisfaction\": 3, \"comment\": \"  Tốt  \"}"));

    assertThat(outcome.valid()).isTrue();
    var answers = outcome.answers().orElseThrow();
    assertThat(answers.ratings()).isEqualTo(Map.of("satisfaction", 3));
    assertThat(answers.freeText()).contains("Tốt");
  }

  @Test
  void optionalQuestionsAndAnEmptyCommentMayBeLeftOut() {
    StringBuilder all = new StringBuilder("{");
    for (var q : SIPAS.questions()) {
      if (q.required()) {
        all.append('"').append(q.id()).append("\": 4,");
      }
    }
    all.append("\"feedback-handled\": null, \"comment\": \"   \"}");

    var outcome = ResponseValidator.validate(SIPAS, json(all.toString()));

    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.answers().orElseThrow().ratings())
        .hasSize(14)
        .doesNotContainKey("feedback-handled");
    assertThat(outcome.answers().orElseThrow().freeText()).isEmpty();
  }

  @Test
  void everyProblemIsReportedWithItsFieldPath() {
    assertThat(
            violations(
                SIPAS,
                """
                {"access-seating": 6, "access-equipment": 0, "access-ease": 2.5,
                 "procedure-published": "4", "procedure-documents": 4.0, "unknown-question": 3,
                 "comment": 42}
                """))
        .extracting(Violation::field, Violation::key)
        .contains(
            tuple("answers.unknown-question", "survey.answer.unknown"),
            tuple("answers.access-seating", "survey.answer.outOfScale"),
            tuple("answers.access-equipment", "survey.answer.outOfScale"),
            tuple("answers.access-ease", "survey.answer.notInteger"),
            tuple("answers.procedure-published", "survey.answer.notInteger"),
            tuple("answers.procedure-fees", "required"),
            tuple("answers.results-on-time", "required"),
            tuple("answers.comment", "survey.answer.notText"))
        .doesNotContain(
            tuple("answers.feedback-handled", "required"),
            tuple("answers.procedure-documents", "survey.answer.notInteger"))
        // 1 unknown + 2 off the scale + 2 not integers (4.0 is 4) + 1 comment + 9 of the 14
        // required questions unanswered
        .hasSize(1 + 2 + 2 + 1 + 9);
    assertThat(violations(KIOSK, "{\"satisfaction\": 4}"))
        .singleElement()
        .isEqualTo(
            new Violation("answers.satisfaction", "survey.answer.outOfScale", "4", "1, 2, 3"));
  }

  @Test
  void answersMustBeAnObject() {
    assertThat(
            ResponseValidator.validate(KIOSK, Json.createArrayBuilder().add(1).build())
                .violations())
        .containsExactly(new Violation("answers", "survey.answers.notObject"));
    assertThat(ResponseValidator.validate(KIOSK, null).violations())
        .containsExactly(new Violation("answers", "required"));
    assertThat(ResponseValidator.validate(KIOSK, JsonValue.NULL).violations())
        .containsExactly(new Violation("answers", "required"));
    assertThat(violations(KIOSK, "{}"))
        .containsExactly(new Violation("answers.satisfaction", "required"));
  }

  @Test
  void freeTextIsCountedInCharactersAfterNfcAndCappedByTheDefinition() {
    String ok = "ế".repeat(300);
    String decomposed = Normalizer.normalize(ok, Normalizer.Form.NFD);
    assertThat(decomposed.length()).isGreaterThan(600);

    var outcome =
        ResponseValidator.validate(
            KIOSK,
            Json.createObjectBuilder().add("satisfaction", 2).add("comment", decomposed).build());
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.answers().orElseThrow().freeText()).contains(ok);

    var tooLong =
        Json.createObjectBuilder().add("satisfaction", 2).add("comment", ok + "a").build();
    assertThat(ResponseValidator.validate(KIOSK, tooLong).violations())
        .containsExactly(new Violation("answers.comment", "survey.answer.tooLong", 300));
  }

  @Test
  void freeTextRefusesControlAndHiddenCharactersButKeepsLineBreaks() {
    record Case(String text, String key) {}
    for (Case c :
        List.of(
            new Case("xin chào\u0007", "survey.answer.controlCharacter"),
            new Case("a\u0000b", "survey.answer.controlCharacter"),
            new Case("abc\u202Edef", "survey.answer.invisibleCharacter"),
            new Case("a\u200Bb", "survey.answer.invisibleCharacter"),
            new Case("a\uD800b", "survey.answer.invalidCharacter"))) {
      var answers =
          Json.createObjectBuilder().add("satisfaction", 1).add("comment", c.text()).build();
      assertThat(ResponseValidator.validate(KIOSK, answers).violations())
          .as(c.text())
          .containsExactly(new Violation("answers.comment", c.key()));
    }
    var multiLine =
        Json.createObjectBuilder()
            .add("satisfaction", 1)
            .add("comment", "Dòng 1\r\nDòng 2\tcó tab")
            .build();
    assertThat(ResponseValidator.validate(KIOSK, multiLine).answers().orElseThrow().freeText())
        .contains("Dòng 1\nDòng 2\tcó tab");
  }

  @Test
  void aSubmissionRecordsTheVersionItAnswered() {
    var submission =
        ResponseValidator.readSubmission(
            DEFINITIONS,
            "kiosk",
            json("{\"token\": \"Qr7-abc_12345\", \"answers\": {\"satisfaction\": 2}}"));

    assertThat(submission).isInstanceOf(Submission.Accepted.class);
    var accepted = (Submission.Accepted) submission;
    assertThat(accepted.definition().version()).isEqualTo(1);
    assertThat(accepted.token()).isEqualTo("Qr7-abc_12345");
    assertThat(accepted.answers().ratings()).containsEntry("satisfaction", 2);

    var explicit =
        ResponseValidator.readSubmission(
            DEFINITIONS,
            "kiosk",
            json(
                "{\"token\": \"Qr7-abc_12345\", \"version\": 1, \"answers\": {\"satisfaction\": 2}}"));
    assertThat(explicit).isInstanceOf(Submission.Accepted.class);
  }

  @Test
  void anUnknownSurveyOrVersionOrABadTokenIsRefused() {
    assertThat(
            ResponseValidator.readSubmission(
                DEFINITIONS, "nope", json("{\"token\": \"abcdefgh\", \"answers\": {}}")))
        .isEqualTo(new Submission.UnknownSurvey("nope"));

    assertThat(
            ResponseValidator.readSubmission(
                DEFINITIONS,
                "kiosk",
                json(
                    "{\"token\": \"abcdefgh\", \"version\": 7, \"answers\": {\"satisfaction\": 9}}")))
        .isEqualTo(
            new Submission.Rejected(
                List.of(new Violation("version", "survey.version.unknown", 7))));

    var rejected =
        ResponseValidator.readSubmission(
            DEFINITIONS, "kiosk", json("{\"token\": \"short\", \"extra\": 1, \"answers\": {}}"));
    assertThat(rejected).isInstanceOf(Submission.Rejected.class);
    assertThat(((Submission.Rejected) rejected).violations())
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            tuple("extra", "survey.field.unknown"),
            tuple("token", "survey.token.format"),
            tuple("answers.satisfaction", "required"));

    var noToken =
        ResponseValidator.readSubmission(
            DEFINITIONS, "kiosk", json("{\"answers\": {\"satisfaction\": 1}, \"version\": \"1\"}"));
    assertThat(((Submission.Rejected) noToken).violations())
        .extracting(Violation::field, Violation::key)
        .containsExactly(tuple("token", "required"), tuple("version", "survey.answer.notInteger"));
  }
}
