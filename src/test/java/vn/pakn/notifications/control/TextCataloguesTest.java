package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every text a component sends has its templates, and every SMS template is sent by some component:
 * what {@link LoadedTextTemplates} checks at start-up, on the real catalogues and templates.
 */
class TextCataloguesTest {

  @Test
  void everyTextAComponentSendsHasItsTemplatesAndNoTemplateIsUnused() {
    Set<TextMessage> sent = new HashSet<>();
    sent.addAll(vn.pakn.petitions.control.PetitionTexts.TEXTS);
    sent.addAll(vn.pakn.surveys.control.SurveyTexts.TEXTS);
    TextTemplates templates = TextTemplatesTest.packaged();

    assertThat(templates.missing(sent)).isEmpty();
    assertThat(sent)
        .extracting(TextMessage::id)
        .containsExactlyInAnyOrderElementsOf(templates.messages());
  }
}
