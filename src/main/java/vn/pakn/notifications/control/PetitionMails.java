package vn.pakn.notifications.control;

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
import vn.pakn.agencies.entity.Agency;
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
public class PetitionMails {

  /** The {@code maxLength} of {@code reason} in {@code messages.json}. */
  static final int MAX_REASON = 2000;

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailConfiguration configuration;

  void onStep(@Observes PetitionStepTaken step) {
    MailMessage message =
        switch (step.type()) {
          case RECEIVED -> MailMessage.PETITION_RECEIVED;
          case REJECTED -> MailMessage.PETITION_REJECTED;
          case TRANSFERRED -> MailMessage.PETITION_TRANSFERRED;
          case INFORMATION_REQUESTED -> MailMessage.INFORMATION_REQUESTED;
          case ANSWERED -> MailMessage.PETITION_ANSWERED;
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
    switch (message) {
      case PETITION_RECEIVED -> values.put("receivedAt", MailDates.time(p.receivedAt(), locale));
      case PETITION_REJECTED -> {
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
      case PETITION_TRANSFERRED -> {
        List<PetitionHop> hops = p.hops();
        Long from = hops.size() >= 2 ? hops.get(hops.size() - 2).agencyId() : null;
        values.put("fromAgency", agencyName(from));
        values.put("toAgency", agencyName(p.agencyId()));
        values.put("reason", lastNote);
      }
      case INFORMATION_REQUESTED -> {
        values.put("agencyName", agencyName(p.agencyId()));
        values.put("requestedInformation", lastNote);
      }
      case PETITION_ANSWERED -> {
        values.put("agencyName", agencyName(p.agencyId()));
        values.put("answer", p.answer());
      }
      default -> throw new IllegalArgumentException(message.id());
    }
    return values;
  }

  /** At most {@code max} code points: the reason's name and the officer's note may exceed it. */
  static String fit(String text, int max) {
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
