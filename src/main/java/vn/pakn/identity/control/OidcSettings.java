package vn.pakn.identity.control;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * One configured provider, from {@code pakn.oidc.<audience>.*}: no {@code issuer}, no provider.
 *
 * @param audience {@code officers} or {@code citizens}
 * @param name what the sign-in button says after "Đăng nhập bằng"
 * @param clientSecret empty for a public client (PKCE alone)
 * @param claim the claim that names the person in PAKN ({@code email} or {@code
 *     preferred_username})
 */
public record OidcSettings(
    String audience,
    URI issuer,
    String clientId,
    String clientSecret,
    String name,
    List<String> scopes,
    String claim,
    Duration timeout) {

  public static final String PREFIX = "pakn.oidc.";

  public static Optional<OidcSettings> from(Config config, String audience, String defaultScopes) {
    String prefix = PREFIX + audience + ".";
    Optional<String> issuer =
        config.getOptionalValue(prefix + "issuer", String.class).map(String::strip);
    if (issuer.isEmpty() || issuer.get().isEmpty()) {
      return Optional.empty();
    }
    URI uri = URI.create(issuer.get());
    String clientId =
        config
            .getOptionalValue(prefix + "clientId", String.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        prefix + "issuer is set but " + prefix + "clientId is missing"));
    return Optional.of(
        new OidcSettings(
            audience,
            uri,
            clientId,
            config.getOptionalValue(prefix + "clientSecret", String.class).orElse(""),
            config.getOptionalValue(prefix + "name", String.class).orElse(uri.getHost()),
            List.of(
                config
                    .getOptionalValue(prefix + "scopes", String.class)
                    .orElse(defaultScopes)
                    .strip()
                    .split("[\\s,]+")),
            config.getOptionalValue(prefix + "claim", String.class).orElse("email"),
            config
                .getOptionalValue(PREFIX + "timeout", String.class)
                .map(Duration::parse)
                .orElse(Duration.ofSeconds(5))));
  }
}
