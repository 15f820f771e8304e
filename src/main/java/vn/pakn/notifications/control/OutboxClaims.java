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

  /** A claimed mail, detached from the database, as the sender needs it. */
  public record Claimed(
      long id,
      String messageId,
      MailRecipient to,
      RenderedMail mail,
      int attempts,
      OffsetDateTime claimedUntil) {}

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
        .map(m -> new Claimed(m.id(), m.messageId(), m.to(), m.rendered(), m.attempts(), until))
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id, OffsetDateTime at) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail != null) {
      mail.sent(at);
    }
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
