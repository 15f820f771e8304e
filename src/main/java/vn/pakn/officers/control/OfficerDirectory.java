package vn.pakn.officers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.pakn.officers.entity.Officer;

/** Officers as other components name them: user names and display names by id, ids by user name. */
@ApplicationScoped
public class OfficerDirectory {

  /** An officer as shown beside a petition. */
  public record OfficerName(Long id, String username, String displayName) {}

  @PersistenceContext EntityManager em;

  /** The officers of these ids (missing ones left out), read in one query. */
  public Map<Long, OfficerName> names(Collection<Long> ids) {
    List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select o from Officer o where o.id in :ids", Officer.class)
        .setParameter("ids", wanted)
        .getResultStream()
        .collect(
            Collectors.toMap(
                Officer::id, o -> new OfficerName(o.id(), o.username(), o.displayName())));
  }

  /** The id of the account with this user name (compared in lower case). */
  public Optional<Long> idOf(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
        .setParameter("username", username.toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .map(Officer::id);
  }
}
