package vn.pakn.operations.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.pakn.operations.control.OperationalFigures.OutboxCount;
import vn.pakn.operations.control.OperationalFigures.PetitionCount;
import vn.pakn.operations.control.OperationalFigures.SearchFigures;
import vn.pakn.platform.control.Database;
import vn.pakn.search.control.AnswerSearch;

/**
 * Reads the operational figures from the database in one connection, with grouped queries on
 * indexed or small sets of rows; the same SQL runs on PostgreSQL and H2. Only reads, and takes no
 * row locks; the pooled connection is left as it was found (never marked read-only, which would
 * outlive this use in the pool).
 */
@ApplicationScoped
public class DatabaseFigures {

  /** Outbox statuses of a message still to be sent. */
  static final Set<String> WAITING = Set.of("QUEUED", "SENDING");

  /** The outbox has one channel today; SMS will be a second one of the same table. */
  static final String MAIL = "mail";

  /** "Due soon" for the clocks figure: due within this many hours (two calendar days). */
  static final Duration DUE_SOON = Duration.ofHours(48);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject AnswerSearch search;

  Clock clock = Clock.systemUTC();

  public OperationalFigures read() {
    long started = System.nanoTime();
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection()) {
      var petitions = petitions(c);
      long published = single(c, "select count(*) from public_answer where published = true");
      long[] clocks = clocks(c, now);
      var outbox = outbox(c);
      long locked =
          single(c, "select count(*) from officer where locked_until > ?", Timestamp.from(now));
      long pendingFailures =
          single(c, "select coalesce(sum(failed_sign_ins), 0) from officer where active = true");
      var quarantined = quarantined(c);
      return new OperationalFigures(
          now,
          (System.nanoTime() - started) / 1e9,
          petitions,
          published,
          clocks[0],
          clocks[1],
          outbox,
          locked,
          pendingFailures,
          quarantined,
          search());
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the operational figures", e);
    }
  }

  private static List<PetitionCount> petitions(Connection c) throws SQLException {
    var rows = new ArrayList<PetitionCount>();
    try (var s =
            c.prepareStatement(
                "select p.status, p.channel, coalesce(a.level, 'NONE'), count(*) from petition p"
                    + " left join agency a on a.id = p.agency_id"
                    + " group by p.status, p.channel, a.level");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(new PetitionCount(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
      }
    }
    return rows;
  }

  private static long[] clocks(Connection c, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select coalesce(sum(case when due_at < ? then 1 else 0 end), 0),"
                + " coalesce(sum(case when due_at >= ? and due_at < ? then 1 else 0 end), 0)"
                + " from stage_clock where finished_at is null and paused_at is null")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setTimestamp(2, Timestamp.from(now));
      s.setTimestamp(3, Timestamp.from(now.plus(DUE_SOON)));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new long[] {r.getLong(1), r.getLong(2)};
      }
    }
  }

  private static List<OutboxCount> outbox(Connection c) throws SQLException {
    var rows = new ArrayList<OutboxCount>();
    try (var s =
            c.prepareStatement(
                "select status, count(*), min(created_at) from mail_outbox"
                    + " where status in ('QUEUED', 'SENDING', 'FAILED') group by status");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        OffsetDateTime oldest = r.getObject(3, OffsetDateTime.class);
        rows.add(
            new OutboxCount(
                MAIL,
                r.getString(1),
                r.getLong(2),
                oldest == null ? null : oldest.withOffsetSameInstant(ZoneOffset.UTC).toInstant()));
      }
    }
    return rows;
  }

  private static Map<String, Long> quarantined(Connection c) throws SQLException {
    var rows = new TreeMap<String, Long>();
    try (var s =
            c.prepareStatement("select reason, count(*) from survey_quarantine group by reason");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.put(r.getString(1), r.getLong(2));
      }
    }
    return rows;
  }

  private static long single(Connection c, String sql, Object... parameters) throws SQLException {
    try (var s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  private SearchFigures search() {
    AnswerSearch.Status s = search.status();
    var rebuild = s.rebuild();
    boolean running = s.state() == AnswerSearch.State.REBUILDING && rebuild != null;
    return new SearchFigures(
        s.state().name(),
        s.indexSequence(),
        s.databaseSequence(),
        s.documents(),
        running ? rebuild.done() : 0,
        running ? rebuild.total() : 0);
  }
}
