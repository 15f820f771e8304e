package vn.pakn.publication.control;

import java.util.Objects;

/**
 * A stretch {@code [start, end)} of a text (in UTF-16 chars of its NFC form) to be replaced by
 * {@code replacement} in the public copy.
 */
public record RedactionSpan(int start, int end, RedactionCategory category, String replacement) {

  public RedactionSpan {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(replacement, "replacement");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a span needs 0 <= start < end, got " + start + ".." + end);
    }
  }

  public boolean overlaps(RedactionSpan other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }
}
