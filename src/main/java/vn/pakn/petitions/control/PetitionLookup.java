package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.TrackingCode;

/** Finds a petition for its sender, who must hold both the tracking code and the access key. */
@ApplicationScoped
public class PetitionLookup {

  @PersistenceContext EntityManager em;

  /**
   * Empty for an unknown code and for a wrong key alike, so a caller cannot learn whether a code
   * exists.
   */
  public Optional<Petition> forSender(String typedCode, String accessKey) {
    return TrackingCode.parse(typedCode)
        .flatMap(
            code ->
                em.createNamedQuery(Petition.BY_TRACKING_CODE, Petition.class)
                    .setParameter("code", code.toString())
                    .getResultStream()
                    .findFirst())
        .filter(p -> p.opensWith(accessKey));
  }
}
