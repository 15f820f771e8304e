package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.pakn.petitions.entity.AccessKey;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.TrackingCode;

/** Finds a petition for its sender, who must hold both the tracking code and the access key. */
@ApplicationScoped
public class PetitionLookup {

  /** Only what the key check needs: the same small query whether the code exists or not. */
  static final String KEY_BY_TRACKING_CODE =
      "select p.id, p.accessKeyHash from Petition p where p.trackingCode = :code";

  /** Compared against when no petition has the code: not hexadecimal, so no key ever matches. */
  private static final String NO_PETITION = "-".repeat(64);

  @PersistenceContext EntityManager em;

  /**
   * Empty for an unknown code and for a wrong key alike, and found by the same work on both paths
   * (one query of the key's hash, one hash and constant-time comparison of the typed key; the
   * petition itself is loaded only once the key matched), so neither the answer nor its time tells
   * whether a code exists. Tracking codes are sequential; the key is what protects a petition.
   */
  public Optional<Petition> forSender(String typedCode, String accessKey) {
    String code = TrackingCode.parse(typedCode).map(TrackingCode::toString).orElse("");
    List<Object[]> rows =
        em.createQuery(KEY_BY_TRACKING_CODE, Object[].class)
            .setParameter("code", code)
            .setMaxResults(1)
            .getResultList();
    Object[] row = rows.isEmpty() ? null : rows.get(0);
    boolean opens = AccessKey.matches(accessKey, row == null ? NO_PETITION : (String) row[1]);
    return row != null && opens
        ? Optional.ofNullable(em.find(Petition.class, row[0]))
        : Optional.empty();
  }
}
