package vn.pakn.testing;

import java.sql.SQLException;

/** Direct statements on the test database, for fixtures the API cannot make (time travel). */
public final class Sql {

  private Sql() {}

  public static int update(String sql, Object... params) {
    try (var c = TestDatabase.dataSource().getConnection();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static long number(String sql, Object... params) {
    try (var c = TestDatabase.dataSource().getConnection();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** An officer with the demo password, made directly in the database. */
  public static void officer(String username, String agencyCode, String... roles) {
    update(
        "insert into officer (id, version, username, display_name, agency_id, password_hash, active,"
            + " failed_sign_ins, created_at) select nextval('officer_seq'), 1, ?, ?, a.id,"
            + " o.password_hash, true, 0, now() from agency a, officer o where a.code = ? and"
            + " o.username = 'leader'",
        username,
        username,
        agencyCode);
    for (String role : roles) {
      update(
          "insert into officer_role (officer_id, role) select id, ? from officer where username = ?",
          role,
          username);
    }
  }
}
