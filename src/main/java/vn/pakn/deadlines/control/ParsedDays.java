package vn.pakn.deadlines.control;

import java.util.List;
import vn.pakn.platform.control.Violation;

/**
 * What a parser read: the entries and every problem found, each naming its line; the entries are to
 * be used only when there is no problem.
 */
public record ParsedDays(List<SourcedDay> days, List<Violation> problems) {

  public ParsedDays {
    days = List.copyOf(days);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
