package vn.pakn.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.pakn.notifications.control.TextCatalogue;
import vn.pakn.notifications.control.TextMessage;
import vn.pakn.notifications.control.TextOutbox;
import vn.pakn.petitions.control.PetitionSender;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.surveys.entity.SurveyInvitation;

/**
 * Invites a petition's sender who chose text messages, once, to rate how the petition was handled:
 * the {@code survey-invitation} text with the single-use survey link, enqueued in the transaction
 * that sent the answer.
 */
@ApplicationScoped
public class SurveyTexts implements TextCatalogue {

  private static final Logger LOG = Logger.getLogger(SurveyTexts.class.getName());
  static final TextMessage INVITATION = new TextMessage("survey-invitation");
  public static final Set<TextMessage> TEXTS = Set.of(INVITATION);

  @PersistenceContext EntityManager em;
  @Inject TextOutbox outbox;
  @Inject SurveySettings surveys;

  @Override
  public Set<TextMessage> texts() {
    return TEXTS;
  }

  void onInvitation(@Observes SurveyInvitation invitation) {
    Petition petition = em.find(Petition.class, invitation.petitionId());
    if (petition == null || petition.sender().textsTo().isEmpty()) {
      return;
    }
    var values =
        Map.of(
            "trackingCode", petition.trackingCode(),
            "surveyUrl", surveys.surveyUrl(invitation.surveyId(), invitation.token()),
            "respondBy",
                invitation
                    .expiresAt()
                    .atZoneSameInstant(VietnamTime.ZONE)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    try {
      outbox.enqueue(
          INVITATION,
          PetitionSender.language(petition),
          petition.sender().textsTo().orElseThrow(),
          values,
          petition.id(),
          INVITATION.id() + ":" + petition.id());
    } catch (IllegalArgumentException refused) {
      LOG.warning(
          () ->
              "no survey invitation text for "
                  + petition.trackingCode()
                  + ": "
                  + refused.getMessage());
    }
  }
}
