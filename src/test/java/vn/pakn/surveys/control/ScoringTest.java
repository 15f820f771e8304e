package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.pakn.reports.control.Decision766;
import vn.pakn.surveys.control.AnswerCounts.Row;

/**
 * Satisfaction indices, desk scores and the petition rate on a fixture computed by hand.
 *
 * <p>Wilson 95% (z = 1.959964, z² = 3.841459): centre = (p + z²/2n)/(1 + z²/n), half width = z/(1 +
 * z²/n)·√(p(1 − p)/n + z²/4n²). E.g. 14/20: 1 + z²/n = 1.192073; centre = (0.7 + 0.096036)/1.192073
 * = 0.667776; half = 1.644167·√(0.0105 + 0.002401) = 0.186749; [0.48103, 0.85452].
 */
class ScoringTest {

  private static final Offset<Double> EXACT = within(1e-12);
  private static final Offset<Double> FIVE_PLACES = within(5e-6);

  /**
   * The fixture survey (src/test/resources/surveys-fixture): aspect a = criteria a1 (q1) and a2
   * (q2, q3); aspect b = criterion b1 (q4, optional); 4 and 5 are satisfied. 20 responses:
   *
   * <pre>
   *   q1: 1→2, 2→1, 3→3, 4→8, 5→6   20 answers, 14 satisfied        a1 = 14/20 = 0.70
   *   q2: 3→5, 4→10, 5→5            20 answers, 15 satisfied
   *   q3: 2→4, 4→12, 5→4            20 answers, 16 satisfied        a2 = 31/40 = 0.775
   *   q4: 1→2, 3→4, 4→6             12 answers,  6 satisfied        b1 =  6/12 = 0.50
   *   aspect a = (0.70 + 0.775)/2 = 0.7375, count min(20, 40) = 20
   *   aspect b = 0.50, count 12
   *   overall  = (0.7375 + 0.50)/2 = 0.61875, count min(20, 40, 12) = 12
   *   pooled overall = (14 + 31 + 6)/(20 + 40 + 12) = 51/72
   *   mean of criteria = (0.70 + 0.775 + 0.50)/3 = 1.975/3
   * </pre>
   */
  private static AnswerCounts fixtureCounts(long responses) {
    return AnswerCounts.of(
        responses,
        List.of(
            new Row("q1", 1, 2),
            new Row("q1", 2, 1),
            new Row("q1", 3, 3),
            new Row("q1", 4, 5),
            new Row("q1", 4, 3), // a second roll-up row for the same level is added up: 8
            new Row("q1", 5, 6),
            new Row("q2", 3, 5),
            new Row("q2", 4, 10),
            new Row("q2", 5, 5),
            new Row("q3", 2, 4),
            new Row("q3", 4, 12),
            new Row("q3", 5, 4),
            new Row("q4", 1, 2),
            new Row("q4", 3, 4),
            new Row("q4", 4, 6)));
  }

  private static Figure.Shown shown(Figure figure) {
    assertThat(figure).isInstanceOf(Figure.Shown.class);
    return (Figure.Shown) figure;
  }

  @Test
  void criterionAspectAndOverallIndicesOfTheFixture() {
    var report =
        new SatisfactionIndex(SurveyFiles.fixture(), Suppression.byDefault())
            .compute(fixtureCounts(20));

    assertThat(report.responses()).isEqualTo(OptionalLong.of(20));
    var a1 = shown(report.criteria().get("a1"));
    assertThat(a1.value()).isCloseTo(0.70, EXACT);
    assertThat(a1.count()).isEqualTo(20);
    assertThat(a1.interval().lower()).isCloseTo(0.481027, FIVE_PLACES);
    assertThat(a1.interval().upper()).isCloseTo(0.854523, FIVE_PLACES);
    var a2 = shown(report.criteria().get("a2"));
    assertThat(a2.value()).isCloseTo(0.775, EXACT);
    assertThat(a2.count()).isEqualTo(40);
    assertThat(a2.interval().lower()).isCloseTo(0.624969, FIVE_PLACES);
    assertThat(a2.interval().upper()).isCloseTo(0.876839, FIVE_PLACES);
    var b1 = shown(report.criteria().get("b1"));
    assertThat(b1.value()).isCloseTo(0.50, EXACT);
    assertThat(b1.count()).isEqualTo(12);
    assertThat(b1.interval().lower()).isCloseTo(0.253782, FIVE_PLACES);
    assertThat(b1.interval().upper()).isCloseTo(0.746218, FIVE_PLACES);

    var a = shown(report.aspects().get("a"));
    assertThat(a.value()).isCloseTo(0.7375, EXACT);
    assertThat(a.count()).isEqualTo(20);
    assertThat(a.interval().lower()).isCloseTo(0.518520, FIVE_PLACES);
    assertThat(a.interval().upper()).isCloseTo(0.879946, FIVE_PLACES);
    assertThat(shown(report.aspects().get("b")).value()).isCloseTo(0.50, EXACT);

    var overall = shown(report.overall());
    assertThat(overall.value()).isCloseTo(0.61875, EXACT);
    assertThat(overall.count()).isEqualTo(12);
    assertThat(overall.interval().lower()).isCloseTo(0.349053, FIVE_PLACES);
    assertThat(overall.interval().upper()).isCloseTo(0.830855, FIVE_PLACES);
  }

  @Test
  void theAggregationRuleIsTheDefinitions() {
    var pooled =
        SurveyDefinitions.load(
                List.of(
                    edit(
                        "\"aspect\": \"MEAN_OF_CRITERIA\", \"overall\": \"MEAN_OF_ASPECTS\"",
                        "\"aspect\": \"POOLED_ANSWERS\", \"overall\": \"POOLED_ANSWERS\"")))
            .latest("fixture")
            .orElseThrow();
    var report = new SatisfactionIndex(pooled, Suppression.byDefault()).compute(fixtureCounts(20));
    // aspect a pooled = (14 + 31)/(20 + 40) = 45/60 = 0.75; overall pooled = 51/72
    assertThat(report.aspects().get("a").value()).isCloseTo(0.75, EXACT);
    assertThat(report.overall().value()).isCloseTo(51.0 / 72, EXACT);
    assertThat(shown(report.overall()).interval().lower()).isCloseTo(0.428356, FIVE_PLACES);

    var meanOfCriteria =
        SurveyDefinitions.load(
                List.of(
                    edit("\"overall\": \"MEAN_OF_ASPECTS\"", "\"overall\": \"MEAN_OF_CRITERIA\"")))
            .latest("fixture")
            .orElseThrow();
    assertThat(
            new SatisfactionIndex(meanOfCriteria, Suppression.byDefault())
                .compute(fixtureCounts(20))
                .overall()
                .value())
        .isCloseTo(1.975 / 3, EXACT);
  }

  private static SourceFile edit(String from, String to) {
    String content = SurveyFiles.read(SurveyFiles.FIXTURE, "fixture.v1.json").content();
    assertThat(content).contains(from);
    return new SourceFile("fixture.v1.json", content.replace(from, to));
  }

  @Test
  void smallGroupsAndThinCriteriaAreNotShown() {
    var definition = SurveyFiles.fixture();

    var fewResponses =
        new SatisfactionIndex(definition, Suppression.byDefault()).compute(fixtureCounts(9));
    assertThat(fewResponses.responses()).isEmpty();
    assertThat(fewResponses.overall()).isEqualTo(new Figure.NotShown(10));
    assertThat(fewResponses.criteria().values()).allMatch(f -> !f.isShown()).hasSize(3);
    assertThat(fewResponses.aspects().values()).allMatch(f -> !f.isShown()).hasSize(2);

    // minimum 15: b1 rests on 12 answers, so b1, aspect b and the overall (count 12) are hidden
    var stricter =
        new SatisfactionIndex(definition, new Suppression(15)).compute(fixtureCounts(20));
    assertThat(stricter.responses()).hasValue(20);
    assertThat(stricter.criteria().get("b1")).isEqualTo(new Figure.NotShown(15));
    assertThat(stricter.aspects().get("b").isShown()).isFalse();
    assertThat(stricter.overall().isShown()).isFalse();
    assertThat(stricter.aspects().get("a").value()).isCloseTo(0.7375, EXACT);
    assertThatThrownBy(() -> stricter.overall().value()).isInstanceOf(IllegalStateException.class);

    // minimum 0 still hides what has no answer at all
    var nothing =
        new SatisfactionIndex(definition, new Suppression(0))
            .compute(AnswerCounts.of(0, List.of()));
    assertThat(nothing.overall().isShown()).isFalse();
  }

  @Test
  void countsOffTheScaleAreAProgrammingError() {
    var definition = SurveyFiles.fixture();
    var wrong = AnswerCounts.of(20, List.of(new Row("q1", 7, 20)));
    assertThatThrownBy(
            () -> new SatisfactionIndex(definition, Suppression.byDefault()).compute(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q1");
  }

  @Test
  void wilsonIntervalAtTheEdges() {
    assertThat(WilsonInterval.of(0, 10)).isEqualTo(new Interval(0, 0.2775327998628892));
    assertThat(WilsonInterval.of(10, 10).upper()).isEqualTo(1.0);
    assertThat(WilsonInterval.of(10, 10).lower()).isCloseTo(0.722467, FIVE_PLACES);
    assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of(11, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of(1.5, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * 15 responses with totals 18×3, 16×2, 15×4, 12×1, 11×2, 8×1, 5×2: sum 198, mean 13.2 (good); sum
   * of squares 2884, variance (2884 − 15·13.2²)/14 = 270.4/14 = 19.314286, standard error
   * √(19.314286/15) = 1.134732, half width 1.959964·1.134732 = 2.224035 → [10.975964, 15.424036].
   * Per band: excellent (16, 18) 5, good (12, 15) 5, fair (11) 2, average (8) 1, weak (5) 2.
   */
  @Test
  void deskScoreSummaryOfAGroup() {
    var desk = SurveyFiles.shipped("desk-evaluation");
    Map<Integer, Long> totals = Map.of(18, 3L, 16, 2L, 15, 4L, 12, 1L, 11, 2L, 8, 1L, 5, 2L);

    var summary = DeskScore.summarize(desk, totals, Suppression.byDefault());

    assertThat(summary.responses()).hasValue(15);
    var mean = shown(summary.meanPoints());
    assertThat(mean.value()).isCloseTo(13.2, EXACT);
    assertThat(mean.interval().lower()).isCloseTo(10.975964, FIVE_PLACES);
    assertThat(mean.interval().upper()).isCloseTo(15.424036, FIVE_PLACES);
    assertThat(summary.bandOfMean().orElseThrow().id()).isEqualTo("good");
    assertThat(summary.bandShares().keySet())
        .containsExactly("weak", "average", "fair", "good", "excellent");
    assertThat(summary.bandShares().get("excellent").value()).isCloseTo(5.0 / 15, EXACT);
    assertThat(shown(summary.bandShares().get("excellent")).interval().lower())
        .isCloseTo(0.151763, FIVE_PLACES);
    assertThat(summary.bandShares().get("good").value()).isCloseTo(5.0 / 15, EXACT);
    assertThat(summary.bandShares().get("fair").value()).isCloseTo(2.0 / 15, EXACT);
    assertThat(summary.bandShares().get("average").value()).isCloseTo(1.0 / 15, EXACT);
    assertThat(summary.bandShares().get("weak").value()).isCloseTo(2.0 / 15, EXACT);

    var hidden = DeskScore.summarize(desk, Map.of(18, 9L), Suppression.byDefault());
    assertThat(hidden.responses()).isEmpty();
    assertThat(hidden.bandOfMean()).isEmpty();
    assertThat(hidden.meanPoints().isShown()).isFalse();

    assertThatThrownBy(() -> DeskScore.summarize(desk, Map.of(19, 1L), Suppression.byDefault()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deskPointsOfOneResponse() {
    var desk = SurveyFiles.shipped("desk-evaluation");
    StringBuilder json = new StringBuilder("{");
    int i = 0;
    for (var q : desk.questions()) {
      // 2,2,2,2,2,2,1,1,1 = 15 → good (15 is not above 15)
      json.append(i > 0 ? "," : "").append('"').append(q.id()).append("\":").append(i < 6 ? 2 : 1);
      i++;
    }
    json.append('}');
    var answers =
        ResponseValidator.validate(
                desk,
                jakarta.json.Json.createReader(new java.io.StringReader(json.toString()))
                    .readObject())
            .answers()
            .orElseThrow();

    var points = DeskScore.of(desk, answers);

    assertThat(points.total()).isEqualTo(15);
    assertThat(points.band().id()).isEqualTo("good");
  }

  /**
   * 40 petitions handled, 6 late or marked unsatisfied: (40 − 6)/40 = 0.85, Wilson [0.709277,
   * 0.929388].
   */
  @Test
  void petitionSatisfactionRateOfDecision766() {
    var counts = new Decision766.Satisfaction(40, 6);
    var rate = shown(Suppression.byDefault().proportion(counts.satisfied(), counts.answered()));
    assertThat(rate.value()).isCloseTo(0.85, EXACT);
    assertThat(rate.interval().lower()).isCloseTo(0.709277, FIVE_PLACES);
    assertThat(rate.interval().upper()).isCloseTo(0.929388, FIVE_PLACES);
    assertThat(rate.count()).isEqualTo(40);

    var few = new Decision766.Satisfaction(9, 0);
    assertThat(Suppression.byDefault().proportion(few.satisfied(), few.answered()))
        .isEqualTo(new Figure.NotShown(10));
    assertThatThrownBy(() -> new Decision766.Satisfaction(5, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theVerdictQuestionMarksAPetitionUnsatisfied() {
    var petition = SurveyFiles.shipped("petition-handling");
    var verdict = petition.petitionVerdict().orElseThrow().question();
    for (int value = 1; value <= 5; value++) {
      var answers =
          new ResponseValidator.Answers(Map.of(verdict, value), java.util.Optional.empty());
      assertThat(PetitionSatisfaction.marksUnsatisfied(petition, answers))
          .as("answer " + value)
          .isEqualTo(value <= 2);
    }
    assertThat(
            PetitionSatisfaction.marksUnsatisfied(
                petition, new ResponseValidator.Answers(Map.of(), java.util.Optional.empty())))
        .isFalse();
    assertThatThrownBy(
            () ->
                PetitionSatisfaction.marksUnsatisfied(
                    SurveyFiles.shipped("kiosk"),
                    new ResponseValidator.Answers(Map.of(), java.util.Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
