package vn.pakn.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before the application serves anything. What only
 * PostgreSQL can do (partial indexes) is a second location, applied there alone. The demo data (a
 * province with agencies) is a second migration location, applied only when demo data is on: by
 * default exactly when the database is the embedded H2 one, never on a configured production
 * database.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "pakn.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "pakn.demo", defaultValue = "auto")
  String demo;

  private volatile boolean done;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (Databases.isPostgres(url)) {
      locations.add("classpath:db/postgresql");
    }
    if (demoEnabled()) {
      locations.add("classpath:db/demo");
    }
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .load()
            .migrate();
    LOG.info(
        () ->
            "database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied, demo data "
                + (demoEnabled() ? "on" : "off")
                + ")");
    done = true;
  }

  public boolean demoEnabled() {
    return switch (demo.trim().toLowerCase()) {
      case "true", "on", "yes" -> true;
      case "false", "off", "no" -> false;
      default -> url.startsWith("jdbc:h2:");
    };
  }

  public boolean done() {
    return done;
  }
}
