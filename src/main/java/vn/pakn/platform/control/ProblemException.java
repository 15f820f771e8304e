package vn.pakn.platform.control;

import java.util.List;

/**
 * An error with HTTP meaning. {@code slug} becomes the stable problem {@code type}; {@code key}
 * names the title/detail texts in the message bundle ({@code problem.<key>.title}, {@code
 * problem.<key>.detail}).
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String key;
  private final List<Object> args;
  private final List<Violation> violations;

  public ProblemException(int status, String key, List<Violation> violations, Object... args) {
    super(key, null, false, false);
    this.status = status;
    this.key = key;
    this.args = List.of(args);
    this.violations = List.copyOf(violations);
  }

  public ProblemException(int status, String key, Object... args) {
    this(status, key, List.of(), args);
  }

  public static ProblemException invalid(List<Violation> violations) {
    return new ProblemException(400, "validation", violations);
  }

  public static ProblemException invalid(Violation violation) {
    return invalid(List.of(violation));
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }

  public List<Violation> violations() {
    return violations;
  }
}
