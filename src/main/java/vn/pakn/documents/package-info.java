/**
 * Answers issued as documents: rendered as PDF/A-2b letters in the form of Decree 30/2020/NĐ-CP,
 * signed PAdES (ETSI EN 319 142-1) with the EU DSS library, stored once and never changed, and
 * validated for anyone.
 *
 * <p>Signing happens in the step that sends the answer (it observes {@code PetitionStepTaken}), so
 * an agency that signs never sends an unsigned answer and a refused signature refuses the step. The
 * key is the agency's — a PKCS#12 file or a remote signing service behind {@link
 * vn.pakn.documents.control.SigningKey} — and comes from configuration or files, never the
 * database. Validation trusts only configured anchors and fetches revocation data only for chains
 * that reach one; a document is "valid" only when DSS passes it and nothing but signatures,
 * time-stamps and validation data was added after the signature.
 */
package vn.pakn.documents;
