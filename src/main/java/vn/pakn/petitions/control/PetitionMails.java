package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.notifications.control.MailCatalogue;
import vn.pakn.notifications.control.MailConfiguration;
import vn.pakn.notifications.control.MailDates;
import vn.pakn.notifications.control.MailMessage;
import vn.pakn.notifications.control.MailRecipient;
import vn.pakn.notifications.control.Outbox;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionHop;
import vn.pakn.petitions.entity.PetitionStepTaken;
import vn.pakn.petitions.entity.RejectionReason;

/**
 * Tells the sender of a petition, by mail in the petition's language, what happened to it:
 * received, not accepted (with the reason), transferred, more information needed (with the
 * question), answered (with the answer). The mail is enqueued in the step's own transaction. A
 * petition without an email gets none; an unusable email is logged and skipped, never a reason for
 * the step to fail. The follow link carries the tracking code only, never the access key.
 */
@ApplicationScoped
public class PetitionMails implements MailCatalogue {

  static final MailMessage RECEIVED = new MailMessage("petition-received");
  static final MailMessage REJECTED = new MailMessage("petition-rejected");
  static final MailMessage TRANSFERRED = new MailMessage("petition-transferred");
  static final MailMessage INFORMATION_REQUESTED = new MailMessage("information-requested");
  static final MailMessage ANSWERED = new MailMessage("petition-answered");
  public static final Set<MailMessage> MESSAGES =
      Set.of(RECEIVED, REJECTED, TRANSFERRED, INFORMATION_REQUESTED, ANSWERED);

  /** The {@code maxLength} of {@code reason} in {@code messages.json}. */
  static final int MAX_REASON = 2000;

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  @Override
  public Set<MailMessage> messages() {
    return MESSAGES;
  }

  void onStep(@Observes PetitionStepTaken step) {
    MailMessage message =
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
    Optional<MailRecipient> to = PetitionSender.of(petition, message);
    if (to.isEmpty()) {
      return;
    }
    Locale locale = PetitionSender.language(petition);
    outbox.enqueue(message, locale, to.get(), variables(message, petition, locale), petition.id());
  }

  private Map<String, String> variables(MailMessage message, Petition p, Locale locale) {
    Map<String, String> values = new HashMap<>();
    values.put("senderName", p.sender().name());
    values.put("trackingCode", p.trackingCode());
    values.put("title", p.title());
    values.put(
        "followUrl",
        configuration.publicBaseUrl()
            + "theo-doi.html?code="
            + URLEncoder.encode(p.trackingCode(), StandardCharsets.UTF_8));
    String lastNote = p.lastEvent().note();
    if (message.equals(RECEIVED)) {
      values.put("receivedAt", MailDates.time(p.receivedAt(), locale));
    } else if (message.equals(REJECTED)) {
      {
        values.put("agencyName", agencyName(p.agencyId()));
        RejectionReason reason =
            p.rejectionReason() == null
                ? null
                : em.find(RejectionReason.class, p.rejectionReason());
        String text = reason == null ? "" : reason.name(locale);
        if (lastNote != null && !lastNote.isBlank()) {
          text = text.isEmpty() ? lastNote : text + "\n" + lastNote;
        }
        values.put("reason", fit(text, MAX_REASON));
        if (reason != null) {
          values.put("legalBasis", reason.legalBasis());
        }
      }
    } else if (message.equals(TRANSFERRED)) {
      {
        List<PetitionHop> hops = p.hops();
        Long from = hops.size() >= 2 ? hops.get(hops.size() - 2).agencyId() : null;
        values.put("fromAgency", agencyName(from));
        values.put("toAgency", agencyName(p.agencyId()));
        values.put("reason", lastNote);
      }
    } else if (message.equals(INFORMATION_REQUESTED)) {
      {
        values.put("agencyName", agencyName(p.agencyId()));
        values.put("requestedInformation", lastNote);
      }
    } else if (message.equals(ANSWERED)) {
      {
        values.put("agencyName", agencyName(p.agencyId()));
        values.put("answer", p.answer());
      }
    } else {
      throw new IllegalArgumentException(message.id());
    }
    return values;
  }

  /** At most {@code max} code points: the reason's name and the officer's note may exceed it. */
  public static String fit(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + "…";
  }

  private String agencyName(Long agencyId) {
    Agency agency = agencyId == null ? null : em.find(Agency.class, agencyId);
    return agency == null ? configuration.sharedValues().get("portalName") : agency.name();
  }
}
