package vn.pakn.notifications.control;

import java.util.Set;

/**
 * The mails one component sends. Every CDI bean implementing it is asked at start-up, so a message
 * without templates stops the deployment instead of failing when the mail is due.
 */
public interface MailCatalogue {

  Set<MailMessage> messages();
}
