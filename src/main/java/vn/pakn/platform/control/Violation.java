package vn.pakn.platform.control;

import java.util.List;

/**
 * One rejected field: the JSON path of the field (e.g. {@code sender.phone}) and a message key with
 * its arguments, resolved in the caller's language when the problem is written.
 */
public record Violation(String field, String key, List<Object> args) {

  public Violation(String field, String key, Object... args) {
    this(field, key, List.of(args));
  }
}
