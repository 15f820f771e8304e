package vn.pakn.platform.boundary;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (down, restarting, refusing connections, the pool unable
 * to hand out a connection) from an error in a request, by what the driver and the pool report.
 */
final class DatabaseOutage {

  /**
   * SQLSTATE class 08 (connection exception) and PostgreSQL's admin shutdown, crash shutdown,
   * cannot connect now and too many connections.
   */
  private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  /** How the application server's pool reports that it could not get a connection. */
  private static final Set<String> POOL_FAILURES =
      Set.of(
          "jakarta.resource.spi.ResourceAllocationException",
          "com.sun.appserv.connectors.internal.api.PoolingException",
          "com.sun.enterprise.resource.pool.PoolingException");

  private DatabaseOutage() {}

  static boolean isOutage(Throwable t) {
    if (t instanceof jakarta.transaction.SystemException) {
      // the transaction manager could not complete a commit: its resource, the database, failed
      return true;
    }
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state))) {
        return true;
      }
      String message = sql.getMessage();
      if (message != null && message.startsWith("Error in allocating a connection")) {
        return true;
      }
    }
    return POOL_FAILURES.contains(t.getClass().getName());
  }
}
