package vn.pakn.surveys.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Survey definitions or PAR schemes that cannot be used. Thrown at start-up so the application does
 * not start on a half-valid configuration; lists every problem found, not only the first.
 */
public class InvalidDefinitionException extends RuntimeException {

  private final List<DefinitionProblem> problems;

  public InvalidDefinitionException(List<DefinitionProblem> problems) {
    super(null, null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }

  /** A heading and one line per problem, in the given language. */
  public String describe(Locale locale) {
    String heading =
        vn.pakn.platform.control.Messages.of(locale)
            .get("surveys.invalid.heading", problems.size());
    return problems.stream()
        .map(p -> "  - " + p.describe(locale))
        .collect(Collectors.joining("\n", heading + "\n", ""));
  }

  /** In English, for the start-up log. */
  @Override
  public String getMessage() {
    return describe(Locale.ENGLISH);
  }
}
