package vn.pakn.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.pakn.platform.control.Database;
import vn.pakn.platform.control.DatabaseMigrations;

/** Ready when the schema is migrated and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject DatabaseMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("database");
    if (!migrations.done()) {
      return check.down().withData("migrations", "pending").build();
    }
    try (var connection = dataSource.getConnection()) {
      return check.status(connection.isValid(2)).build();
    } catch (SQLException e) {
      return check.down().withData("error", e.getSQLState() == null ? "" : e.getSQLState()).build();
    }
  }
}
