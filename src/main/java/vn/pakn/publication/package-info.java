/**
 * Publication of answers: the redacted public copy of a question and its answer, approved by an
 * officer and then fed to search.
 *
 * <p>Personal data follows Decree 13/2023/NĐ-CP on personal data protection and, from 2026-01-01,
 * Law 91/2025/QH15 on personal data protection: a published answer carries no identifying data of
 * the sender or of third parties, unless the sender opted in, explicitly and separately, to show
 * their own name.
 *
 * <p>The {@link vn.pakn.publication.control.Redactor} only <em>proposes</em> what to hide; an
 * officer accepts, removes or adds spans, and only the text with the final spans applied is stored
 * in the public copy. Detection errs on the side of hiding: an officer removing a needless mask
 * costs a click, a missed phone number cannot be unpublished from the web. It matches on a folded
 * copy of the text (no diacritics, full-width digits, no invisible chars) whose every char maps
 * back to the stored text, so spans land exactly. Names nobody typed into the form are found by
 * surname and kinship words ({@code PersonNames}), sensitive data by the words around it ({@code
 * SensitiveData}); officials named in their role and agencies' numbers are reported but not hidden
 * by default. Its quality is measured on every build against a judged corpus ({@code
 * src/test/resources/redaction/}).
 *
 * <p>The text a leader sends for publication is run through the redactor once more ({@link
 * vn.pakn.publication.control.Publication}): every span it would still hide is refused with
 * problem+json naming it, unless the leader keeps that exact text with a reason, which is written
 * into the publication's audit trail; names and addresses the petition knows and the sender's own
 * phone, email and tax code can never be kept.
 *
 * <p>Every publish and withdrawal takes the next number of the publication sequence ({@code
 * publication_change}), handed out under a lock on a single counter row so numbers follow commit
 * order: a search node that applied change N has seen every change before it, which is what lets
 * each node's index follow the database without a gap. The petition's own status is not changed by
 * publishing (the workflow component owns it); the public copy keeps its own audit trail.
 */
package vn.pakn.publication;
