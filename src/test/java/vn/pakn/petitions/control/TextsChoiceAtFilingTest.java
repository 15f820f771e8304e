package vn.pakn.petitions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;
import vn.pakn.testing.PetitionJson;

/** The sender's choice of text messages at filing (issue 17). */
class TextsChoiceAtFilingTest {

  @Test
  void aSenderWithoutEmailGetsTextsByDefault() {
    var sender = read(s -> s.remove("email")).sender();
    assertThat(sender.textsTo()).contains("+84912345678");
    assertThat(sender.phone()).isEqualTo("0912345678");
  }

  @Test
  void aSenderWithAnEmailGetsNoTextsUnlessAsked() {
    assertThat(read(s -> s).sender().textsTo()).isEmpty();
    assertThat(read(s -> s.add("texts", true)).sender().textsTo()).contains("+84912345678");
    assertThat(read(s -> s.remove("email").add("texts", false)).sender().textsTo()).isEmpty();
  }

  @Test
  void anOldElevenDigitNumberGetsItsNewForm() {
    var sender = read(s -> s.remove("email").add("phone", "01689 123 456")).sender();
    assertThat(sender.textsTo()).contains("+84389123456");
  }

  @Test
  void aLandlineByDefaultGetsNoTextsAndIsNoError() {
    var sender = read(s -> s.remove("email").add("phone", "0212 3852 139")).sender();
    assertThat(sender.textsTo()).isEmpty();
    assertThat(sender.phone()).isEqualTo("02123852139");
  }

  @Test
  void askingForTextsToANumberThatCannotGetThemIsAFieldError() {
    assertThat(refused(s -> s.add("phone", "024 3825 3536").add("texts", true)))
        .containsExactly(new Violation("sender.phone", "phone.noTexts.LANDLINE"));
    // a number abroad is refused by the phone format already, texts or not
    assertThat(refused(s -> s.add("phone", "+33 6 12 34 56 78").add("texts", true)))
        .containsExactly(new Violation("sender.phone", "phone.format"));
    assertThat(refused(s -> s.add("phone", "0951 234 567").add("texts", true)))
        .containsExactly(new Violation("sender.phone", "phone.noTexts.UNKNOWN_PREFIX"));
    assertThat(refused(s -> s.add("phone", "0168 912 345").add("texts", true)))
        .containsExactly(new Violation("sender.phone", "phone.noTexts.WRONG_LENGTH"));
    assertThat(
            refused(
                s ->
                    s.remove("phone")
                        .add("mailingAddress", "Hộp thư 12, Bưu điện Phù Yên")
                        .add("texts", true)))
        .containsExactly(new Violation("sender.phone", "phone.requiredForTexts"));
  }

  @Test
  void aBadPhoneIsReportedOnceAndTextsMustBeABoolean() {
    assertThat(refused(s -> s.add("phone", "phone").add("texts", true)))
        .containsExactly(new Violation("sender.phone", "phone.format"));
    assertThat(refused(s -> s.add("texts", "yes")))
        .containsExactly(new Violation("sender.texts", "type.boolean"));
  }

  @Test
  void everyRefusalHasItsMessageInBothLanguages() {
    for (var refusal : vn.pakn.notifications.control.MobileNumbers.Refusal.values()) {
      String key = "violation.phone.noTexts." + refusal;
      assertThat(Messages.of(Messages.VIETNAMESE).has(key)).as(key).isTrue();
      assertThat(Messages.of(java.util.Locale.ENGLISH).has(key)).as(key).isTrue();
    }
  }

  private static PetitionForm read(UnaryOperator<jakarta.json.JsonObjectBuilder> sender) {
    return PetitionFormReader.read(json(sender), Messages.VIETNAMESE);
  }

  private static JsonObject json(UnaryOperator<jakarta.json.JsonObjectBuilder> sender) {
    return PetitionJson.with(
        "sender",
        (JsonValue) PetitionJson.edit(PetitionJson.valid().getJsonObject("sender"), sender));
  }

  private static List<Violation> refused(UnaryOperator<jakarta.json.JsonObjectBuilder> sender) {
    var problem =
        catchThrowableOfType(
            ProblemException.class,
            () -> PetitionFormReader.read(json(sender), Messages.VIETNAMESE));
    assertThat(problem).as("expected a refusal").isNotNull();
    return problem.violations();
  }
}
