package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.pakn.notifications.control.InvalidMailException;
import vn.pakn.notifications.control.MailAddresses;
import vn.pakn.notifications.control.MailConfiguration;
import vn.pakn.notifications.control.MailMessage;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.Outbox;
import vn.pakn.petitions.entity.Petition;

/**
 * The mail that carries a new access key to the email the petition holds, in the petition's
 * language, enqueued in the caller's transaction: the key is replaced only if the mail is stored.
 */
@ApplicationScoped
public class AccessKeyMails {

  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  /** Where a new key can be sent; empty when the petition holds no usable email. */
  public Optional<MailRecipient> recipient(Petition petition) {
    String email = petition.sender().email();
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MailAddresses.recipient(email, petition.sender().name()));
    } catch (InvalidMailException withName) {
      try {
        return Optional.of(MailAddresses.recipient(email, null));
      } catch (InvalidMailException refused) {
        return Optional.empty();
      }
    }
  }

  public void send(Petition petition, MailRecipient to, String newAccessKey) {
    Locale locale = "en".equals(petition.language()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    outbox.enqueue(
        MailMessage.ACCESS_KEY_RENEWED,
        locale,
        to,
        Map.of(
            "senderName", petition.sender().name(),
            "trackingCode", petition.trackingCode(),
            "title", petition.title(),
            "accessKey", newAccessKey,
            "followUrl",
                configuration.publicBaseUrl()
                    + "theo-doi.html?code="
                    + URLEncoder.encode(petition.trackingCode(), StandardCharsets.UTF_8)),
        petition.id());
  }
}
