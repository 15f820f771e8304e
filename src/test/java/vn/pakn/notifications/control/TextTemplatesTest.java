package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.notifications.control.TextTemplates.TextTemplateException;

class TextTemplatesTest {

  static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void thePackagedTemplatesFitTheirBudgetInBothEncodings() {
    for (SmsEncoding encoding : SmsEncoding.values()) {
      TextTemplates templates =
          TextTemplates.fromClasspath(
              getClass().getClassLoader(), "mail-templates/sms", encoding, 4);
      assertThat(templates.messages())
          .contains(
              "petition-received",
              "information-requested",
              "petition-answered",
              "survey-invitation",
              "access-key");
    }
  }

  @Test
  void rendersInTheSendersLanguage() {
    TextTemplates templates = packaged();
    Map<String, String> values =
        Map.of("trackingCode", "PAKN-2026-000123-K", "followUrl", "https://pakn.test/x");
    assertThat(templates.render(new TextMessage("petition-received"), VI, values))
        .isEqualTo(
            "Đã nhận phản ánh, kiến nghị của Ông/Bà, mã số PAKN-2026-000123-K. Theo dõi tại"
                + " https://pakn.test/x");
    assertThat(templates.render(new TextMessage("petition-received"), Locale.ENGLISH, values))
        .startsWith("We have received your petition, reference PAKN-2026-000123-K.");
  }

  @Test
  void aValueLongerThanDeclaredOrMissingIsRefused() {
    TextTemplates templates = packaged();
    Map<String, String> values = new HashMap<>();
    values.put("trackingCode", "x".repeat(25));
    values.put("followUrl", "https://pakn.test/x");
    assertThatThrownBy(() -> templates.render(new TextMessage("petition-received"), VI, values))
        .hasMessageContaining("trackingCode is longer than 24");
    values.remove("trackingCode");
    assertThatThrownBy(() -> templates.render(new TextMessage("petition-received"), VI, values))
        .hasMessageContaining("no value for trackingCode");
  }

  @Test
  void aTemplateOverTheBudgetStopsLoadingAndNamesTheFile() {
    Map<String, String> files = new HashMap<>();
    files.put("messages.json", "{\"messages\": {\"hello\": {\"variables\": {\"name\": 100}}}}");
    files.put("hello.vi.txt", "Xin chào {{name}}");
    files.put("hello.en.txt", "Hello {{name}}");
    assertThatThrownBy(() -> load(files, SmsEncoding.UCS2, 1))
        .isInstanceOf(TextTemplateException.class)
        .hasMessageContaining(
            "hello.vi.txt: 109 characters with every variable at its longest, 2 UCS2 parts; the budget is pakn.sms.maxParts = 1")
        .hasMessageContaining("hello.en.txt: 106 characters");
    // the same fits in one GSM part, and in two UCS-2 parts
    assertThat(load(files, SmsEncoding.GSM7, 1).messages()).containsExactly("hello");
    assertThat(load(files, SmsEncoding.UCS2, 2).messages()).containsExactly("hello");
  }

  @Test
  void everyProblemIsListed() {
    Map<String, String> files = new HashMap<>();
    files.put(
        "messages.json",
        "{\"messages\": {\"hello\": {\"variables\": {\"name\": 10, \"bad\": \"long\"}}}}");
    files.put("hello.vi.txt", "Xin chào {{name}} {{other}} {{oops");
    assertThatThrownBy(() -> load(files, SmsEncoding.UCS2, 3))
        .isInstanceOf(TextTemplateException.class)
        .satisfies(
            e ->
                assertThat(((TextTemplateException) e).problems())
                    .containsExactlyInAnyOrder(
                        "messages.json: hello.bad must be its longest length, a positive whole number",
                        "hello.vi.txt: {{other}} is not declared in messages.json",
                        "hello.vi.txt: a {{ or }} that is not a variable",
                        "hello.en.txt is missing"));
  }

  @Test
  void aMessageSentWithoutTemplatesIsNamed() {
    assertThat(
            packaged()
                .missing(
                    java.util.List.of(
                        new TextMessage("petition-received"), new TextMessage("nowhere"))))
        .containsExactly("nowhere is sent by a component but has no SMS templates");
  }

  @Test
  void fitCutsWithAnEllipsis() {
    assertThat(TextTemplates.fit("Sở Tư pháp tỉnh Sơn La", 10)).isEqualTo("Sở Tư phá…");
    assertThat(TextTemplates.fit("  ngắn\n gọn ", 10)).isEqualTo("ngắn gọn");
  }

  static TextTemplates packaged() {
    return TextTemplates.fromClasspath(
        TextTemplatesTest.class.getClassLoader(), "mail-templates/sms", SmsEncoding.UCS2, 4);
  }

  static TextTemplates load(Map<String, String> files, SmsEncoding encoding, int maxParts) {
    return TextTemplates.load(
        "test",
        name -> Optional.ofNullable(files.get(name)).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        encoding,
        maxParts);
  }
}
