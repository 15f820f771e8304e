package vn.pakn.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pakn.notifications.control.MailCatalogue;
import vn.pakn.notifications.control.MailDates;
import vn.pakn.notifications.control.MailMessage;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.Outbox;
import vn.pakn.petitions.control.PetitionSender;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.surveys.entity.SurveyInvitation;

/**
 * Invites a petition's sender, once, to rate how the petition was handled: the {@code
 * survey-invitation} mail with the single-use survey link, enqueued in the transaction that sent
 * the answer. A sender without a usable email gets none.
 */
@ApplicationScoped
public class SurveyMails implements MailCatalogue {

  static final MailMessage INVITATION = new MailMessage("survey-invitation");
  public static final Set<MailMessage> MESSAGES = Set.of(INVITATION);

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject SurveySettings surveys;

  @Override
  public Set<MailMessage> messages() {
    return MESSAGES;
  }

  void onInvitation(@Observes SurveyInvitation invitation) {
    Petition petition = em.find(Petition.class, invitation.petitionId());
    Optional<MailRecipient> to = PetitionSender.of(petition, INVITATION);
    if (to.isEmpty()) {
      return;
    }
    Locale locale = PetitionSender.language(petition);
    Map<String, String> values = new HashMap<>();
    values.put("senderName", petition.sender().name());
    values.put("trackingCode", petition.trackingCode());
    values.put("title", petition.title());
    values.put("surveyUrl", surveys.surveyUrl(invitation.surveyId(), invitation.token()));
    values.put("respondBy", MailDates.day(invitation.expiresAt(), locale));
    outbox.enqueue(INVITATION, locale, to.get(), values, petition.id());
  }
}
