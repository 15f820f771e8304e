package vn.pakn.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.publication.entity.AnswerPublicationChanged;
import vn.pakn.publication.entity.PublicationChange;

/**
 * Tells the sender that the redacted answer to their petition is published (Decree 20/2008/NĐ-CP
 * Art. 19), with its public address, in the publication's own transaction. Withdrawals and answers
 * without a petition send nothing; a petition without a usable email gets no mail.
 */
@ApplicationScoped
public class AnswerMails {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  void onChange(@Observes AnswerPublicationChanged changed) {
    if (changed.change() != PublicationChange.Type.PUBLISHED || changed.petitionId() == null) {
      return;
    }
    Petition p = em.find(Petition.class, changed.petitionId());
    Optional<MailRecipient> to = PetitionSender.of(p, MailMessage.ANSWER_PUBLISHED);
    if (to.isEmpty()) {
      return;
    }
    Locale locale = PetitionSender.language(p);
    outbox.enqueue(
        MailMessage.ANSWER_PUBLISHED,
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
