package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pakn.petitions.entity.Actor;
import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.Petition;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.petitions.entity.PetitionStatus;

/**
 * The officers' list of petitions: by default what the officer's agency holds now; with {@code
 * history} also what it has held. Filtered, sorted and paged in the database.
 */
@ApplicationScoped
public class Inbox {

  public static final int MAX_PAGE_SIZE = 100;

  /**
   * Counting stops here: an inbox with more matches says "more than 10,000" (exact = false), and
   * pages reach only this far; past it, officers narrow the filters. Keeps every page cheap at
   * millions of petitions.
   */
  public static final int COUNT_LIMIT = 10_000;

  static final Set<PetitionStatus> CLOSED =
      EnumSet.of(
          PetitionStatus.REJECTED,
          PetitionStatus.ANSWERED,
          PetitionStatus.PUBLISHED,
          PetitionStatus.CLOSED);

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public enum Sort {
    RECEIVED("p.receivedAt"),
    DUE("p.dueAt"),
    STATUS("p.status"),
    CHANGED("p.statusChangedAt");

    final String path;

    Sort(String path) {
      this.path = path;
    }
  }

  /** What an officer asks the inbox for; null members do not filter. */
  public record Filter(
      Set<PetitionStatus> statuses,
      String fieldCode,
      PetitionKind kind,
      Channel channel,
      Long assigneeId,
      Long holderAgencyId,
      boolean history,
      boolean overdue,
      boolean dueSoon,
      Sort sort,
      boolean ascending,
      int page,
      int size) {}

  public record Page(long total, boolean exact, List<Petition> items) {}

  public Page list(Filter filter, Actor actor) {
    var where = new StringBuilder();
    Map<String, Object> params = new HashMap<>();
    if (filter.history()) {
      where.append(
          " and exists (select h from PetitionHop h where h.petition = p and h.agencyId = :agency)");
      if (filter.holderAgencyId() != null) {
        where.append(" and p.agencyId = :holder");
        params.put("holder", filter.holderAgencyId());
      }
    } else {
      where.append(" and p.agencyId = :agency");
    }
    params.put("agency", actor.agencyId());
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.append(" and p.status in :statuses");
      params.put("statuses", List.copyOf(filter.statuses()));
    }
    if (filter.fieldCode() != null) {
      where.append(" and p.fieldCode = :field");
      params.put("field", filter.fieldCode());
    }
    if (filter.kind() != null) {
      where.append(" and p.kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.channel() != null) {
      where.append(" and p.channel = :channel");
      params.put("channel", filter.channel());
    }
    if (filter.assigneeId() != null) {
      where.append(" and p.assigneeId = :assignee");
      params.put("assignee", filter.assigneeId());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (filter.overdue() || filter.dueSoon()) {
      where.append(" and p.status not in :closed");
      params.put("closed", List.copyOf(CLOSED));
    }
    if (filter.overdue()) {
      where.append(" and p.dueAt < :now");
      params.put("now", now);
    }
    if (filter.dueSoon()) {
      where.append(" and p.dueAt >= :now and p.dueAt < :soon");
      params.put("now", now);
      params.put("soon", now.plusDays(2));
    }
    String condition = where.substring(5);
    long counted =
        bind(em.createQuery("select p.id from Petition p where " + condition, Long.class), params)
            .setMaxResults(COUNT_LIMIT + 1)
            .getResultList()
            .size();
    boolean exact = counted <= COUNT_LIMIT;
    long total = Math.min(counted, COUNT_LIMIT);
    String order =
        filter.sort().path
            + (filter.ascending() ? " asc" : " desc")
            + ", p.id"
            + (filter.ascending() ? " asc" : " desc");
    List<Petition> items =
        total == 0
            ? List.of()
            : bind(
                    em.createQuery(
                        "select p from Petition p where " + condition + " order by " + order,
                        Petition.class),
                    params)
                .setFirstResult((filter.page() - 1) * filter.size())
                .setMaxResults(filter.size())
                .getResultList();
    return new Page(total, exact, new ArrayList<>(items));
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
    params.forEach(query::setParameter);
    return query;
  }
}
