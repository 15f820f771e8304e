package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.ParScheme.Source;
import vn.pakn.surveys.control.ParScoring.AgencyScore;
import vn.pakn.surveys.control.ParScoring.Ranked;

class ParScoringTest {

  private static final ParScheme SCHEME = SurveyFiles.par2022();
  private static final ParScoring SCORING = new ParScoring(SCHEME);

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  private static Map<String, BigDecimal> entered(String... pairs) {
    Map<String, BigDecimal> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], d(pairs[i + 1]));
    }
    return map;
  }

  @Test
  void theSchemeOfDecision876HasEightFieldsOfAHundredPoints() {
    assertThat(SCHEME.edition()).isEqualTo(2022);
    assertThat(SCHEME.components())
        .extracting(ParScheme.Component::id)
        .containsExactly(
            "direction",
            "legal-documents",
            "administrative-procedures",
            "apparatus",
            "civil-service",
            "public-finance",
            "digital-government",
            "impact");
    assertThat(
            SCHEME.components().stream()
                .map(ParScheme.Component::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
    assertThat(SCHEME.items())
        .filteredOn(i -> i.source() == Source.SURVEY)
        .extracting(ParScheme.Item::id, i -> i.feed().orElseThrow().index())
        .containsExactly(
            tuple("impact-sipas", "sipas.overall"),
            tuple("impact-petitions", "petitions.satisfactionRate"));
    assertThat(SCHEME.legalBasis().orElseThrow()).contains("876/QĐ-BNV");
    assertThat(ParSchemes.load(SurveyFiles.SHIPPED).forYear(2025).map(ParScheme::edition))
        .contains(2022);
    assertThat(ParSchemes.load(SurveyFiles.SHIPPED).forYear(2021)).isEmpty();
  }

  /**
   * Five agencies scored by hand (maxima 9, 6, 13, 8, 11, 7.5, 12.5 and impact 33 = SIPAS 20 +
   * petitions 3 + development 10):
   *
   * <pre>
   *   SNV entered 8.5 + 5.75 + 12 + 7 + 10 + 7 + 11.25 + development 8 = 69.50
   *       SIPAS 0.8548 × 20 = 17.096 → 17.10; petitions 0.85 × 3 = 2.55      total 89.15 good
   *   STP entered 9 + 6 + 11.5 + 7 + 10 + 7 + 11 + 8 = 69.50
   *       SIPAS 0.8575 × 20 = 17.15; petitions 0.83333 × 3 = 2.49999 → 2.50   total 89.15 good (tie)
   *   SYT every maximum: 77, SIPAS 1 → 20, petitions 1 → 3                  total 100.00 excellent
   *   SCT 67 + development 5 = 72, SIPAS 0.75 → 15, petitions 1 → 3          total 90.00 excellent
   *   SXD 5 + 3 + 8 + 4 + 6 + 4 + 6 = 36, development missing → 0,
   *       SIPAS 0.5 → 10, no petition index → 0                              total 46.00 weak
   *   ranking: SYT 1, SCT 2, SNV 3, STP 3, SXD 5
   * </pre>
   */
  @Test
  void totalsBandsAndRankingOfAHandComputedFixture() {
    var snv =
        SCORING.score(
            "SNV",
            entered(
                "direction",
                "8.5",
                "legal-documents",
                "5.75",
                "administrative-procedures",
                "12",
                "apparatus",
                "7",
                "civil-service",
                "10",
                "public-finance",
                "7",
                "digital-government",
                "11.25",
                "impact-development",
                "8"),
            Map.of("sipas.overall", 0.8548, "petitions.satisfactionRate", 0.85));
    var stp =
        SCORING.score(
            "STP",
            entered(
                "direction",
                "9",
                "legal-documents",
                "6",
                "administrative-procedures",
                "11.5",
                "apparatus",
                "7",
                "civil-service",
                "10",
                "public-finance",
                "7",
                "digital-government",
                "11",
                "impact-development",
                "8"),
            Map.of("sipas.overall", 0.8575, "petitions.satisfactionRate", 0.83333));
    var syt =
        SCORING.score(
            "SYT",
            entered(
                "direction",
                "9",
                "legal-documents",
                "6",
                "administrative-procedures",
                "13",
                "apparatus",
                "8",
                "civil-service",
                "11",
                "public-finance",
                "7.5",
                "digital-government",
                "12.5",
                "impact-development",
                "10"),
            Map.of("sipas.overall", 1.0, "petitions.satisfactionRate", 1.0));
    var sct =
        SCORING.score(
            "SCT",
            entered(
                "direction",
                "9",
                "legal-documents",
                "6",
                "administrative-procedures",
                "13",
                "apparatus",
                "8",
                "civil-service",
                "11",
                "public-finance",
                "7.5",
                "digital-government",
                "12.5",
                "impact-development",
                "5"),
            Map.of("sipas.overall", 0.75, "petitions.satisfactionRate", 1.0));
    var sxd =
        SCORING.score(
            "SXD",
            entered(
                "direction",
                "5",
                "legal-documents",
                "3",
                "administrative-procedures",
                "8",
                "apparatus",
                "4",
                "civil-service",
                "6",
                "public-finance",
                "4",
                "digital-government",
                "6"),
            Map.of("sipas.overall", 0.5));

    assertThat(snv.items().get("impact-sipas")).isEqualTo(d("17.10"));
    assertThat(snv.items().get("impact-petitions")).isEqualTo(d("2.55"));
    assertThat(snv.components().get("impact")).isEqualTo(d("27.65"));
    assertThat(snv.components().get("public-finance")).isEqualTo(d("7.00"));
    assertThat(snv.total()).isEqualTo(d("89.15"));
    assertThat(snv.band().id()).isEqualTo("good");
    assertThat(snv.missing()).isEmpty();
    assertThat(stp.items().get("impact-petitions")).isEqualTo(d("2.50"));
    assertThat(stp.total()).isEqualTo(d("89.15"));
    assertThat(syt.total()).isEqualTo(d("100.00"));
    assertThat(syt.band().id()).isEqualTo("excellent");
    assertThat(sct.total()).isEqualTo(d("90.00"));
    assertThat(sct.band().id()).isEqualTo("excellent");
    assertThat(sxd.total()).isEqualTo(d("46.00"));
    assertThat(sxd.band().id()).isEqualTo("weak");
    assertThat(sxd.missing()).containsExactly("impact-petitions", "impact-development");

    assertThat(ParScoring.rank(List.of(sxd, stp, snv, sct, syt)))
        .extracting(Ranked::rank, r -> r.score().agencyCode())
        .containsExactly(
            tuple(1, "SYT"), tuple(2, "SCT"), tuple(3, "SNV"), tuple(3, "STP"), tuple(5, "SXD"));
  }

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    var band = SCHEME.bands().bandOf(BigDecimal.ZERO).orElseThrow();
    var scores =
        List.of(
            new AgencyScore("D", Map.of(), Map.of(), d("40"), band, java.util.Set.of()),
            new AgencyScore("B", Map.of(), Map.of(), d("45.50"), band, java.util.Set.of()),
            new AgencyScore("A", Map.of(), Map.of(), d("48"), band, java.util.Set.of()),
            new AgencyScore("C", Map.of(), Map.of(), d("45.5"), band, java.util.Set.of()));
    assertThat(ParScoring.rank(scores))
        .extracting(Ranked::rank, r -> r.score().agencyCode())
        .containsExactly(tuple(1, "A"), tuple(2, "B"), tuple(2, "C"), tuple(4, "D"));
    assertThat(ParScoring.rank(List.of())).isEmpty();
  }

  @Test
  void parBandsAtTheirBoundaries() {
    assertThat(SCHEME.bands().bandOf(d("90")).orElseThrow().id()).isEqualTo("excellent");
    assertThat(SCHEME.bands().bandOf(d("89.99")).orElseThrow().id()).isEqualTo("good");
    assertThat(SCHEME.bands().bandOf(d("80")).orElseThrow().id()).isEqualTo("good");
    assertThat(SCHEME.bands().bandOf(d("79.99")).orElseThrow().id()).isEqualTo("fair");
    assertThat(SCHEME.bands().bandOf(d("70")).orElseThrow().id()).isEqualTo("fair");
    assertThat(SCHEME.bands().bandOf(d("50")).orElseThrow().id()).isEqualTo("average");
    assertThat(SCHEME.bands().bandOf(d("49.99")).orElseThrow().id()).isEqualTo("weak");
    assertThat(SCHEME.bands().bandOf(d("0")).orElseThrow().id()).isEqualTo("weak");
    assertThat(SCHEME.bands().bandOf(d("100.01"))).isEmpty();
  }

  @Test
  void enteredPointsAreCheckedAgainstTheScheme() {
    assertThat(
            SCORING.check(
                entered(
                    "direction", "9.5",
                    "public-finance", "7.5",
                    "apparatus", "-1",
                    "civil-service", "3.125",
                    "impact-sipas", "10",
                    "impact", "20",
                    "nope", "1")))
        .containsExactlyInAnyOrder(
            new Violation("direction", "par.entry.range", "9"),
            new Violation("apparatus", "par.entry.range", "8"),
            new Violation("civil-service", "par.entry.decimals", 2),
            new Violation("impact-sipas", "par.entry.surveyFed", "impact-sipas"),
            new Violation("impact", "par.entry.unknown", "impact"),
            new Violation("nope", "par.entry.unknown", "nope"));
    assertThatThrownBy(() -> SCORING.score("X", entered("direction", "10"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SCORING.score("X", Map.of(), Map.of("sipas.overall", 1.2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void surveyFormulasRoundHalfUpToTwoDecimals() {
    var timesMax =
        new ParScheme.Feed("sipas.overall", ParScheme.Formula.INDEX_TIMES_MAX, BigDecimal.ZERO);
    // 0.12345 × 20 = 2.469 → 2.47; 0.000249 × 20 = 0.00498 → 0.00
    assertThat(ParScoring.surveyPoints(d("20"), timesMax, 0.12345)).isEqualTo(d("2.47"));
    assertThat(ParScoring.surveyPoints(d("20"), timesMax, 0.000249)).isEqualTo(d("0.00"));
    var floor = new ParScheme.Feed("sipas.overall", ParScheme.Formula.SCALED_ABOVE_FLOOR, d("0.5"));
    // (0.8 − 0.5)/(1 − 0.5) = 0.6 → 6.00 of 10; at or below the floor → 0; 1 → 10
    assertThat(ParScoring.surveyPoints(d("10"), floor, 0.8)).isEqualTo(d("6.00"));
    assertThat(ParScoring.surveyPoints(d("10"), floor, 0.5)).isEqualTo(d("0.00"));
    assertThat(ParScoring.surveyPoints(d("10"), floor, 0.3)).isEqualTo(d("0.00"));
    assertThat(ParScoring.surveyPoints(d("10"), floor, 1.0)).isEqualTo(d("10.00"));
  }

  @Test
  void aSchemeWhoseMaximaDoNotAddUpStopsStartUpWithEveryProblem() {
    var problems = SurveyFiles.problemsOf(() -> ParSchemes.load(SurveyFiles.INVALID));

    assertThat(problems).extracting(DefinitionProblem::file).containsOnly("par-scheme.2030.json");
    assertThat(problems)
        .extracting(DefinitionProblem::path, DefinitionProblem::key)
        .containsExactlyInAnyOrder(
            tuple("$.components[1].index", "par.feed.notAllowed"),
            tuple("$.components[2].parts[0].index", "surveys.json.required"),
            tuple("$.components[2].parts[0].formula", "surveys.json.unknownValue"),
            tuple("$.components[2].maxPoints", "par.parts.mismatch"),
            tuple("$.totalPoints", "par.total.mismatch"),
            tuple("$.bands[0]", "surveys.bands.end"));
    assertThat(problems)
        .filteredOn(p -> p.key().equals("par.total.mismatch"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.describe(java.util.Locale.ENGLISH))
                    .isEqualTo(
                        "par-scheme.2030.json $.totalPoints: The declared total is 100 but the"
                            + " component maxima add up to 90."));
  }

  @Test
  void aSchemeFileNamedAfterAnotherEditionIsRefused() {
    var file = SurveyFiles.read(SurveyFiles.SHIPPED, "par-scheme.2022.json");
    var renamed = new SourceFile("par-scheme.2023.json", file.content());
    assertThat(SurveyFiles.problemsOf(() -> ParSchemes.load(List.of(renamed))))
        .extracting(DefinitionProblem::key, DefinitionProblem::args)
        .containsExactly(tuple("surveys.fileName", List.of("par-scheme.2022.json")));
  }
}
