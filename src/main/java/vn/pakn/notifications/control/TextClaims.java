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
import vn.pakn.notifications.entity.OutboxText;
import vn.pakn.platform.control.Databases;

/**
 * The short transactions of the text sending job: claim a batch of due texts (row locks that skip
 * rows another node holds), then record the outcomes of the batch at once. Submitting happens
 * between them, outside any transaction.
 */
@ApplicationScoped
public class TextClaims {

  /** A claimed text, detached, as the sender needs it. */
  public record Claimed(
      long id, String phone, String body, int reference, int attempts, OffsetDateTime until) {}

  /** What became of one claimed text. */
  public record Outcome(long id, SmppTransmitter.Submitted result) {}

  @PersistenceContext EntityManager em;
  @Inject TextConfiguration configuration;

  @Inject
  @ConfigProperty(name = "pakn.db.url")
  String databaseUrl;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(OffsetDateTime now, int max) {
    String lock = Databases.isPostgres(databaseUrl) ? " for update skip locked" : " for update";
    Timestamp at = Timestamp.from(now.toInstant());
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from sms_outbox where (status = 'QUEUED' and next_attempt_at <= ?1)"
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
        .createQuery(
            "select t from OutboxText t where t.id in :ids order by t.nextAttemptAt, t.id",
            OutboxText.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList()
        .stream()
        .peek(t -> t.claim(configuration.node(), until))
        .map(t -> new Claimed(t.id(), t.phone(), t.body(), t.reference(), t.attempts(), until))
        .toList();
  }

  /**
   * Records a batch's outcomes in one transaction: sent, postponed (throttled), retried or given
   * up.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(List<Outcome> outcomes, OffsetDateTime at, double random) {
    for (Outcome outcome : outcomes) {
      OutboxText text = em.find(OutboxText.class, outcome.id());
      if (text == null
          || text.status() != MailStatus.SENDING
          || !configuration.node().equals(text.claimedBy())) {
        continue; // claimed by another node since: its attempt decides
      }
      var result = outcome.result();
      switch (result.outcome()) {
        case SENT -> text.sent(at, result.parts(), String.join(",", result.providerIds()));
        case THROTTLED -> text.postpone(at.plus(configuration.throttlePause()), result.error());
        case NOT_TRIED -> text.postpone(at, result.error());
        case TRANSIENT, PERMANENT -> {
          var decision =
              configuration
                  .policy()
                  .afterFailure(
                      text.attempts(),
                      result.outcome() == SmppTransmitter.Outcome.PERMANENT,
                      at.toInstant(),
                      random);
          if (decision instanceof DeliveryPolicy.RetryAt retry) {
            text.retryAt(retry.when().atOffset(ZoneOffset.UTC), result.error());
          } else {
            text.failed(result.error());
          }
        }
      }
    }
  }

  /**
   * Delivery receipts ({provider id, state}): each marks the text one of whose parts the provider
   * knows by that id.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delivered(List<String[]> receipts, OffsetDateTime at) {
    for (String[] receipt : receipts) {
      delivered(receipt[0], receipt[1], at);
    }
  }

  private void delivered(String providerId, String state, OffsetDateTime at) {
    em.createQuery(
            "select t from OutboxText t where t.providerIds = :id or t.providerIds like :first"
                + " or t.providerIds like :middle or t.providerIds like :last",
            OutboxText.class)
        .setParameter("id", providerId)
        .setParameter("first", providerId + ",%")
        .setParameter("middle", "%," + providerId + ",%")
        .setParameter("last", "%," + providerId)
        .setMaxResults(1)
        .getResultList()
        .forEach(t -> t.delivery(state, at));
  }
}
