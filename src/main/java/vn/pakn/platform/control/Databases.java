package vn.pakn.platform.control;

/** What kind of database a JDBC URL names, for the few statements that differ. */
public final class Databases {

  private Databases() {}

  /**
   * PostgreSQL (row locks with {@code SKIP LOCKED}, partial indexes, several connections at once);
   * anything else is the embedded H2 default.
   */
  public static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
  }
}
