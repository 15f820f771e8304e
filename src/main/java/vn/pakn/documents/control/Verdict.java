package vn.pakn.documents.control;

/** What a person needs to know about a document's signatures, worst last. */
public enum Verdict {
  /** Signed, unchanged since, by a certificate that chains to a trust anchor and was valid then. */
  VALID,
  /** The signature cannot be confirmed: unknown issuer, revocation status not available, … */
  CANNOT_CONFIRM,
  /** The signature is not valid: the certificate had expired or was revoked, or it is broken. */
  INVALID,
  /** The document was changed after it was signed. */
  CHANGED,
  /** The document carries no signature at all. */
  NO_SIGNATURE
}
