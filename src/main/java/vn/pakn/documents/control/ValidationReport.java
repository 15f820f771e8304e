package vn.pakn.documents.control;

import java.util.List;

/**
 * The outcome of validating a PDF: the overall verdict (the worst of its signatures, or {@link
 * Verdict#NO_SIGNATURE}), each signature's finding, and DSS's own reports for whoever wants the
 * technical detail (the simple report as ETSI-style XML, and the messages it gave).
 */
public record ValidationReport(
    Verdict verdict,
    List<SignatureFinding> signatures,
    String technicalReport,
    List<String> technicalMessages) {}
