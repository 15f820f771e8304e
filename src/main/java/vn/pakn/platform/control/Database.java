package vn.pakn.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Its driver, URL and credentials come from MicroProfile Config ({@code
 * PAKN_DB_DRIVER}, {@code PAKN_DB_URL}, {@code PAKN_DB_USER}, {@code PAKN_DB_PASSWORD}); the
 * defaults in {@code META-INF/microprofile-config.properties} give an H2 file database under {@code
 * ./data} so the app runs with no configuration at all.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=pakn.db.driver}",
    url = "${MPCONFIG=pakn.db.url}",
    user = "${MPCONFIG=pakn.db.user}",
    password = "${MPCONFIG=pakn.db.password}",
    minPoolSize = 2,
    maxPoolSize = 48)
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/pakn";
}
