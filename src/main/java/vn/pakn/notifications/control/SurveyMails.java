package vn.pakn.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.surveys.control.SurveySettings;
import vn.pakn.surveys.entity.SurveyInvitation;

/**
 * Invites a petition's sender, once, to rate how the petition was handled: the {@code
 * survey-invitation} mail with the single-use survey link, enqueued in the transaction that sent
 * the answer. A sender without a usable email gets none.
 */
@ApplicationScoped
public class SurveyMails {

  private static final Logger LOG = Logger.getLogger(SurveyMails.class.getName());
  private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EN_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject SurveySettings surveys;

  void onInvitation(@Observes SurveyInvitation invitation) {
    Petition petition = em.find(Petition.class, invitation.petitionId());
    String email = petition == null ? null : petition.sender().email();
    if (email == null || email.isBlank()) {
      return;
    }
    Optional<MailRecipient> to = recipient(email, petition.sender().name());
    if (to.isEmpty()) {
      LOG.warning(() -> "no survey invitation for " + petition.trackingCode() + ": bad email");
      return;
    }
    Locale locale = "en".equals(petition.language()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    Map<String, String> values = new HashMap<>();
    values.put("senderName", petition.sender().name());
    values.put("trackingCode", petition.trackingCode());
    values.put("title", petition.title());
    values.put("surveyUrl", surveys.surveyUrl(invitation.surveyId(), invitation.token()));
    values.put(
        "respondBy",
        invitation
            .expiresAt()
            .atZoneSameInstant(Petition.VIETNAM)
            .format(Locale.ENGLISH.equals(locale) ? EN_DAY : VI_DAY));
    outbox.enqueue(MailMessage.SURVEY_INVITATION, locale, to.get(), values, petition.id());
  }

  private static Optional<MailRecipient> recipient(String email, String name) {
    try {
      return Optional.of(MailAddresses.recipient(email, name));
    } catch (InvalidMailException withName) {
      try {
        return Optional.of(MailAddresses.recipient(email, null));
      } catch (InvalidMailException refused) {
        return Optional.empty();
      }
    }
  }
}
