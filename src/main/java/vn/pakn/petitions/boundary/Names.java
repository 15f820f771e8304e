package vn.pakn.petitions.boundary;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.officers.entity.Officer;

/** Agency codes/names and officers' user names for a set of ids, each looked up once. */
final class Names {

  final Map<Long, Agency> agencies = new HashMap<>();
  final Map<Long, Officer> officers = new HashMap<>();

  static Names of(EntityManager em, Collection<Long> agencyIds, Collection<Long> officerIds) {
    var names = new Names();
    List<Long> a = agencyIds.stream().filter(Objects::nonNull).distinct().toList();
    List<Long> o = officerIds.stream().filter(Objects::nonNull).distinct().toList();
    if (!a.isEmpty()) {
      em.createQuery("select a from Agency a where a.id in :ids", Agency.class)
          .setParameter("ids", a)
          .getResultList()
          .forEach(x -> names.agencies.put(x.id(), x));
    }
    if (!o.isEmpty()) {
      em.createQuery("select o from Officer o where o.id in :ids", Officer.class)
          .setParameter("ids", o)
          .getResultList()
          .forEach(x -> names.officers.put(x.id(), x));
    }
    return names;
  }

  String agencyCode(Long id) {
    Agency a = id == null ? null : agencies.get(id);
    return a == null ? null : a.code();
  }

  String agencyName(Long id) {
    Agency a = id == null ? null : agencies.get(id);
    return a == null ? null : a.name();
  }

  /** The name people know an officer by, or the user name when none is recorded. */
  String displayName(Long id) {
    Officer o = id == null ? null : officers.get(id);
    if (o == null) {
      return null;
    }
    return o.displayName() == null || o.displayName().isBlank() ? o.username() : o.displayName();
  }

  String username(Long id) {
    Officer o = id == null ? null : officers.get(id);
    return o == null ? null : o.username();
  }
}
