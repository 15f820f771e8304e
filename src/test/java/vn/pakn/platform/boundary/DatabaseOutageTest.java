package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void connectionFailuresAndServerShutdownsAreOutages() {
    assertThat(DatabaseOutage.isOutage(new SQLException("refused", "08001"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("broken", "08006"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("admin shutdown", "57P01"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("starting up", "57P03"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("too many clients", "53300"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLTransientConnectionException("timeout"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLNonTransientConnectionException("closed"))).isTrue();
    assertThat(
            DatabaseOutage.isOutage(
                new SQLException(
                    "Error in allocating a connection. Cause: Connection could not be allocated")))
        .isTrue();
  }

  @Test
  void errorsOfTheRequestItselfAreNot() {
    assertThat(DatabaseOutage.isOutage(new SQLException("unique violation", "23505"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("syntax", "42601"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("no state"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new IllegalStateException("x"))).isFalse();
  }
}
