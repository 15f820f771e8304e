package vn.pakn.deadlines.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.deadlines.entity.AlertLevel;

/**
 * The sweep's SQL on H2, the embedded default (the container tests run it on PostgreSQL): the
 * migrations apply, levels rise to the highest threshold passed and never fall, the next threshold
 * follows, and a second claim finds nothing.
 */
class AlertClaimsH2Test {

  static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

  Connection c;

  @BeforeEach
  void database() throws SQLException {
    String url = "jdbc:h2:mem:alerts" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    c = DriverManager.getConnection(url, "sa", "");
    try (Statement s = c.createStatement()) {
      s.execute("set referential_integrity false");
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  /** A clock whose thresholds are {@code hours} from NOW (half, 80 %, last day, due). */
  void clock(long id, int level, Integer paused, double... hours) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into stage_clock (id, petition_id, stage, agency_id, policy_id, working_days,"
                + " started_at, half_at, eighty_at, last_day_at, due_at, paused_at, alert_level,"
                + " next_alert_at) values (?, ?, 'ANSWER', 7, 4, 10, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setLong(2, 100 + id);
      s.setTimestamp(3, at(-240));
      for (int i = 0; i < 4; i++) {
        s.setTimestamp(4 + i, at(hours[i]));
      }
      s.setTimestamp(8, paused == null ? null : at(-1));
      s.setInt(9, level);
      s.setTimestamp(10, at(hours[level]));
      s.executeUpdate();
    }
  }

  static Timestamp at(double hours) {
    return Timestamp.from(NOW.plus(Duration.ofMinutes(Math.round(hours * 60))));
  }

  @Test
  void eachClockReachesItsHighestLevelOnceAndWaitsForItsNextThreshold() throws SQLException {
    clock(1, 0, null, -1, 24, 48, 72); // half passed
    clock(2, 0, null, -50, -30, -10, 5); // down time: straight to the last day
    clock(3, 1, null, -50, -1, 20, 30); // 80 % passed
    clock(4, 3, null, -50, -40, -30, -1); // overdue
    clock(5, 0, null, 1, 2, 3, 4); // nothing yet
    clock(6, 0, 1, -5, 2, 3, 4); // paused: no alerts
    c.setAutoCommit(false);

    List<AlertClaims.Crossing> crossed = AlertClaims.claim(c, NOW, 100, false);
    c.commit();

    assertThat(crossed)
        .extracting(x -> x.clockId() + " " + x.previous() + "→" + x.level())
        .containsExactlyInAnyOrder(
            "1 NONE→HALF", "2 NONE→LAST_DAY", "3 HALF→EIGHTY_PERCENT", "4 LAST_DAY→OVERDUE");
    assertThat(levels()).containsExactly("1 1 24", "2 3 5", "3 2 20", "4 4 -", "5 0 1", "6 0 -5");
    assertThat(AlertClaims.claim(c, NOW, 100, false)).isEmpty();
    assertThat(AlertClaims.claim(c, NOW.plus(Duration.ofHours(25)), 100, false))
        .extracting(x -> x.clockId() + " " + x.level())
        .containsExactlyInAnyOrder("1 EIGHTY_PERCENT", "2 OVERDUE", "3 LAST_DAY", "5 OVERDUE");
  }

  @Test
  void batchesAreLimited() throws SQLException {
    for (int i = 1; i <= 7; i++) {
      clock(i, 0, null, -1, 24, 48, 72);
    }
    c.setAutoCommit(false);
    assertThat(AlertClaims.claim(c, NOW, 5, false)).hasSize(5);
    assertThat(AlertClaims.claim(c, NOW, 5, false))
        .hasSize(2)
        .allMatch(x -> x.level() == AlertLevel.HALF);
  }

  /** id, level and hours from NOW to the next alert, per clock. */
  private List<String> levels() throws SQLException {
    var rows = new java.util.ArrayList<String>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select id, alert_level, next_alert_at from stage_clock order by id")) {
      while (r.next()) {
        Timestamp next = r.getTimestamp(3);
        rows.add(
            r.getLong(1)
                + " "
                + r.getInt(2)
                + " "
                + (next == null
                    ? "-"
                    : String.valueOf(Duration.between(NOW, next.toInstant()).toHours())));
      }
    }
    return rows;
  }
}
