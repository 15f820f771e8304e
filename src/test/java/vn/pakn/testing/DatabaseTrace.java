package vn.pakn.testing;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts of the tables a filing writes, to prove a refused request left nothing behind. */
public final class DatabaseTrace {

  private static final String[] TABLES = {"petition", "petition_event", "petition_attachment"};

  private DatabaseTrace() {}

  public static Map<String, Long> counts() {
    var counts = new LinkedHashMap<String, Long>();
    try (var connection = TestDatabase.dataSource().getConnection();
        var statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (var rows = statement.executeQuery("select count(*) from " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}
