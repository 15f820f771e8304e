package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pakn.notifications.control.MailCatalogue;
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
public class AccessKeyMails implements MailCatalogue {

  static final MailMessage RENEWED = new MailMessage("access-key-renewed");
  public static final Set<MailMessage> MESSAGES = Set.of(RENEWED);

  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  @Override
  public Set<MailMessage> messages() {
    return MESSAGES;
  }

  /** Where a new key can be sent; empty when the petition holds no usable email. */
  public Optional<MailRecipient> recipient(Petition petition) {
    return PetitionSender.of(petition, RENEWED);
  }

  public void send(Petition petition, MailRecipient to, String newAccessKey) {
    outbox.enqueue(
        RENEWED,
        PetitionSender.language(petition),
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
