package vn.pakn.documents.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;

/** A signing key read from a PKCS#12 file (the agency's organisation certificate). */
public class KeystoreSigningKey implements SigningKey {

  private final Pkcs12SignatureToken token;
  private final DSSPrivateKeyEntry entry;

  /**
   * @param alias the entry to use, or {@code null} for the first private key in the file
   */
  public KeystoreSigningKey(Path file, char[] password, String alias) {
    try {
      this.token =
          new Pkcs12SignatureToken(
              Files.readAllBytes(file), new KeyStore.PasswordProtection(password));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the keystore " + file, e);
    } finally {
      Arrays.fill(password, '\0');
    }
    this.entry =
        alias == null || alias.isBlank()
            ? token.getKeys().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " holds no private key"))
            : token.getKey(alias);
    if (entry == null) {
      throw new IllegalArgumentException(file + " has no private key named " + alias);
    }
  }

  @Override
  public CertificateToken certificate() {
    return entry.getCertificate();
  }

  @Override
  public List<CertificateToken> chain() {
    return List.of(entry.getCertificateChain());
  }

  @Override
  public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
    return token.sign(data, digest, entry);
  }
}
