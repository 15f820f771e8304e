package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Messages;
import vn.pakn.surveys.control.SurveyDefinition.Kind;
import vn.pakn.surveys.control.SurveyDefinition.Level;
import vn.pakn.surveys.control.SurveyDefinition.OverallRule;

class SurveyDefinitionsTest {

  @Test
  void theShippedDefinitionsLoadAndAreListedNewestFirstById() {
    var definitions = SurveyFiles.shipped();

    assertThat(definitions.summaries())
        .extracting(SurveyDefinitions.Summary::id, SurveyDefinitions.Summary::version)
        .containsExactly(
            tuple("desk-evaluation", 1),
            tuple("kiosk", 1),
            tuple("petition-handling", 1),
            tuple("sipas", 1));
    assertThat(definitions.latest("kiosk").orElseThrow().title().vi())
        .isEqualTo("Đánh giá mức độ hài lòng tại quầy");
    assertThat(definitions.latest("par-scheme")).isEmpty();
    assertThat(definitions.latest("nope")).isEmpty();
    assertThat(definitions.find("kiosk", 1)).isPresent();
    assertThat(definitions.find("kiosk", 2)).isEmpty();
  }

  @Test
  void theDeskEvaluationHasNineCriteriaOfZeroToTwoPointsAndEighteenAtMost() {
    var desk = SurveyFiles.shipped("desk-evaluation");

    assertThat(desk.kind()).isEqualTo(Kind.DESK_EVALUATION);
    assertThat(desk.criteria())
        .extracting(SurveyDefinition.Criterion::id)
        .containsExactly(
            "total-time",
            "unit-time",
            "contacts",
            "agencies-contacted",
            "desk-intake-return",
            "publication",
            "attitude",
            "feedback-handling",
            "online-service");
    assertThat(desk.questions()).hasSize(9).allMatch(SurveyDefinition.Question::required);
    assertThat(desk.scales())
        .allSatisfy(
            s -> {
              assertThat(s.minValue()).isZero();
              assertThat(s.maxValue()).isEqualTo(2);
            });
    assertThat(desk.maxPoints()).isEqualTo(18);
    assertThat(desk.deskScoring().orElseThrow().maxPoints()).isEqualTo(18);
  }

  @Test
  void deskBandsGiveFifteenToGoodAndEachOtherBoundaryToTheHigherBand() {
    var desk = SurveyFiles.shipped("desk-evaluation");
    record Case(String points, String band) {}
    List<Case> cases =
        List.of(
            new Case("18", "excellent"),
            new Case("16", "excellent"),
            new Case("15.01", "excellent"),
            new Case("15", "good"),
            new Case("12", "good"),
            new Case("11.99", "fair"),
            new Case("9", "fair"),
            new Case("8.99", "average"),
            new Case("6", "average"),
            new Case("5.99", "weak"),
            new Case("0", "weak"));
    for (Case c : cases) {
      assertThat(desk.deskBand(new BigDecimal(c.points())).orElseThrow().id())
          .as(c.points())
          .isEqualTo(c.band());
    }
    assertThat(desk.deskBand(new BigDecimal("18.5"))).isEmpty();
    assertThat(desk.deskBand(new BigDecimal("-1"))).isEmpty();
  }

  @Test
  void sipasHasFiveAspectsOnAFivePointScaleWhereFourAndFiveAreSatisfied() {
    var sipas = SurveyFiles.shipped("sipas");

    assertThat(sipas.aspects())
        .extracting(SurveyDefinition.Aspect::id)
        .containsExactly("access", "procedure", "civil-servants", "results", "feedback");
    assertThat(sipas.aspects()).allSatisfy(a -> assertThat(a.criteria()).hasSizeBetween(3, 4));
    var scale = sipas.scale("five-point").orElseThrow();
    assertThat(scale.levels()).extracting(Level::value).containsExactly(1, 2, 3, 4, 5);
    assertThat(scale.levels())
        .filteredOn(Level::satisfied)
        .extracting(Level::value)
        .containsExactly(4, 5);
    assertThat(scale.level(4).orElseThrow().label().vi()).isEqualTo("Hài lòng");
    assertThat(sipas.aggregation().overall()).isEqualTo(OverallRule.MEAN_OF_ASPECTS);
    assertThat(sipas.questionsOf("feedback-handled")).singleElement().matches(q -> !q.required());
    assertThat(sipas.freeText().orElseThrow().maxLength()).isEqualTo(1000);
  }

  @Test
  void theKioskHasThreeFacesAndThePetitionSurveyAVerdict() {
    var kiosk = SurveyFiles.shipped("kiosk");
    assertThat(kiosk.scales().get(0).levels())
        .extracting(l -> l.label().vi(), Level::satisfied)
        .containsExactly(
            tuple("Không hài lòng", false), tuple("Hài lòng", true), tuple("Rất hài lòng", true));
    assertThat(kiosk.scales().get(0).levels().get(0).icon()).contains("face-frown");

    var petition = SurveyFiles.shipped("petition-handling");
    var verdict = petition.petitionVerdict().orElseThrow();
    assertThat(verdict.question()).isEqualTo("result-satisfaction");
    assertThat(verdict.unsatisfiedValues()).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void everyShippedTextIsInBothLanguagesAndVietnameseCarriesItsDiacritics() {
    for (var summary : SurveyFiles.shipped().summaries()) {
      var d = SurveyFiles.shipped(summary.id());
      List<Label> labels = new java.util.ArrayList<>();
      labels.add(d.title());
      d.aspects().forEach(a -> labels.add(a.title()));
      d.criteria().forEach(c -> labels.add(c.title()));
      d.questions().forEach(q -> labels.add(q.text()));
      d.scales().forEach(s -> s.levels().forEach(l -> labels.add(l.label())));
      d.freeText().ifPresent(f -> labels.add(f.label()));
      assertThat(labels)
          .as(d.id())
          .allSatisfy(
              l -> {
                assertThat(l.vi()).isNotBlank().isNotEqualTo(l.en());
                assertThat(l.en()).isNotBlank();
                assertThat(l.in(Locale.ENGLISH)).isEqualTo(l.en());
                assertThat(l.in(Messages.VIETNAMESE)).isEqualTo(l.vi());
              });
      assertThat(labels.stream().map(Label::vi).filter(t -> t.matches(".*[ạảãáàăâđêôơư].*")))
          .as("Vietnamese with diacritics in " + d.id())
          .hasSizeGreaterThan(labels.size() / 2);
    }
  }

  @Test
  void theDefinitionIsServedAsItsFileSays() {
    var kiosk = SurveyFiles.shipped("kiosk");
    assertThat(kiosk.source().getString("id")).isEqualTo("kiosk");
    assertThat(kiosk.source().getJsonArray("questions")).hasSize(1);
  }

  @Test
  void olderVersionsStayLoadedForTheResponsesThatAnsweredThem() {
    var v1 = SurveyFiles.read(SurveyFiles.SHIPPED, "kiosk.v1.json");
    var v2 =
        SurveyFiles.edited("kiosk.v1.json", "kiosk.v2.json", "\"version\": 1", "\"version\": 2");

    var definitions = SurveyDefinitions.load(List.of(v2, v1));

    assertThat(definitions.latest("kiosk").orElseThrow().version()).isEqualTo(2);
    assertThat(definitions.find("kiosk", 1).orElseThrow().version()).isEqualTo(1);
    assertThat(definitions.versions("kiosk"))
        .extracting(SurveyDefinition::version)
        .containsExactly(1, 2);
    assertThat(definitions.summaries()).singleElement().extracting(s -> s.version()).isEqualTo(2);
  }

  @Test
  void twoFilesWithTheSameIdAndVersionStopStartUp() {
    var original = SurveyFiles.read(SurveyFiles.SHIPPED, "kiosk.v1.json");
    var copy = new SourceFile("kiosk.v1.json", original.content());

    var problems = SurveyFiles.problemsOf(() -> SurveyDefinitions.load(List.of(original, copy)));

    assertThat(problems)
        .extracting(DefinitionProblem::key, DefinitionProblem::args)
        .containsExactly(
            tuple("surveys.definition.duplicate", List.of("kiosk", 1, "kiosk.v1.json")));
  }

  @Test
  void anEmptyFolderStopsStartUp() {
    assertThat(SurveyFiles.problemsOf(() -> SurveyDefinitions.load(List.of())))
        .extracting(DefinitionProblem::key)
        .containsExactly("surveys.definition.none");
  }

  @Test
  void aFileWhoseNameDoesNotMatchItsIdAndVersionIsRefused() {
    var renamed =
        new SourceFile(
            "kiosk.json", SurveyFiles.read(SurveyFiles.SHIPPED, "kiosk.v1.json").content());

    assertThat(SurveyFiles.problemsOf(() -> SurveyDefinitions.load(List.of(renamed))))
        .extracting(DefinitionProblem::file, DefinitionProblem::path, DefinitionProblem::key)
        .containsExactly(tuple("kiosk.json", "$", "surveys.fileName"));
  }

  @Test
  void everyProblemOfEveryInvalidFileIsReportedWithItsFileAndPath() {
    var problems = SurveyFiles.problemsOf(() -> SurveyDefinitions.load(SurveyFiles.INVALID));

    assertThat(problems)
        .extracting(DefinitionProblem::file, DefinitionProblem::path, DefinitionProblem::key)
        .containsExactlyInAnyOrder(
            tuple("broken-syntax.v1.json", "$", "surveys.json.syntax"),
            // desk-bad
            tuple("desk-bad.v1.json", "$.scales[0].levels[2].value", "surveys.scale.order"),
            tuple("desk-bad.v1.json", "$.deskScore.maxPoints", "surveys.deskScore.maxPoints"),
            tuple("desk-bad.v1.json", "$.deskScore.bands[0]", "surveys.bands.overlap"),
            // kiosk-bad
            tuple("kiosk-bad.v1.json", "$.title.en", "surveys.json.blank"),
            tuple("kiosk-bad.v1.json", "$.scales[0].levels[1].label.en", "surveys.json.required"),
            tuple("kiosk-bad.v1.json", "$.scales[0].levels", "surveys.scale.noneSatisfied"),
            tuple("kiosk-bad.v1.json", "$.questions[0].requred", "surveys.json.unknownField"),
            tuple("kiosk-bad.v1.json", "$.questions[0].scale", "surveys.scale.unknown"),
            tuple("kiosk-bad.v1.json", "$.questions[1].criterion", "surveys.criterion.unknown"),
            tuple("kiosk-bad.v1.json", "$.aspects[0].criteria[1]", "surveys.criterion.unused"),
            tuple("kiosk-bad.v1.json", "$.freeText.id", "surveys.json.duplicateId"),
            tuple("kiosk-bad.v1.json", "$.freeText.maxLength", "surveys.freeText.maxLength"),
            // misnamed
            tuple("misnamed.v1.json", "$.id", "surveys.id.pattern"),
            tuple("misnamed.v1.json", "$.version", "surveys.version.positive"),
            tuple("misnamed.v1.json", "$.aspects[0].criteria[0].id", "surveys.json.duplicateId"),
            tuple("misnamed.v1.json", "$.scales[0].levels", "surveys.scale.noneSatisfied"),
            tuple("misnamed.v1.json", "$.questions[0].required", "surveys.json.type.boolean"),
            tuple("misnamed.v1.json", "$.deskScore", "surveys.deskScore.notAllowed"),
            tuple("misnamed.v1.json", "$.petitionVerdict", "surveys.verdict.required"));
  }

  @Test
  void theStartUpMessageListsEveryProblemInEnglishAndVietnamese() {
    var e =
        (InvalidDefinitionException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> SurveyDefinitions.load(SurveyFiles.INVALID));

    assertThat(e.getMessage())
        .startsWith("Cannot start: 20 problem(s) in the survey definition or PAR scheme files")
        .contains(
            "  - desk-bad.v1.json $.deskScore.maxPoints: The declared maximum is 5 but the"
                + " questions add up to at most 4 points.")
        .contains(
            "  - kiosk-bad.v1.json $.questions[0].scale: There is no scale with id \"smileys\".")
        .contains(
            "  - desk-bad.v1.json $.deskScore.bands[0]: Bands \"fair\" and \"good\" overlap at 3")
        .contains("broken-syntax.v1.json $: Not valid JSON (line 4, column");
    assertThat(e.getMessage().lines()).hasSize(21);
    assertThat(e.describe(Messages.VIETNAMESE))
        .contains("kiosk-bad.v1.json $.questions[0].scale: Không có thang đo có mã \"smileys\".");
  }

  @Test
  void bandsWithAGapOrNotReachingTheMaximumAreRefused() {
    var gap =
        SurveyFiles.edited(
            "desk-evaluation.v1.json",
            "desk-evaluation.v1.json",
            "\"min\": 12,\n        \"minInclusive\": true",
            "\"min\": 12,\n        \"minInclusive\": false");
    assertThat(SurveyFiles.problemsOf(() -> SurveyDefinitions.load(List.of(gap))))
        .extracting(DefinitionProblem::path, DefinitionProblem::key, DefinitionProblem::args)
        .containsExactly(
            tuple(
                "$.deskScore.bands[1]",
                "surveys.bands.gap",
                List.of("fair", "good", new BigDecimal("12"))));

    var shortOfMax =
        SurveyFiles.edited(
            "desk-evaluation.v1.json",
            "desk-evaluation.v1.json",
            "\"max\": 18,\n        \"maxInclusive\": true",
            "\"max\": 18,\n        \"maxInclusive\": false");
    assertThat(SurveyFiles.problemsOf(() -> SurveyDefinitions.load(List.of(shortOfMax))))
        .extracting(DefinitionProblem::path, DefinitionProblem::key)
        .containsExactly(tuple("$.deskScore.bands[0]", "surveys.bands.end"));
  }

  @Test
  void aSurveyOtherThanTheDeskEvaluationHasNoDeskScore() {
    var kiosk = SurveyFiles.shipped("kiosk");
    assertThat(kiosk.deskScoring()).isEmpty();
    assertThat(kiosk.deskBand(BigDecimal.ONE)).isEmpty();
    assertThatThrownBy(
            () -> DeskScore.summarize(kiosk, java.util.Map.of(), Suppression.byDefault()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
