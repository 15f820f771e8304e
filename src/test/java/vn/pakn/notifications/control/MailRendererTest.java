package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pakn.notifications.control.MailSamples.VI;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.pakn.platform.control.Violation;

class MailRendererTest {

  private final MailRenderer renderer = MailSamples.renderer();

  static Stream<Arguments> everyMessageInEveryLanguage() {
    return MailSamples.messages().stream()
        .flatMap(m -> Stream.of(Arguments.of(m, VI), Arguments.of(m, Locale.ENGLISH)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyMessageInEveryLanguage")
  void everyRealTemplateRendersWithAllItsVariables(MailMessage message, Locale locale) {
    Map<String, String> values = MailSamples.variables(message);

    RenderedMail mail = renderer.render(message, locale, values);

    assertThat(mail.message()).isEqualTo(message.id());
    assertThat(mail.language()).isEqualTo(locale.getLanguage());
    assertThat(mail.subject()).isNotBlank().doesNotContain("{{", "}}", "\n");
    assertThat(mail.text()).doesNotContain("{{", "}}", "<p>").endsWith("\n");
    assertThat(mail.html())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"" + locale.getLanguage() + "\">")
        .contains("<title>" + MailRenderer.escape(mail.subject()) + "</title>")
        .doesNotContain("{{", "}}");
    for (String value : values.values()) {
      String firstLine = value.lines().findFirst().orElseThrow();
      assertThat(mail.text()).as("text shows %s", value).contains(firstLine);
      assertThat(mail.html()).as("html shows %s", value).contains(MailRenderer.escape(firstLine));
    }
    String footer = locale.getLanguage().equals("vi") ? "không trả lời thư này" : "do not reply";
    assertThat(mail.text()).contains(footer, "0212 3852 456", "https://pakn.sonla.gov.vn/");
    assertThat(mail.html()).contains(footer, "Hệ thống phản ánh, kiến nghị tỉnh Sơn La");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyMessageInEveryLanguage")
  void everyRealTemplateRendersWithOnlyItsRequiredVariables(MailMessage message, Locale locale) {
    RenderedMail mail = renderer.render(message, locale, MailSamples.requiredOnly(message));

    assertThat(mail.text()).doesNotContain("{{").doesNotContain("\n\n\n");
    assertThat(mail.html()).doesNotContain("{{");
  }

  @Test
  void theAcknowledgementCarriesTheTrackingCodeAndHowToFollowInVietnamese() {
    RenderedMail mail =
        renderer.render(
            MailSamples.PETITION_RECEIVED.id(),
            VI,
            MailSamples.variables(MailSamples.PETITION_RECEIVED));

    assertThat(mail.subject())
        .isEqualTo("Đã nhận phản ánh, kiến nghị của Ông/Bà – mã số PAKN-2026-000123-K");
    assertThat(mail.text())
        .startsWith("Kính gửi Nguyễn Thị Hoa,\n")
        .contains("Mã số phản ánh: PAKN-2026-000123-K")
        .contains("https://pakn.sonla.gov.vn/theo-doi.html?ma=PAKN-2026-000123-K")
        .contains("Đây là thư tự động");
    assertThat(mail.html())
        .contains("<a href=\"https://pakn.sonla.gov.vn/theo-doi.html?ma=PAKN-2026-000123-K\"");
  }

  @Test
  void htmlPartEscapesMarkupAndQuotesTheTextPartKeepsThem() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_RECEIVED);
    values.put("title", "<script>alert('x')</script> \"quoted\" & more");

    RenderedMail mail = renderer.render(MailSamples.PETITION_RECEIVED, Locale.ENGLISH, values);

    assertThat(mail.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; more");
    assertThat(mail.text()).contains("Title: <script>alert('x')</script> \"quoted\" & more");
  }

  @Test
  void multiLineValuesKeepTheirLinesAsBreaksInHtml() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_REJECTED);
    values.put("reason", "Dòng một <b>\r\nDòng hai");

    RenderedMail mail = renderer.render(MailSamples.PETITION_REJECTED, VI, values);

    assertThat(mail.text()).contains("Dòng một <b>\nDòng hai");
    assertThat(mail.html()).contains("Dòng một &lt;b&gt;<br>\nDòng hai");
  }

  @Test
  void optionalSectionsAppearOnlyWithAValue() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_REJECTED);
    RenderedMail with = renderer.render(MailSamples.PETITION_REJECTED, VI, values);
    values.put("legalBasis", "   ");
    RenderedMail without = renderer.render(MailSamples.PETITION_REJECTED, VI, values);

    assertThat(with.text()).contains("Căn cứ: Điều 7 Nghị định 20/2008/NĐ-CP");
    assertThat(without.text()).doesNotContain("Căn cứ");
    assertThat(without.html()).doesNotContain("Căn cứ");
  }

  @Test
  void lineBreaksInAOneLineValueAreRefusedNamingTheVariable() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_RECEIVED);
    values.put("trackingCode", "PAKN-1\r\nBcc: victim@example.com");

    assertThatThrownBy(() -> renderer.render(MailSamples.PETITION_RECEIVED, VI, values))
        .isInstanceOfSatisfying(
            InvalidMailException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "trackingCode", "mail.render.forbiddenCharacter", "U+000D", 7)))
        .hasMessageContaining("trackingCode: Contains the control or invisible character U+000D");
  }

  @Test
  void invisibleAndBidirectionalCharactersAreRefused() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_RECEIVED);
    values.put("senderName", "Hoa\u202Egnp.exe");

    assertThatThrownBy(() -> renderer.render(MailSamples.PETITION_RECEIVED, VI, values))
        .hasMessageContaining("senderName")
        .hasMessageContaining("U+202E");
  }

  @Test
  void subjectsNeverHoldALineBreak() {
    assertThat(MailRenderer.oneLine("Đã nhận\r\nBcc: x@y.vn\u2028z"))
        .isEqualTo("Đã nhận Bcc: x@y.vn z");
  }

  @Test
  void oversizedValuesAreRefusedWithTheLimit() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_RECEIVED);
    values.put("title", "ạ".repeat(301));

    assertThatThrownBy(() -> renderer.render(MailSamples.PETITION_RECEIVED, VI, values))
        .isInstanceOfSatisfying(
            InvalidMailException.class,
            e -> {
              assertThat(e.violations())
                  .containsExactly(new Violation("title", "mail.render.tooLong", 300, 301));
              assertThat(e.describe(VI))
                  .isEqualTo("title: Quá dài: tối đa 300 ký tự (hiện có 301).");
            });
  }

  @Test
  void lengthsAreCountedInCharactersAfterNormalisation() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_RECEIVED);
    // "ạ" decomposed is two code units; 300 of them are 300 characters once composed (NFC)
    values.put("title", "a\u0323".repeat(300));

    RenderedMail mail = renderer.render(MailSamples.PETITION_RECEIVED, VI, values);

    assertThat(mail.text()).contains("ạ".repeat(300));
  }

  @Test
  void everyMissingUndeclaredOrMalformedValueIsListed() {
    Map<String, String> values =
        new HashMap<>(MailSamples.variables(MailSamples.PETITION_RECEIVED));
    values.remove("trackingCode");
    values.put("senderName", " ");
    values.put("followUrl", "javascript:alert(1)");
    values.put("accessKey", "secret");

    assertThatThrownBy(() -> renderer.render(MailSamples.PETITION_RECEIVED, VI, values))
        .isInstanceOfSatisfying(
            InvalidMailException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::key)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("accessKey", "mail.render.undeclared"),
                        org.assertj.core.groups.Tuple.tuple("senderName", "mail.render.missing"),
                        org.assertj.core.groups.Tuple.tuple("trackingCode", "mail.render.missing"),
                        org.assertj.core.groups.Tuple.tuple("followUrl", "mail.render.badUrl")));
  }

  @Test
  void unknownMessagesAndLanguagesAreRefused() {
    Map<String, String> values = MailSamples.variables(MailSamples.PETITION_RECEIVED);

    assertThatThrownBy(() -> renderer.render("petition-lost", VI, values))
        .hasMessageContaining("No such message: petition-lost");
    assertThatThrownBy(() -> renderer.render("petition-received", Locale.FRENCH, values))
        .hasMessageContaining("only vi, en");
  }

  @Test
  void sharedValuesAreCheckedWhenTheRendererIsMade() {
    assertThatThrownBy(
            () ->
                new MailRenderer(
                    MailSamples.templates(),
                    Map.of("portalName", "Cổng\nPAKN", "portalUrl", "ftp://pakn.vn")))
        .isInstanceOfSatisfying(
            InvalidMailException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder("portalName", "portalUrl"));
  }
}
