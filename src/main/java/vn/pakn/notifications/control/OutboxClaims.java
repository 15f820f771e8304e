package vn.pakn.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.notifications.entity.MailStatus;
import vn.pakn.notifications.entity.OutboxMail;
import vn.pakn.platform.control.Databases;

/**
 * The short transactions of the sending job: claim a batch of due mails (row locks that skip rows
 * another node holds, so nodes never share a mail), then record each outcome. Sending itself
 * happens between them, outside any transaction.
 */
@ApplicationScoped
public class OutboxClaims {

  /**
   * A claimed mail, detached from the database, as the sender needs it: the stored rendering of an
   * old row, or the template, language and variables the sender renders.
   */
  public record Claimed(
      long id,
      String messageId,
      MailRecipient to,
      String template,
      String language,
      String variables,
      RenderedMail stored,
      int attempts,
      OffsetDateTime claimedUntil) {

    static Claimed of(OutboxMail m, OffsetDateTime until) {
      return new Claimed(
          m.id(),
          m.messageId(),
          m.to(),
          m.template(),
          m.language(),
          m.variables(),
          m.variables() == null ? m.rendered(null) : null,
          m.attempts(),
          until);
    }

    /**
     * @throws InvalidMailException when the template or a value is refused now (templates changed
     *     since the mail was enqueued)
     * @throws jakarta.json.JsonException when the stored variables are not readable
     */
    public RenderedMail render(MailRenderer renderer) {
      return stored != null
          ? stored
          : renderer.render(
              template,
              java.util.Locale.forLanguageTag(language),
              MailVariables.fromJson(variables));
    }
  }

  @PersistenceContext EntityManager em;
  @Inject MailConfiguration configuration;

  @Inject
  @ConfigProperty(name = "pakn.db.url")
  String databaseUrl;

  /**
   * Due QUEUED mails and mails whose claim expired (the node sending them died), oldest first,
   * claimed for this node: status SENDING, one more attempt counted, claimed until now + the claim
   * duration.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(OffsetDateTime now, int max) {
    String lock = Databases.isPostgres(databaseUrl) ? " for update skip locked" : " for update";
    Timestamp at = Timestamp.from(now.toInstant());
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from mail_outbox where (status = 'QUEUED' and next_attempt_at <= ?1)"
                    + " or (status = 'SENDING' and claimed_until < ?2)"
                    + " order by next_attempt_at, id limit ?3"
                    + lock)
            .setParameter(1, at)
            .setParameter(2, at)
            .setParameter(3, max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    OffsetDateTime until = now.plus(configuration.claimDuration());
    return em
        .createQuery("select m from OutboxMail m where m.id in :ids", OutboxMail.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList()
        .stream()
        .peek(m -> m.claim(configuration.node(), until))
        .map(m -> Claimed.of(m, until))
        .toList();
  }

  /** One statement, no read of the row first: the sender records a mail per commit. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id, OffsetDateTime at) {
    em.createQuery(
            "update OutboxMail m set m.status = :sent, m.sentAt = :at, m.lastError = null,"
                + " m.claimedBy = null, m.claimedUntil = null where m.id = :id")
        .setParameter("sent", MailStatus.SENT)
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** A failed attempt: retried later by the delivery policy, or given up. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, SendResult result, OffsetDateTime at, double random) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null
        || mail.status() != MailStatus.SENDING
        || !configuration.node().equals(mail.claimedBy())) {
      return; // claimed by another node since: its attempt decides
    }
    var decision =
        configuration
            .policy()
            .afterFailure(mail.attempts(), result.isPermanent(), at.toInstant(), random);
    if (decision instanceof DeliveryPolicy.RetryAt retry) {
      mail.retryAt(retry.when().atOffset(ZoneOffset.UTC), result.error());
    } else {
      mail.failed(result.error());
    }
  }
}
