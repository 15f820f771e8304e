package vn.pakn.officers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.notifications.control.MailCatalogue;
import vn.pakn.notifications.control.MailConfiguration;
import vn.pakn.notifications.control.MailDates;
import vn.pakn.notifications.control.MailMessage;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.Outbox;
import vn.pakn.officers.entity.Officer;

/**
 * Mails an officer the link to set a password: for a new account, or a new link sent by an
 * administrator. Enqueued in the transaction that made the link, so a refused account sends
 * nothing. The secret travels in the link's fragment ({@code #…}), which browsers never send to a
 * server, so it stays out of access logs and referrers.
 */
@ApplicationScoped
public class OfficerMails implements MailCatalogue {

  static final MailMessage ACCOUNT_CREATED = new MailMessage("officer-account-created");
  static final MailMessage PASSWORD_RESET = new MailMessage("officer-password-reset");
  public static final Set<MailMessage> MESSAGES = Set.of(ACCOUNT_CREATED, PASSWORD_RESET);

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  @Override
  public Set<MailMessage> messages() {
    return MESSAGES;
  }

  void onInvited(@Observes OfficerInvited link) {
    Officer officer = em.find(Officer.class, link.officerId());
    Agency agency = em.find(Agency.class, officer.agencyId());
    Locale locale = "en".equals(link.language()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    outbox.enqueue(
        link.newAccount() ? ACCOUNT_CREATED : PASSWORD_RESET,
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
