package vn.pakn.documents.control;

import java.time.Instant;

/**
 * What validation found about one signature of a document.
 *
 * @param reason why the verdict is what it is, as a message key suffix ({@code
 *     documents.reason.<reason>}): {@code valid}, {@code changed}, {@code untrusted}, {@code
 *     expired}, {@code revoked}, {@code revocation-unavailable}, {@code broken}, {@code other}
 * @param signedAt the best known signing time: the time-stamp's when there is one, else the time
 *     the signer claimed
 */
public record SignatureFinding(
    Verdict verdict,
    String reason,
    String signedBy,
    String organization,
    Instant signedAt,
    boolean timestamped,
    String level,
    boolean changedAfterSigning,
    boolean chainsToTrustAnchor,
    boolean certificateValidAtSigning,
    String indication,
    String subIndication) {}
