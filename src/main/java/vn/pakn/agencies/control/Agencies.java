package vn.pakn.agencies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.agencies.entity.Field;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * Finds agencies of the organisation tree, and the fields they handle, for the other components: by
 * code, by id, all.
 */
@ApplicationScoped
public class Agencies {

  @PersistenceContext EntityManager em;

  public Optional<Agency> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Agency.BY_CODE, Agency.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * @throws ProblemException 400 naming {@code field} ({@code agency.unknown}) when no agency has
   *     the code
   */
  public Agency requireByCode(String field, String code) {
    return byCode(code)
        .orElseThrow(() -> ProblemException.invalid(new Violation(field, "agency.unknown", code)));
  }

  /** The agency's id, or null after adding {@code agency.unknown} for {@code field}. */
  public Long idOf(String field, String code, List<Violation> violations) {
    Optional<Agency> found = byCode(code);
    if (found.isEmpty()) {
      violations.add(new Violation(field, "agency.unknown", code));
      return null;
    }
    return found.get().id();
  }

  public Optional<Agency> byId(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Agency.class, id));
  }

  /** The agency's name, or {@code otherwise} when there is none. */
  public String nameOf(Long id, String otherwise) {
    return byId(id).map(Agency::name).orElse(otherwise);
  }

  /** Every agency, in the order they were created. */
  public List<Agency> all() {
    return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
  }

  public Map<Long, Agency> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select a from Agency a where a.id in :ids", Agency.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Agency::id, Function.identity()));
  }

  public Optional<AgencyRef> ref(Long id) {
    return byId(id).map(AgencyRef::of);
  }

  public Optional<AgencyRef> refByCode(String code) {
    return byCode(code).map(AgencyRef::of);
  }

  /** The agencies of these ids (missing ones left out), each read once. */
  public Map<Long, AgencyRef> refs(Collection<Long> ids) {
    List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    return byIds(wanted).values().stream().collect(Collectors.toMap(Agency::id, AgencyRef::of));
  }

  /** Every agency, in the order they were created. */
  public List<AgencyRef> refs() {
    return all().stream().map(AgencyRef::of).toList();
  }

  public boolean fieldExists(String code) {
    return code != null && em.find(Field.class, code) != null;
  }

  /** The field's name in the language, if the field exists. */
  public Optional<String> fieldName(String code, Locale language) {
    return Optional.ofNullable(code == null ? null : em.find(Field.class, code))
        .map(f -> f.name(language));
  }

  /** The agency that receives petitions filed on the web, if one is configured. */
  public Optional<Agency> receiving() {
    return em.createNamedQuery(Agency.RECEIVING, Agency.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
