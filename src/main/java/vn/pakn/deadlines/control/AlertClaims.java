package vn.pakn.deadlines.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.deadlines.entity.AlertLevel;
import vn.pakn.deadlines.entity.Stage;

/**
 * The reminder sweep's SQL, set-based and plain JDBC (the benchmark runs it without a container):
 * one statement claims a batch of clocks whose next threshold has passed — row locks that skip rows
 * another node holds ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, plain {@code FOR UPDATE} on H2)
 * — and computes the level each reached; one statement records the levels and the next thresholds.
 * Run inside a transaction: the claim holds until it commits, so a second node or a second run
 * finds nothing to send twice.
 */
public final class AlertClaims {

  /** A clock that reached {@code level} (above {@code previous}). */
  public record Crossing(
      long clockId,
      long petitionId,
      Stage stage,
      Long agencyId,
      AlertLevel previous,
      AlertLevel level,
      Instant due) {}

  /** The level reached at ?1, never below the one recorded. */
  private static final String LEVEL =
      "greatest(alert_level, case when due_at <= ?1 then 4 when last_day_at <= ?1 then 3"
          + " when eighty_at <= ?1 then 2 when half_at <= ?1 then 1 else 0 end)";

  private AlertClaims() {}

  /**
   * Claims up to {@code max} clocks due for an alert at {@code now} and records their new level.
   *
   * @return the clocks claimed, including those whose level did not rise (their next threshold was
   *     stale); callers alert only on {@code level > previous}
   */
  public static List<Crossing> claim(Connection c, Instant now, int max, boolean postgres)
      throws SQLException {
    return postgres ? claimOnPostgres(c, now, max) : claimWithTwoStatements(c, now, max);
  }

  /** The next threshold above {@code level} (an SQL expression of the new level). */
  private static String next(String level, String table) {
    return "case "
        + level
        + " when 0 then least("
        + table
        + "half_at, "
        + table
        + "last_day_at) when 1 then least("
        + table
        + "eighty_at, "
        + table
        + "last_day_at) when 2 then "
        + table
        + "last_day_at when 3 then "
        + table
        + "due_at else null end";
  }

  /** PostgreSQL: claim and record in one statement ({@code UPDATE … FROM … RETURNING}). */
  static List<Crossing> claimOnPostgres(Connection c, Instant now, int max) throws SQLException {
    Timestamp at = Timestamp.from(now);
    String sql =
        "with claimed as (select id, alert_level as previous, "
            + LEVEL.replace("?1", "?")
            + " as reached from stage_clock"
            + " where next_alert_at <= ? and finished_at is null and paused_at is null"
            + " order by next_alert_at limit ? for update skip locked)"
            + " update stage_clock c set alert_level = claimed.reached, next_alert_at = "
            + next("claimed.reached", "c.")
            + " from claimed where c.id = claimed.id"
            + " returning c.id, c.petition_id, c.stage, c.agency_id, claimed.previous,"
            + " claimed.reached, c.due_at";
    List<Crossing> claimed = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= 5; i++) {
        s.setTimestamp(i, at);
      }
      s.setInt(6, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          claimed.add(crossing(r));
        }
      }
    }
    return claimed;
  }

  private static Crossing crossing(ResultSet r) throws SQLException {
    long agency = r.getLong(4);
    Long agencyId = r.wasNull() ? null : agency;
    return new Crossing(
        r.getLong(1),
        r.getLong(2),
        Stage.valueOf(r.getString(3)),
        agencyId,
        AlertLevel.of(r.getInt(5)),
        AlertLevel.of(r.getInt(6)),
        r.getTimestamp(7).toInstant());
  }

  /** H2 (no {@code SKIP LOCKED}, no {@code RETURNING}): a locking select, then an update. */
  static List<Crossing> claimWithTwoStatements(Connection c, Instant now, int max)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    List<Crossing> claimed = new ArrayList<>();
    String select =
        "select id, petition_id, stage, agency_id, alert_level, "
            + LEVEL.replace("?1", "?")
            + " as reached, due_at from stage_clock"
            + " where next_alert_at <= ? and finished_at is null and paused_at is null"
            + " order by next_alert_at limit ?"
            + " for update";
    try (PreparedStatement s = c.prepareStatement(select)) {
      for (int i = 1; i <= 5; i++) {
        s.setTimestamp(i, at);
      }
      s.setInt(6, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          claimed.add(crossing(r));
        }
      }
    }
    if (claimed.isEmpty()) {
      return claimed;
    }
    StringBuilder ids = new StringBuilder();
    for (Crossing crossing : claimed) {
      ids.append(ids.length() == 0 ? "" : ",").append(crossing.clockId());
    }
    // the next threshold above the level just recorded: the same expression, one step on
    String update =
        "update stage_clock set alert_level = "
            + LEVEL
            + ", next_alert_at = "
            + next(LEVEL, "")
            + " where id in ("
            + ids
            + ")";
    String sql = update.replace("?1", "?");
    try (PreparedStatement u = c.prepareStatement(sql)) {
      int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
      for (int i = 1; i <= parameters; i++) {
        u.setTimestamp(i, at);
      }
      u.executeUpdate();
    }
    return claimed;
  }
}
