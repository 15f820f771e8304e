package vn.pakn.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pakn.notifications.control.MailCatalogue;
import vn.pakn.notifications.control.MailConfiguration;
import vn.pakn.notifications.control.MailMessage;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.Outbox;
import vn.pakn.petitions.control.PetitionMails;
import vn.pakn.petitions.control.PetitionSender;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.publication.entity.AnswerPublicationChanged;
import vn.pakn.publication.entity.PublicationChange;

/**
 * Tells the sender that the redacted answer to their petition is published (Decree 20/2008/NĐ-CP
 * Art. 19), with its public address, in the publication's own transaction. Withdrawals and answers
 * without a petition send nothing; a petition without a usable email gets no mail.
 */
@ApplicationScoped
public class AnswerMails implements MailCatalogue {

  static final MailMessage PUBLISHED = new MailMessage("answer-published");
  public static final Set<MailMessage> MESSAGES = Set.of(PUBLISHED);

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  @Override
  public Set<MailMessage> messages() {
    return MESSAGES;
  }

  void onChange(@Observes AnswerPublicationChanged changed) {
    if (changed.change() != PublicationChange.Type.PUBLISHED || changed.petitionId() == null) {
      return;
    }
    Petition p = em.find(Petition.class, changed.petitionId());
    Optional<MailRecipient> to = PetitionSender.of(p, PUBLISHED);
    if (to.isEmpty()) {
      return;
    }
    Locale locale = PetitionSender.language(p);
    outbox.enqueue(
        PUBLISHED,
        locale,
        to.get(),
        Map.of(
            "senderName", p.sender().name(),
            "trackingCode", p.trackingCode(),
            "title", PetitionMails.fit(p.title(), 300),
            "publicUrl", configuration.publicBaseUrl() + "tra-loi.html?id=" + changed.answerId()),
        p.id());
  }
}
