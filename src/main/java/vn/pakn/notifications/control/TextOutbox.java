package vn.pakn.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import vn.pakn.notifications.entity.MailStatus;
import vn.pakn.notifications.entity.OutboxText;

/**
 * Writes text messages (SMS) to the outbox in the caller's transaction, beside its mails: a
 * rolled-back step leaves no text behind, a committed one is sent by {@link TextSender}. One text
 * per event: the caller names the event with a stable key, and a second enqueue of the same key (a
 * step replayed, an observer called twice) writes nothing.
 */
@ApplicationScoped
public class TextOutbox {

  @PersistenceContext EntityManager em;
  @Inject LoadedTextTemplates templates;
  @Inject TextConfiguration configuration;
  @Inject TextSignal signal;

  Clock clock = Clock.systemUTC();

  /**
   * Renders and stores a text; QUEUED for sending, or KEPT when no SMPP provider is configured.
   *
   * @param mobile a Vietnamese mobile number (normalised again here; anything else is refused)
   * @param eventKey what the text is about, e.g. {@code petition-received:42:1}: at most one text
   *     per key
   * @return the stored text, or empty when the event already has one
   * @throws IllegalArgumentException for a number that is not a Vietnamese mobile, or values the
   *     templates refuse (missing, longer than declared): the composing component's mistake
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<OutboxText> enqueue(
      TextMessage message,
      Locale language,
      String mobile,
      Map<String, String> values,
      Long petitionId,
      String eventKey) {
    MobileNumbers.Outcome number = MobileNumbers.normalise(mobile);
    if (!number.isMobile()) {
      throw new IllegalArgumentException("not a Vietnamese mobile number: " + number.refusal());
    }
    if (eventKey == null || eventKey.isBlank() || eventKey.length() > 200) {
      throw new IllegalArgumentException("an event key of 1 to 200 characters is needed");
    }
    boolean known =
        !em.createQuery("select t.id from OutboxText t where t.eventKey = :key", Long.class)
            .setParameter("key", eventKey)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (known) {
      return Optional.empty();
    }
    String body = templates.templates().render(message, language, values);
    var row =
        new OutboxText(
            eventKey,
            ThreadLocalRandom.current().nextInt(256),
            number.e164(),
            message.id(),
            "en".equals(language.getLanguage()) ? "en" : "vi",
            body,
            configuration.sending(),
            petitionId,
            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    em.persist(row);
    if (row.status() == MailStatus.QUEUED) {
      signal.afterCommit();
    }
    return Optional.of(row);
  }

  /** The template variable's longest length, for components that cut their values to fit. */
  public int maxLength(TextMessage message, String variable) {
    return templates.templates().maxLength(message, variable);
  }
}
