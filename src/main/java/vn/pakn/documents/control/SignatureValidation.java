package vn.pakn.documents.control;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Validates the PAdES signatures of a PDF with the EU DSS library and its default validation policy
 * (ETSI EN 319 102-1), trusting only the configured anchors, and says in plain terms what it found:
 * who signed, for which organisation, when, whether the document was changed after signing, whether
 * the certificate chains to a trust anchor and was valid then.
 *
 * <p>A document is never "valid" unless DSS says TOTAL_PASSED <em>and</em> nothing but signatures,
 * time-stamps and validation data was added after the signature (an incremental update that adds
 * content is "changed after signing", even when DSS itself would only warn). Revocation data is
 * fetched only for chains that reach a trust anchor, so a hostile document cannot make the server
 * call addresses of its choosing.
 */
public class SignatureValidation {

  private static final Set<SubIndication> EXPIRED =
      EnumSet.of(
          SubIndication.OUT_OF_BOUNDS_NO_POE,
          SubIndication.OUT_OF_BOUNDS_NOT_REVOKED,
          SubIndication.EXPIRED,
          SubIndication.NOT_YET_VALID);
  private static final Set<SubIndication> REVOKED =
      EnumSet.of(
          SubIndication.REVOKED, SubIndication.REVOKED_NO_POE, SubIndication.REVOKED_CA_NO_POE);
  private static final Set<SubIndication> BROKEN =
      EnumSet.of(SubIndication.HASH_FAILURE, SubIndication.SIG_CRYPTO_FAILURE);

  private final CommonTrustedCertificateSource trusted;
  private final Duration timeout;

  public SignatureValidation(List<CertificateToken> trustAnchors, Duration timeout) {
    this.trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(trusted::addCertificate);
    this.timeout = timeout;
  }

  /**
   * @throws RuntimeException (or {@link StackOverflowError}) when the bytes cannot be read as a PDF
   */
  public ValidationReport validate(byte[] pdf) {
    PDFDocumentValidator validator =
        new PDFDocumentValidator(new InMemoryDocument(pdf, "document.pdf"));
    validator.setCertificateVerifier(verifier());
    Reports reports = validator.validateDocument();
    SimpleReport simple = reports.getSimpleReport();
    DiagnosticData diagnostic = reports.getDiagnosticData();
    List<SignatureFinding> findings = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (String id : simple.getSignatureIdList()) {
      findings.add(finding(id, simple, diagnostic));
      simple.getAdESValidationErrors(id).stream().map(Message::getValue).forEach(messages::add);
      simple.getAdESValidationWarnings(id).stream().map(Message::getValue).forEach(messages::add);
    }
    Verdict overall =
        findings.stream()
            .map(SignatureFinding::verdict)
            .max(Comparator.naturalOrder())
            .orElse(Verdict.NO_SIGNATURE);
    return new ValidationReport(
        overall, List.copyOf(findings), reports.getXmlSimpleReport(), List.copyOf(messages));
  }

  private SignatureFinding finding(String id, SimpleReport simple, DiagnosticData diagnostic) {
    SignatureWrapper signature = diagnostic.getSignatureById(id);
    Indication indication = simple.getIndication(id);
    SubIndication sub = simple.getSubIndication(id);
    CertificateWrapper certificate = signature.getSigningCertificate();
    Date best = simple.getBestSignatureTime(id);
    Instant signedAt =
        best != null
            ? best.toInstant()
            : signature.getClaimedSigningTime() == null
                ? null
                : signature.getClaimedSigningTime().toInstant();
    boolean intact =
        signature.isSignatureIntact()
            && signature.getDigestMatchers().stream().allMatch(m -> m.isDataIntact())
            && (sub == null || !BROKEN.contains(sub));
    boolean changed = !intact || contentAddedAfter(signature.getPDFRevision());
    boolean trustedChain = signature.isTrustedChain();
    boolean inValidity =
        certificate != null
            && signedAt != null
            && !signedAt.isBefore(certificate.getNotBefore().toInstant())
            && !signedAt.isAfter(certificate.getNotAfter().toInstant());
    boolean revoked = sub != null && REVOKED.contains(sub);
    Verdict verdict;
    String reason;
    if (changed) {
      verdict = Verdict.CHANGED;
      reason = "changed";
    } else if (indication == Indication.TOTAL_PASSED || indication == Indication.PASSED) {
      verdict = Verdict.VALID;
      reason = "valid";
    } else if (revoked) {
      verdict = Verdict.INVALID;
      reason = "revoked";
    } else if ((sub != null && EXPIRED.contains(sub)) || (certificate != null && !inValidity)) {
      verdict = Verdict.INVALID;
      reason = "expired";
    } else if (!trustedChain || sub == SubIndication.NO_CERTIFICATE_CHAIN_FOUND) {
      verdict = Verdict.CANNOT_CONFIRM;
      reason = "untrusted";
    } else if (sub == SubIndication.TRY_LATER
        || sub == SubIndication.REVOCATION_OUT_OF_BOUNDS_NO_POE) {
      verdict = Verdict.CANNOT_CONFIRM;
      reason = "revocation-unavailable";
    } else if (indication == Indication.TOTAL_FAILED || indication == Indication.FAILED) {
      verdict = Verdict.INVALID;
      reason = sub == SubIndication.FORMAT_FAILURE ? "broken" : "other";
    } else {
      verdict = Verdict.CANNOT_CONFIRM;
      reason = "other";
    }
    return new SignatureFinding(
        verdict,
        reason,
        simple.getSignedBy(id),
        certificate == null ? null : certificate.getOrganizationName(),
        signedAt,
        !simple.getSignatureTimestamps(id).isEmpty(),
        simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).toString(),
        changed,
        trustedChain,
        inValidity && !revoked,
        indication == null ? null : indication.name(),
        sub == null ? null : sub.name());
  }

  /** Content, annotations or visible differences added by a revision after the signature. */
  private static boolean contentAddedAfter(PDFRevisionWrapper revision) {
    if (revision == null) {
      return false;
    }
    return revision.arePdfModificationsDetected()
        || !revision.getPdfUndefinedChanges().isEmpty()
        || !revision.getPdfAnnotationChanges().isEmpty();
  }

  private CommonCertificateVerifier verifier() {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setAIASource(null);
    verifier.setCheckRevocationForUntrustedChains(false);
    OnlineCRLSource crl = new OnlineCRLSource();
    crl.setDataLoader(loader(new CommonsDataLoader()));
    verifier.setCrlSource(crl);
    OnlineOCSPSource ocsp = new OnlineOCSPSource();
    ocsp.setDataLoader(loader(new OCSPDataLoader()));
    verifier.setOcspSource(ocsp);
    return verifier;
  }

  private <T extends CommonsDataLoader> T loader(T loader) {
    int millis = (int) timeout.toMillis();
    loader.setTimeoutConnection(millis);
    loader.setTimeoutConnectionRequest(millis);
    loader.setTimeoutResponse(millis);
    loader.setTimeoutSocket(millis);
    return loader;
  }
}
