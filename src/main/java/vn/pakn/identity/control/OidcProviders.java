package vn.pakn.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** The configured providers: officers' ({@code pakn.oidc.officers.*}) and citizens'. */
@ApplicationScoped
public class OidcProviders {

  private OidcProvider officers;
  private OidcProvider citizens;

  @PostConstruct
  void configure() {
    var config = ConfigProvider.getConfig();
    officers =
        OidcSettings.from(config, "officers", "openid email profile")
            .map(OidcProvider::new)
            .orElse(null);
    citizens =
        OidcSettings.from(config, "citizens", "openid email profile phone")
            .map(OidcProvider::new)
            .orElse(null);
  }

  public Optional<OidcProvider> officers() {
    return Optional.ofNullable(officers);
  }

  public Optional<OidcProvider> citizens() {
    return Optional.ofNullable(citizens);
  }
}
