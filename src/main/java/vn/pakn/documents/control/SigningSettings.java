package vn.pakn.documents.control;

import eu.europa.esig.dss.model.x509.CertificateToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the signing keys, the time-stamp authority and the trust anchors are, from MicroProfile
 * Config (environment variables in production). Keys and passwords are read from files or the
 * configuration, never from the database.
 *
 * <ul>
 *   <li>{@code pakn.documents.agency.<CODE>.keystore}: the agency's PKCS#12 file; {@code .password}
 *       or {@code .passwordFile}; {@code .alias} (optional);
 *   <li>or {@code pakn.documents.agency.<CODE>.csc.url} with {@code .csc.credentialId}, {@code
 *       .csc.token} or {@code .csc.tokenFile}, {@code .csc.pin} or {@code .csc.pinFile}: a remote
 *       signing account (Cloud Signature Consortium API v2);
 *   <li>{@code pakn.documents.agency.<CODE>.signerTitle}: the title printed above the signer's
 *       name;
 *   <li>{@code pakn.documents.tsa.url}: an RFC 3161 time-stamp authority (B-T signatures; B-B
 *       without);
 *   <li>{@code pakn.documents.trustAnchors}: certificate files (PEM or DER), comma-separated, that
 *       validation trusts — the government CA's root in production.
 * </ul>
 */
@ApplicationScoped
public class SigningSettings {

  private static final String PREFIX = "pakn.documents.";

  private final Map<String, Optional<SigningKey>> keys = new ConcurrentHashMap<>();

  private static Config config() {
    return ConfigProvider.getConfig();
  }

  private static Optional<String> value(String key) {
    return config().getOptionalValue(PREFIX + key, String.class).filter(v -> !v.isBlank());
  }

  /** The agency's signing key, or empty when the agency has none configured (answers unsigned). */
  public Optional<SigningKey> keyOf(String agencyCode) {
    return keys.computeIfAbsent(agencyCode, SigningSettings::load);
  }

  private static Optional<SigningKey> load(String code) {
    String base = "agency." + code + ".";
    Optional<String> keystore = value(base + "keystore");
    if (keystore.isPresent()) {
      char[] password = secret(base + "password").orElse("").toCharArray();
      return Optional.of(
          new KeystoreSigningKey(
              Path.of(keystore.get()), password, value(base + "alias").orElse(null)));
    }
    Optional<String> csc = value(base + "csc.url");
    if (csc.isPresent()) {
      return Optional.of(
          new CscSigningKey(
              csc.get(),
              value(base + "csc.credentialId")
                  .orElseThrow(
                      () -> new IllegalStateException(PREFIX + base + "csc.credentialId missing")),
              secret(base + "csc.token").orElse(null),
              secret(base + "csc.pin").orElse(null),
              timeout()));
    }
    return Optional.empty();
  }

  /** A secret given in the configuration, or in the file that {@code key + "File"} names. */
  private static Optional<String> secret(String key) {
    Optional<String> direct = value(key);
    if (direct.isPresent()) {
      return direct;
    }
    return value(key + "File")
        .map(
            file -> {
              try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
              }
            });
  }

  public String signerTitle(String agencyCode) {
    return value("agency." + agencyCode + ".signerTitle").orElse("Thủ trưởng cơ quan");
  }

  /** The place name printed before the date ("Sơn La, ngày …"). */
  public String place() {
    return value("place").orElse("Sơn La");
  }

  public Optional<String> timestampAuthority() {
    return value("tsa.url");
  }

  /** Also sign B-LT (revocation data embedded) when a time-stamp authority is configured. */
  public boolean longTerm() {
    return value("longTerm").map(Boolean::parseBoolean).orElse(false);
  }

  public static Duration timeout() {
    return value("timeout").map(Duration::parse).orElse(Duration.ofSeconds(10));
  }

  /** The largest PDF the validation endpoint reads. */
  public long maxValidationBytes() {
    return value("maxValidationBytes").map(Long::parseLong).orElse(20L * 1024 * 1024);
  }

  public List<CertificateToken> trustAnchors() {
    List<CertificateToken> anchors = new ArrayList<>();
    for (String file : value("trustAnchors").orElse("").split(",")) {
      if (file.isBlank()) {
        continue;
      }
      try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
        for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          anchors.add(new CertificateToken((X509Certificate) certificate));
        }
      } catch (IOException | CertificateException e) {
        throw new IllegalStateException("cannot read the trust anchor " + file + ": " + e, e);
      }
    }
    return anchors;
  }
}
