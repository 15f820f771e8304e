package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.notifications.control.MailConfiguration;
import vn.pakn.notifications.control.TextCatalogue;
import vn.pakn.notifications.control.TextMessage;
import vn.pakn.notifications.control.TextOutbox;
import vn.pakn.notifications.control.TextTemplates;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.petitions.entity.RejectionReason;
import vn.pakn.platform.control.Sha256;

/**
 * Tells a sender who chose text messages (SMS) what happened to the petition: received, not
 * accepted, transferred, more information needed, answered — and, on request, a new access key. The
 * text is enqueued in the step's own transaction, once per step (its key is the petition and the
 * step's place in the trail). A text that cannot be composed is logged, never a reason for the step
 * to fail. Texts carry the follow link with the tracking code only; the access key only in the text
 * that was asked for it.
 */
@ApplicationScoped
public class PetitionTexts implements TextCatalogue {

  private static final Logger LOG = Logger.getLogger(PetitionTexts.class.getName());

  static final TextMessage RECEIVED = new TextMessage("petition-received");
  static final TextMessage REJECTED = new TextMessage("petition-rejected");
  static final TextMessage TRANSFERRED = new TextMessage("petition-transferred");
  static final TextMessage INFORMATION_REQUESTED = new TextMessage("information-requested");
  static final TextMessage ANSWERED = new TextMessage("petition-answered");
  static final TextMessage ACCESS_KEY = new TextMessage("access-key");
  public static final Set<TextMessage> TEXTS =
      Set.of(RECEIVED, REJECTED, TRANSFERRED, INFORMATION_REQUESTED, ANSWERED, ACCESS_KEY);

  @PersistenceContext EntityManager em;
  @Inject TextOutbox outbox;
  @Inject MailConfiguration configuration;

  @Override
  public Set<TextMessage> texts() {
    return TEXTS;
  }

  void onStep(@Observes PetitionStepTaken step) {
    TextMessage message =
        switch (step.type()) {
          case RECEIVED -> RECEIVED;
          case REJECTED -> REJECTED;
          case TRANSFERRED -> TRANSFERRED;
          case INFORMATION_REQUESTED -> INFORMATION_REQUESTED;
          case ANSWERED -> ANSWERED;
          default -> null;
        };
    if (message == null) {
      return;
    }
    Petition petition = em.find(Petition.class, step.petitionId());
    if (petition == null || petition.sender().textsTo().isEmpty()) {
      return;
    }
    Map<String, String> values = common(petition);
    String note = petition.lastEvent().note();
    if (message.equals(REJECTED)) {
      RejectionReason reason =
          petition.rejectionReason() == null
              ? null
              : em.find(RejectionReason.class, petition.rejectionReason());
      String text = reason == null ? note : reason.name(PetitionSender.language(petition));
      values.put("reason", fit(message, "reason", text));
    } else if (message.equals(TRANSFERRED)) {
      values.put("toAgency", fit(message, "toAgency", agencyName(petition.agencyId())));
    } else if (message.equals(INFORMATION_REQUESTED)) {
      values.put("requestedInformation", fit(message, "requestedInformation", note));
    } else if (message.equals(ANSWERED)) {
      values.put("agencyName", fit(message, "agencyName", agencyName(petition.agencyId())));
    }
    enqueue(
        message,
        petition,
        values,
        message.id() + ":" + petition.id() + ":" + petition.trail().size());
  }

  /**
   * Texts a new access key to a sender who chose texts, in the transaction that made the key (the
   * lost-key journey). Once per key.
   *
   * @return whether a text was enqueued (false when the sender gets no texts)
   */
  public boolean sendNewAccessKey(Petition petition, String accessKey) {
    if (petition.sender().textsTo().isEmpty()) {
      return false;
    }
    Map<String, String> values = common(petition);
    values.put("accessKey", accessKey);
    return enqueue(
        ACCESS_KEY,
        petition,
        values,
        ACCESS_KEY.id() + ":" + petition.id() + ":" + Sha256.hex(accessKey).substring(0, 16));
  }

  private boolean enqueue(
      TextMessage message, Petition petition, Map<String, String> values, String eventKey) {
    Locale locale = PetitionSender.language(petition);
    try {
      return outbox
          .enqueue(
              message,
              locale,
              petition.sender().textsTo().orElseThrow(),
              values,
              petition.id(),
              eventKey)
          .isPresent();
    } catch (IllegalArgumentException refused) {
      LOG.warning(
          () ->
              "no "
                  + message
                  + " text for "
                  + petition.trackingCode()
                  + ": "
                  + refused.getMessage());
      return false;
    }
  }

  private Map<String, String> common(Petition p) {
    Map<String, String> values = new HashMap<>();
    values.put("trackingCode", p.trackingCode());
    values.put(
        "followUrl",
        configuration.publicBaseUrl()
            + "theo-doi.html?code="
            + URLEncoder.encode(p.trackingCode(), StandardCharsets.UTF_8));
    return values;
  }

  private String fit(TextMessage message, String variable, String value) {
    return TextTemplates.fit(
        Optional.ofNullable(value).orElse(""), outbox.maxLength(message, variable));
  }

  private String agencyName(Long agencyId) {
    Agency agency = agencyId == null ? null : em.find(Agency.class, agencyId);
    return agency == null ? configuration.sharedValues().get("portalName") : agency.name();
  }
}
