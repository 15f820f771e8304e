package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every mail a component sends has templates, and every template is sent by some component: what
 * {@link LoadedMailTemplates} checks at start-up, on the real catalogues and templates.
 */
class MailCataloguesTest {

  static final List<Set<MailMessage>> CATALOGUES =
      List.of(
          vn.pakn.petitions.control.PetitionMails.MESSAGES,
          vn.pakn.petitions.control.AccessKeyMails.MESSAGES,
          vn.pakn.deadlines.control.DeadlineMails.MESSAGES,
          vn.pakn.publication.control.AnswerMails.MESSAGES,
          vn.pakn.surveys.control.SurveyMails.MESSAGES,
          vn.pakn.officers.control.OfficerMails.MESSAGES);

  @Test
  void everyMessageAComponentSendsHasItsTemplates() {
    Set<MailMessage> sent = new HashSet<>();
    CATALOGUES.forEach(sent::addAll);

    assertThat(MailSamples.templates().missing(sent)).isEmpty();
    assertThat(sent).containsExactlyInAnyOrderElementsOf(MailSamples.messages());
  }

  @Test
  void aMessageWithoutTemplatesIsNamedAsMissing() {
    var problems = MailSamples.templates().missing(Set.of(new MailMessage("petition-forgotten")));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).describe(java.util.Locale.ENGLISH)).contains("petition-forgotten");
  }
}
