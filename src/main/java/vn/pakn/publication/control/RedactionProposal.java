package vn.pakn.publication.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link Redactor} proposes to hide in one text, for an officer to review: remove a span
 * that needs no hiding, add one the detector missed, then {@link #apply()} to get the public text.
 *
 * <p>Spans are kept sorted by start. Overlapping spans are allowed while editing; {@link #apply()}
 * merges them, keeping the replacement of the earliest (and, on a tie, the longest) one.
 */
public record RedactionProposal(String text, List<RedactionSpan> spans) {

  private static final Comparator<RedactionSpan> ORDER =
      Comparator.comparingInt(RedactionSpan::start)
          .thenComparing(Comparator.comparingInt(RedactionSpan::end).reversed());

  public RedactionProposal {
    Objects.requireNonNull(text, "text");
    var sorted = new ArrayList<>(spans);
    sorted.sort(ORDER);
    for (RedactionSpan span : sorted) {
      if (span.end() > text.length()) {
        throw new IllegalArgumentException(
            "span " + span.start() + ".." + span.end() + " is outside a text of " + text.length());
      }
    }
    spans = List.copyOf(sorted);
  }

  /** The text a span covers, for showing the officer what would be hidden. */
  public String covered(RedactionSpan span) {
    return text.substring(span.start(), span.end());
  }

  public RedactionProposal without(RedactionSpan span) {
    var rest = new ArrayList<>(spans);
    if (!rest.remove(span)) {
      throw new IllegalArgumentException("no such span in the proposal: " + span);
    }
    return new RedactionProposal(text, rest);
  }

  public RedactionProposal with(RedactionSpan span) {
    var more = new ArrayList<>(spans);
    more.add(span);
    return new RedactionProposal(text, more);
  }

  /** Adds a span an officer marked, with the label of its category in the given language. */
  public RedactionProposal with(int start, int end, RedactionCategory category, Locale locale) {
    return with(new RedactionSpan(start, end, category, category.label(locale)));
  }

  /** The spans that {@link #apply()} hides: every span but officials named in role. */
  public List<RedactionSpan> hidden() {
    return spans.stream().filter(s -> s.category().hiddenByDefault()).toList();
  }

  /**
   * The public text: every hidden span replaced by its replacement, overlapping spans merged;
   * officials named in role are reported but stay.
   */
  public String apply() {
    var out = new StringBuilder(text.length());
    int at = 0;
    RedactionSpan open = null;
    int openEnd = 0;
    for (RedactionSpan span : hidden()) {
      if (open != null && span.start() < openEnd) {
        openEnd = Math.max(openEnd, span.end());
        continue;
      }
      if (open != null) {
        out.append(open.replacement());
        at = openEnd;
      }
      out.append(text, at, span.start());
      open = span;
      openEnd = span.end();
    }
    if (open != null) {
      out.append(open.replacement());
      at = openEnd;
    }
    out.append(text, at, text.length());
    return out.toString();
  }
}
