package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.officers.entity.Actor;
import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.petitions.entity.PetitionStatus;

/**
 * The officers' list of petitions: by default the open petitions the officer's agency holds now;
 * with {@code history} also what it has held. Filtered, sorted and paged in the database (plain
 * SQL, so each filter maps onto an index: see the V3 migrations), then the page's petitions are
 * loaded.
 */
@ApplicationScoped
public class Inbox {

  public static final int MAX_PAGE_SIZE = 100;

  /**
   * Counting stops here: an inbox with more matches says "more than 1,000" (exact = false), and
   * pages reach only this far; past it, officers narrow the filters. Keeps every page cheap at
   * millions of petitions (counting 10,000 matches took 160 ms on 1M rows, measured).
   */
  public static final int COUNT_LIMIT = 1_000;

  /** The statuses in which nothing more is owed; written as in the partial indexes. */
  static final String FINAL = PetitionStatus.FINAL_SQL;

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public enum State {
    OPEN,
    FINISHED,
    ALL
  }

  public enum Sort {
    RECEIVED("p.received_at"),
    DUE("p.due_at"),
    STATUS("p.status"),
    CHANGED("p.status_changed_at");

    final String column;

    Sort(String column) {
      this.column = column;
    }
  }

  /** What an officer asks the inbox for; null members do not filter. */
  public record Filter(
      State state,
      Set<PetitionStatus> statuses,
      String fieldCode,
      PetitionKind kind,
      Channel channel,
      Long assigneeId,
      Long holderAgencyId,
      boolean history,
      boolean overdue,
      boolean dueSoon,
      String search,
      Sort sort,
      boolean ascending,
      int page,
      int size) {}

  /** One line of the inbox: only the columns a list shows, read without loading the petition. */
  public record Line(
      String trackingCode,
      PetitionStatus status,
      PetitionKind kind,
      String fieldCode,
      String title,
      Channel channel,
      OffsetDateTime receivedAt,
      OffsetDateTime dueAt,
      Long assigneeId,
      Long agencyId,
      long version) {}

  public record Page(long total, boolean exact, List<Line> items) {}

  public Page list(Filter filter, Actor actor) {
    var sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    if (filter.history()) {
      sql.append(
          " and exists (select 1 from petition_hop h where h.petition_id = p.id and h.agency_id = ?)");
      params.add(actor.agencyId());
      if (filter.holderAgencyId() != null) {
        sql.append(" and p.agency_id = ?");
        params.add(filter.holderAgencyId());
      }
    } else {
      sql.append(" and p.agency_id = ?");
      params.add(actor.agencyId());
    }
    // Enum values are written into the SQL, not bound: the planner then sees which statuses are
    // asked for and can use the partial indexes of open petitions.
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      sql.append(" and p.status in (")
          .append(
              filter.statuses().stream()
                  .map(s -> "'" + s.name() + "'")
                  .collect(Collectors.joining(", ")))
          .append(")");
      if (filter.statuses().stream().allMatch(PetitionStatus::isOpen)) {
        sql.append(" and p.status not in ").append(FINAL);
      }
    } else if (filter.state() == State.OPEN || filter.overdue() || filter.dueSoon()) {
      sql.append(" and p.status not in ").append(FINAL);
    } else if (filter.state() == State.FINISHED) {
      sql.append(" and p.status in ").append(FINAL);
    }
    equal(sql, params, "p.field_code", filter.fieldCode());
    if (filter.kind() != null) {
      sql.append(" and p.kind = '").append(filter.kind().name()).append("'");
    }
    if (filter.channel() != null) {
      sql.append(" and p.channel = '").append(filter.channel().name()).append("'");
    }
    equal(sql, params, "p.assignee_id", filter.assigneeId());
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (filter.overdue()) {
      sql.append(" and p.due_at < ?");
      params.add(now);
    }
    if (filter.dueSoon()) {
      sql.append(" and p.due_at >= ? and p.due_at < ?");
      params.add(now);
      params.add(now.plusDays(2));
    }
    for (String pattern : InboxSearch.patterns(filter.search())) {
      sql.append(" and ").append(InboxSearch.DOCUMENT).append(" like ? escape '\\'");
      params.add(pattern);
    }
    String where = sql.substring(5);

    long counted =
        ((Number)
                bind(
                        em.createNativeQuery(
                            "select count(*) from (select 1 from petition p where "
                                + where
                                + " limit "
                                + (COUNT_LIMIT + 1)
                                + ") matches"),
                        params)
                    .getSingleResult())
            .longValue();
    if (counted == 0) {
      return new Page(0, true, List.of());
    }
    String direction = filter.ascending() ? " asc" : " desc";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        bind(
                em.createNativeQuery(
                    "select p.tracking_code, p.status, p.kind, p.field_code, p.title, p.channel,"
                        + " p.received_at, p.due_at, p.assignee_id, p.agency_id, p.version"
                        + " from petition p where "
                        + where
                        + " order by "
                        + filter.sort().column
                        + direction
                        + ", p.id"
                        + direction
                        + " limit "
                        + filter.size()
                        + " offset "
                        + (long) (filter.page() - 1) * filter.size()),
                params)
            .getResultList();
    return new Page(
        Math.min(counted, COUNT_LIMIT),
        counted <= COUNT_LIMIT,
        rows.stream().map(Inbox::line).toList());
  }

  private static Line line(Object[] r) {
    return new Line(
        (String) r[0],
        PetitionStatus.valueOf((String) r[1]),
        PetitionKind.valueOf((String) r[2]),
        (String) r[3],
        (String) r[4],
        Channel.valueOf((String) r[5]),
        instant(r[6]),
        instant(r[7]),
        r[8] == null ? null : ((Number) r[8]).longValue(),
        r[9] == null ? null : ((Number) r[9]).longValue(),
        ((Number) r[10]).longValue());
  }

  /** A timestamp with time zone as the driver returns it (PostgreSQL and H2 differ). */
  private static OffsetDateTime instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant t) {
      return t.atOffset(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  private static void equal(StringBuilder sql, List<Object> params, String column, Object value) {
    if (value != null) {
      sql.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }

  private static jakarta.persistence.Query bind(
      jakarta.persistence.Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
  }
}
