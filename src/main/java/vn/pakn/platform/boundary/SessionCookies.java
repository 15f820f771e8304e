package vn.pakn.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The officers' session cookie: never readable by scripts, {@code SameSite=Lax} always (a request
 * started by another site carries no session), and {@code Secure} when configured — by default when
 * the public base URL is https, i.e. when the site is served behind TLS.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  static final String SECURE_KEY = "pakn.session.secureCookie";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(secure(ConfigProvider.getConfig()));
  }

  static boolean secure(Config config) {
    Optional<Boolean> configured = config.getOptionalValue(SECURE_KEY, Boolean.class);
    return configured.orElseGet(
        () ->
            config
                .getOptionalValue("pakn.publicBaseUrl", String.class)
                .map(url -> url.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https:"))
                .orElse(false));
  }
}
