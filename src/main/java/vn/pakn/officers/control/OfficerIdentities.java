package vn.pakn.officers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import vn.pakn.identity.control.VerifiedIdentity;
import vn.pakn.officers.entity.Officer;

/**
 * The existing, active officer's account a person signed in at the province's provider is: found by
 * the configured claim ({@code email}, which the provider must have verified, or {@code
 * preferred_username} against the user name). Roles and agency are the account's; nothing is ever
 * created from a token. A mail address two accounts share names nobody.
 */
@ApplicationScoped
public class OfficerIdentities {

  private static final Logger LOG = Logger.getLogger(OfficerIdentities.class.getName());

  @PersistenceContext EntityManager em;

  @Transactional
  public Optional<Officer> officerFor(VerifiedIdentity identity, String claim) {
    String value = identity.claim(claim);
    if (value == null || value.isBlank() || value.length() > 254) {
      return Optional.empty();
    }
    String key = value.strip().toLowerCase(Locale.ROOT);
    List<Officer> found =
        em
            .createNamedQuery(
                "email".equals(claim) ? Officer.BY_EMAIL : Officer.BY_USERNAME, Officer.class)
            .setParameter("email".equals(claim) ? "email" : "username", key)
            .getResultList()
            .stream()
            .filter(Officer::isActive)
            .toList();
    if (found.size() > 1) {
      LOG.warning(
          () ->
              found.size()
                  + " active officers share the "
                  + claim
                  + " of a provider sign-in: none is signed in");
      return Optional.empty();
    }
    found.forEach(Officer::signedIn);
    return found.stream().findFirst();
  }
}
