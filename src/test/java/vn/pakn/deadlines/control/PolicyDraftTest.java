package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pakn.deadlines.entity.DeadlinePolicy;
import vn.pakn.deadlines.entity.Stage;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.ProblemException;

class PolicyDraftTest {

  static JsonObject json(String text) {
    return Jsons.JSON.createReader(new StringReader(text)).readObject();
  }

  static List<String> violations(String body) {
    ProblemException e =
        catchThrowableOfType(() -> PolicyDraft.of(json(body)), ProblemException.class);
    assertThat(e).as("refused: " + body).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    return e.violations().stream().map(v -> v.field() + ":" + v.key()).toList();
  }

  @Test
  void aValidVersion() {
    PolicyDraft draft =
        PolicyDraft.of(
            json(
                "{\"stage\":\"ANSWER\",\"kind\":\"PROPOSAL\",\"workingDays\":15,"
                    + "\"legalBasis\":\" Chỉ thị 2025 \",\"effectiveFrom\":\"2027-01-01\"}"));
    assertThat(draft)
        .isEqualTo(
            new PolicyDraft(
                Stage.ANSWER, "PROPOSAL", 15, "Chỉ thị 2025", LocalDate.of(2027, 1, 1)));
  }

  @Test
  void withoutAKindItIsForAllKinds() {
    PolicyDraft draft =
        PolicyDraft.of(
            json(
                "{\"stage\":\"TRANSFER\",\"workingDays\":5,\"legalBasis\":\"NĐ 20\","
                    + "\"effectiveFrom\":\"2027-01-01\"}"));
    assertThat(draft.kind()).isEqualTo(DeadlinePolicy.ALL_KINDS);
  }

  @ParameterizedTest(name = "workingDays {0}")
  @CsvSource({
    "-1, number.range",
    "0, number.range",
    "251, number.range",
    "99999999999999999999, number.range",
    "1.5, type.integer",
    "'\"10\"', type.integer",
    "null, required"
  })
  void implausibleDaysAreRefused(String days, String key) {
    assertThat(
            violations(
                "{\"stage\":\"ANSWER\",\"workingDays\":"
                    + days
                    + ",\"legalBasis\":\"x\",\"effectiveFrom\":\"2027-01-01\"}"))
        .containsExactly("workingDays:" + key);
  }

  @Test
  void everyFaultIsNamedAtOnce() {
    assertThat(
            violations(
                "{\"stage\":\"APPEAL\",\"kind\":\"COMPLAINT\",\"workingDays\":-3,"
                    + "\"legalBasis\":\"  \",\"effectiveFrom\":\"01/01/2027\"}"))
        .containsExactly(
            "stage:enum.unknown",
            "kind:enum.unknown",
            "workingDays:number.range",
            "legalBasis:required",
            "effectiveFrom:calendar.date.format");
  }

  @Test
  void datesOutsideTheCalendarAreRefused() {
    assertThat(
            violations(
                "{\"stage\":\"ANSWER\",\"workingDays\":10,\"legalBasis\":\"x\","
                    + "\"effectiveFrom\":\"2200-01-01\"}"))
        .containsExactly("effectiveFrom:calendar.date.range");
    assertThat(violations("{}"))
        .containsExactly(
            "stage:required",
            "workingDays:required",
            "legalBasis:required",
            "effectiveFrom:required");
  }

  @Test
  void aKindsOwnPolicyComesBeforeTheGeneralOneAndTheLatestFirst() {
    OffsetDateTime now = OffsetDateTime.parse("2026-11-21T10:00+07:00");
    var general2008 = policy("ALL", "2008-01-01", now);
    var general2027 = policy("ALL", "2027-01-01", now);
    var proposals2020 = policy("PROPOSAL", "2020-01-01", now);
    var proposals2026 = policy("PROPOSAL", "2026-06-01", now);
    List<DeadlinePolicy> all =
        new ArrayList<>(List.of(general2008, proposals2020, general2027, proposals2026));
    all.sort(DeadlinePolicies::preferred);
    assertThat(all).containsExactly(proposals2026, proposals2020, general2027, general2008);
  }

  static DeadlinePolicy policy(String kind, String from, OffsetDateTime now) {
    return new DeadlinePolicy(Stage.ANSWER, kind, 10, "x", LocalDate.parse(from), "a", now);
  }
}
