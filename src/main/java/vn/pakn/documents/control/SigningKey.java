package vn.pakn.documents.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.List;

/**
 * An agency's signing key wherever it lives: a PKCS#12 keystore on the server ({@link
 * KeystoreSigningKey}) or a remote signing service speaking the Cloud Signature Consortium API v2
 * ({@link CscSigningKey}, ký số từ xa). The private key never leaves it; it signs the data DSS
 * prepares.
 */
public interface SigningKey {

  CertificateToken certificate();

  /** The signer's certificate first, then the issuers up to (not necessarily including) a root. */
  List<CertificateToken> chain();

  SignatureValue sign(ToBeSigned data, DigestAlgorithm digest);
}
