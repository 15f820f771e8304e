package vn.pakn.deadlines.control;

/**
 * An entry with where it came from ({@code line 3} of a file, {@code days[2]} of a JSON body), so a
 * problem found later names the place to correct.
 */
public record SourcedDay(String where, OfficialDay day) {}
