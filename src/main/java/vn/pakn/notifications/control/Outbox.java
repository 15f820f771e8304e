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
import vn.pakn.notifications.entity.MailStatus;
import vn.pakn.notifications.entity.OutboxMail;
import vn.pakn.platform.control.ProblemException;

/**
 * Writes mails to the outbox in the caller's transaction: a rolled-back step leaves no mail behind,
 * a committed one is delivered by {@link MailSender}. Everything is checked here, so a refused
 * address or value is the caller's problem now, not the sender's later; what is stored is the
 * template, the language and the checked variables, which the sending job renders (issue 15: the
 * rendering and its large row cost the step's transaction a third of filing throughput).
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject LoadedMailTemplates templates;
  @Inject MailConfiguration configuration;
  @Inject MailSignal signal;

  Clock clock = Clock.systemUTC();

  /** Kept after the first use: asking the templates' singleton costs an EJB call per mail. */
  private volatile MailRenderer renderer;

  private MailRenderer renderer() {
    MailRenderer kept = renderer;
    if (kept == null) {
      kept = templates.renderer();
      renderer = kept;
    }
    return kept;
  }

  /**
   * Checks and stores a mail; QUEUED for sending, or KEPT when no SMTP server is configured.
   *
   * @param petitionId the petition the mail is about, or null
   * @throws ProblemException 400 naming {@code recipient.address}, {@code recipient.name} or the
   *     variables at fault; nothing is stored then
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxMail enqueue(
      MailMessage message,
      Locale language,
      MailRecipient to,
      Map<String, String> variables,
      Long petitionId) {
    MailRecipient recipient;
    Map<String, String> values;
    try {
      recipient = MailAddresses.recipient(to.address(), to.displayName());
      values = renderer().accepted(message.id(), language, variables);
    } catch (InvalidMailException refused) {
      throw ProblemException.invalid(refused.violations());
    }
    var row =
        new OutboxMail(
            configuration.newMessageId(),
            recipient,
            message.id(),
            language.getLanguage(),
            MailVariables.toJson(values),
            configuration.sending(),
            petitionId,
            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    em.persist(row);
    if (row.status() == MailStatus.QUEUED) {
      signal.afterCommit();
    }
    return row;
  }
}
