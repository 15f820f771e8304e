package vn.pakn.publication.control;

/**
 * Something a finder proposes to hide, at {@code [start, end)} of the folded text, with how strong
 * the evidence is.
 */
record Candidate(int start, int end, RedactionCategory category, Candidate.Evidence evidence) {

  /** Stronger evidence first; among equals, the longer candidate wins. */
  enum Evidence {
    KNOWN,
    KEYWORD,
    STRICT_SHAPE,
    PHONE_SHAPE,
    LOOSE_SHAPE,
    NAME_SHAPE
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }

  boolean contains(Candidate other) {
    return start <= other.start && other.end <= end;
  }
}
