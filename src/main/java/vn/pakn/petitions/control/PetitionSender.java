package vn.pakn.petitions.control;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import vn.pakn.notifications.control.InvalidMailException;
import vn.pakn.notifications.control.MailAddresses;
import vn.pakn.notifications.control.MailMessage;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.petitions.entity.Petition;

/**
 * The sender of a petition as a mail recipient, in the petition's language. A petition without an
 * email gets no mail; an unusable email (or name) is logged and skipped, never a reason for the
 * step that causes the mail to fail.
 */
public final class PetitionSender {

  private static final Logger LOG = Logger.getLogger(PetitionSender.class.getName());

  private PetitionSender() {}

  /**
   * @param message what the mail would have been, for the log
   */
  public static Optional<MailRecipient> of(Petition petition, MailMessage message) {
    String email = petition == null ? null : petition.sender().email();
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MailAddresses.recipient(email, petition.sender().name()));
    } catch (InvalidMailException withName) {
      try {
        return Optional.of(MailAddresses.recipient(email, null));
      } catch (InvalidMailException refused) {
        LOG.warning(
            () ->
                "no "
                    + message.id()
                    + " mail for "
                    + petition.trackingCode()
                    + ": the sender's email is not usable");
        return Optional.empty();
      }
    }
  }

  public static Locale language(Petition petition) {
    return "en".equals(petition.language()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
  }
}
