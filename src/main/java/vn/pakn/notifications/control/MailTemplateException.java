package vn.pakn.notifications.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.pakn.platform.control.Messages;

/** The mail templates cannot be used; lists every problem found, not just the first. */
public class MailTemplateException extends RuntimeException {

  private final String origin;
  private final List<TemplateProblem> problems;

  public MailTemplateException(String origin, List<TemplateProblem> problems) {
    super(describe(origin, problems, Locale.ENGLISH));
    this.origin = origin;
    this.problems = List.copyOf(problems);
  }

  public String origin() {
    return origin;
  }

  public List<TemplateProblem> problems() {
    return problems;
  }

  /** The whole list in the given language, one problem a line, for an administrator. */
  public String describe(Locale locale) {
    return describe(origin, problems, locale);
  }

  private static String describe(String origin, List<TemplateProblem> problems, Locale locale) {
    return Messages.of(locale).get("mail.templates.invalid", origin, problems.size())
        + problems.stream().map(p -> "\n - " + p.describe(locale)).collect(Collectors.joining());
  }
}
