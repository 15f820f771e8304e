package vn.pakn.documents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.pakn.platform.control.ProblemException;

/**
 * Validates PDFs sent by anyone, defensively: only bytes that start like a PDF are parsed, at most
 * two validations run at once per node (the rest wait up to 10 s, then get {@code 503}), and a
 * document the PDF and signature parsers cannot read — truncated, looping, malformed — is answered
 * with a {@code 422} problem, never a {@code 500} and never "valid".
 */
@ApplicationScoped
public class Validations {

  private static final Logger LOG = Logger.getLogger(Validations.class.getName());
  private static final int HEADER_WINDOW = 1024;

  @Inject SigningSettings settings;

  private final Semaphore running = new Semaphore(2, true);
  private volatile SignatureValidation validation;

  @PostConstruct
  void init() {
    validation = new SignatureValidation(settings.trustAnchors(), SigningSettings.timeout());
  }

  public long maxBytes() {
    return settings.maxValidationBytes();
  }

  public ValidationReport validate(byte[] pdf) {
    if (!looksLikePdf(pdf)) {
      throw new ProblemException(422, "not-a-pdf");
    }
    boolean acquired;
    try {
      acquired = running.tryAcquire(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(503, "validation-busy");
    }
    if (!acquired) {
      throw new ProblemException(503, "validation-busy");
    }
    try {
      return validation.validate(pdf);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.log(Level.INFO, "a document could not be validated: " + e);
      throw new ProblemException(422, "unreadable-document");
    } finally {
      running.release();
    }
  }

  /** The PDF header ({@code %PDF-}) within the first kilobyte, as readers accept it. */
  static boolean looksLikePdf(byte[] bytes) {
    String start =
        new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
    return start.contains("%PDF-");
  }
}
