package vn.pakn.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The database side of the proof of work, shared by all nodes: the HMAC key that signs the
 * challenges (made by the first node that needs one) and the challenges already spent, each kept
 * until it expires.
 */
@ApplicationScoped
public class ChallengeLedger {

  private static final int KEY_ROW = 1;

  @PersistenceContext EntityManager em;

  /** The shared key, generated and stored when there is none yet. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String sharedKey() {
    return stored()
        .orElseGet(
            () -> {
              byte[] key = new byte[32];
              new SecureRandom().nextBytes(key);
              em.createNativeQuery(
                      "insert into proof_of_work_key (id, hmac_key, created_at)"
                          + " select ?1, ?2, ?3 where not exists"
                          + " (select 1 from proof_of_work_key where id = ?4)")
                  .setParameter(1, KEY_ROW)
                  .setParameter(2, HexFormat.of().formatHex(key))
                  .setParameter(3, Timestamp.from(Instant.now()))
                  .setParameter(4, KEY_ROW)
                  .executeUpdate();
              return stored().orElseThrow();
            });
  }

  private java.util.Optional<String> stored() {
    @SuppressWarnings("unchecked")
    List<String> keys =
        em.createNativeQuery("select hmac_key from proof_of_work_key where id = ?1")
            .setParameter(1, KEY_ROW)
            .getResultList();
    return keys.stream().findFirst();
  }

  /**
   * Spends a challenge: true the first time its signature is presented, false after that. Expired
   * challenges are forgotten on the way (they are refused by their expiry anyway).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean spend(String signature, Instant expires, Instant now) {
    em.createNativeQuery("delete from spent_challenge where expires_at < ?1")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
    return em.createNativeQuery(
                "insert into spent_challenge (signature, expires_at) select ?1, ?2 where not exists"
                    + " (select 1 from spent_challenge where signature = ?3)")
            .setParameter(1, signature)
            .setParameter(2, Timestamp.from(expires))
            .setParameter(3, signature)
            .executeUpdate()
        == 1;
  }
}
