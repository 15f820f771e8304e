package vn.pakn.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.officers.control.OfficerInvited;
import vn.pakn.officers.entity.Officer;

/**
 * Mails an officer the link to set a password: for a new account, or a new link sent by an
 * administrator. Enqueued in the transaction that made the link, so a refused account sends
 * nothing. The secret travels in the link's fragment ({@code #…}), which browsers never send to a
 * server, so it stays out of access logs and referrers.
 */
@ApplicationScoped
public class OfficerMails {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  void onInvited(@Observes OfficerInvited link) {
    Officer officer = em.find(Officer.class, link.officerId());
    Agency agency = em.find(Agency.class, officer.agencyId());
    Locale locale = "en".equals(link.language()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    outbox.enqueue(
        link.newAccount()
            ? MailMessage.OFFICER_ACCOUNT_CREATED
            : MailMessage.OFFICER_PASSWORD_RESET,
        locale,
        new MailRecipient(officer.email(), officer.displayName()),
        Map.of(
            "officerName", officer.displayName(),
            "username", officer.username(),
            "agencyName", agency.name(),
            "activationUrl",
                configuration.publicBaseUrl() + "can-bo/kich-hoat.html#" + link.secret(),
            "expiresAt", MailDates.time(link.expiresAt(), locale)),
        null);
  }
}
