package vn.pakn.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Its driver, URL and credentials come from MicroProfile Config ({@code
 * PAKN_DB_DRIVER}, {@code PAKN_DB_URL}, {@code PAKN_DB_USER}, {@code PAKN_DB_PASSWORD}); the
 * defaults in {@code META-INF/microprofile-config.properties} give an H2 file database under {@code
 * ./data} so the app runs with no configuration at all.
 *
 * <p>When the database goes away and comes back, the pool must not hand out dead connections: each
 * connection is validated ({@code Connection.isValid}) when it is taken, one failed validation
 * drops every pooled connection at once, and a caller waits at most five seconds for a connection,
 * so a request during an outage fails fast (answered 503) and the first request after the return
 * gets a fresh connection.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=pakn.db.driver}",
    url = "${MPCONFIG=pakn.db.url}",
    user = "${MPCONFIG=pakn.db.user}",
    password = "${MPCONFIG=pakn.db.password}",
    minPoolSize = 2,
    maxPoolSize = 48,
    loginTimeout = 5,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000",
      "fish.payara.connection-creation-retry-attempts=0"
    })
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/pakn";
}
