package vn.pakn.documents.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Signs a PDF with a PAdES baseline signature (ETSI EN 319 142-1) made by the EU DSS library: B-B,
 * B-T when a time-stamp authority gives the signing time (RFC 3161), B-LT when asked and the
 * revocation data of the chain can be fetched, so the document can still be checked after the
 * certificate expired. The signature is invisible; the letter itself says "(Đã ký số)" under the
 * signer's title. The signature is an incremental update, so the signed PDF/A stays PDF/A.
 */
public class PadesSigning {

  private final Optional<String> timestampAuthority;
  private final boolean longTerm;
  private final List<CertificateToken> trustAnchors;
  private final Duration timeout;

  public PadesSigning(
      Optional<String> timestampAuthority,
      boolean longTerm,
      List<CertificateToken> trustAnchors,
      Duration timeout) {
    this.timestampAuthority = timestampAuthority;
    this.longTerm = longTerm && timestampAuthority.isPresent();
    this.trustAnchors = trustAnchors;
    this.timeout = timeout;
  }

  public SignatureLevel level() {
    if (timestampAuthority.isEmpty()) {
      return SignatureLevel.PAdES_BASELINE_B;
    }
    return longTerm ? SignatureLevel.PAdES_BASELINE_LT : SignatureLevel.PAdES_BASELINE_T;
  }

  /**
   * @param signingTime the claimed signing time (the time-stamp, when there is one, proves it)
   */
  public byte[] sign(
      byte[] pdf,
      SigningKey key,
      String signerName,
      String reason,
      String location,
      Instant signingTime) {
    PAdESService service = new PAdESService(verifier());
    timestampAuthority.ifPresent(
        url -> {
          OnlineTSPSource tsp = new OnlineTSPSource(url);
          tsp.setDataLoader(timeoutLoader(new TimestampDataLoader()));
          service.setTspSource(tsp);
        });
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(level());
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(key.certificate());
    parameters.setCertificateChain(key.chain());
    parameters.setSignerName(signerName);
    parameters.setReason(reason);
    parameters.setLocation(location);
    parameters.bLevel().setSigningDate(Date.from(signingTime));
    DSSDocument document = new InMemoryDocument(pdf, "answer.pdf");
    ToBeSigned data = service.getDataToSign(document, parameters);
    SignatureValue value = key.sign(data, parameters.getDigestAlgorithm());
    DSSDocument signed = service.signDocument(document, parameters, value);
    var out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
    try {
      signed.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private CommonCertificateVerifier verifier() {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    if (longTerm) {
      CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
      trustAnchors.forEach(trusted::addCertificate);
      verifier.setTrustedCertSources(trusted);
      OnlineCRLSource crl = new OnlineCRLSource();
      crl.setDataLoader(timeoutLoader(new CommonsDataLoader()));
      verifier.setCrlSource(crl);
      OnlineOCSPSource ocsp = new OnlineOCSPSource();
      ocsp.setDataLoader(timeoutLoader(new OCSPDataLoader()));
      verifier.setOcspSource(ocsp);
    }
    return verifier;
  }

  private <T extends CommonsDataLoader> T timeoutLoader(T loader) {
    int millis = (int) timeout.toMillis();
    loader.setTimeoutConnection(millis);
    loader.setTimeoutConnectionRequest(millis);
    loader.setTimeoutResponse(millis);
    loader.setTimeoutSocket(millis);
    return loader;
  }
}
