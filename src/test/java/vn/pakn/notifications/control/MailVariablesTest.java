package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pakn.notifications.control.MailSamples.VI;

import jakarta.json.JsonException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox stores a mail's checked variables and the sending job renders them (issue 15): the
 * mail it renders must be the very mail the step would have rendered.
 */
class MailVariablesTest {

  private final MailRenderer renderer = MailSamples.renderer();

  static Stream<Arguments> everyMessageInEveryLanguage() {
    return MailSamples.messages().stream()
        .flatMap(m -> Stream.of(Arguments.of(m, VI), Arguments.of(m, Locale.ENGLISH)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyMessageInEveryLanguage")
  void theMailRenderedFromTheStoredVariablesIsTheMailRenderedAtOnce(
      MailMessage message, Locale locale) {
    Map<String, String> values = MailSamples.variables(message);

    String stored = MailVariables.toJson(renderer.accepted(message.id(), locale, values));
    RenderedMail later =
        renderer.render(
            message.id(),
            Locale.forLanguageTag(locale.getLanguage()),
            MailVariables.fromJson(stored));

    assertThat(later).isEqualTo(renderer.render(message, locale, values));
  }

  @Test
  void valuesAreStoredAsRenderingUsesThemNormalisedAndWithoutBlanks() {
    Map<String, String> values =
        new HashMap<>(MailSamples.variables(MailSamples.PETITION_RECEIVED));
    String decomposed = Normalizer.normalize("  Nguyễn Thị Hoa ", Normalizer.Form.NFD);
    values.put("senderName", decomposed);

    Map<String, String> accepted =
        renderer.accepted(MailSamples.PETITION_RECEIVED.id(), VI, values);

    assertThat(accepted.get("senderName")).isEqualTo("Nguyễn Thị Hoa");
    assertThat(MailVariables.fromJson(MailVariables.toJson(accepted))).isEqualTo(accepted);
  }

  @Test
  void quotesLineBreaksAndMarkupSurviveTheRoundTrip() {
    Map<String, String> values =
        Map.of("a", "\"trích dẫn\" \\ <b>đậm</b>", "b", "dòng 1\ndòng 2\u00a0", "c", "");

    assertThat(MailVariables.fromJson(MailVariables.toJson(values))).isEqualTo(values);
  }

  @Test
  void theStoredTextIsTheSameForTheSameValuesWhateverTheirOrder() {
    Map<String, String> one = new java.util.LinkedHashMap<>();
    one.put("z", "1");
    one.put("a", "2");
    Map<String, String> two = new java.util.LinkedHashMap<>();
    two.put("a", "2");
    two.put("z", "1");

    assertThat(MailVariables.toJson(one)).isEqualTo(MailVariables.toJson(two));
  }

  @Test
  void aStoredValueThatIsNotTextIsRefused() {
    assertThatThrownBy(() -> MailVariables.fromJson("{\"a\":1}"))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("a");
    assertThatThrownBy(() -> MailVariables.fromJson("[\"a\"]")).isInstanceOf(JsonException.class);
  }

  @Test
  void acceptingRefusesWhatRenderingRefuses() {
    Map<String, String> values =
        new HashMap<>(MailSamples.variables(MailSamples.PETITION_RECEIVED));
    values.put("notDeclared", "x");
    values.remove("trackingCode");

    assertThatThrownBy(() -> renderer.accepted(MailSamples.PETITION_RECEIVED.id(), VI, values))
        .isInstanceOfSatisfying(
            InvalidMailException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactlyInAnyOrder("notDeclared", "trackingCode"));
    assertThatThrownBy(
            () ->
                renderer.accepted(
                    MailSamples.PETITION_RECEIVED.id(),
                    Locale.FRENCH,
                    MailSamples.variables(MailSamples.PETITION_RECEIVED)))
        .isInstanceOf(InvalidMailException.class);
    assertThatThrownBy(() -> renderer.accepted("no-such-mail", VI, Map.of()))
        .isInstanceOf(InvalidMailException.class);
  }
}
