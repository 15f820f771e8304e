package vn.pakn.notifications.control;

import java.util.List;
import java.util.Locale;
import vn.pakn.platform.control.Messages;

/**
 * One thing wrong with the mail templates: the file (relative to the template folder), the line (0
 * when the problem concerns the whole file), and a message key of {@code i18n/notifications} with
 * its arguments.
 */
public record TemplateProblem(String file, int line, String key, List<Object> args) {

  public TemplateProblem {
    args = List.copyOf(args);
  }

  static TemplateProblem of(String file, int line, String key, Object... args) {
    return new TemplateProblem(file, line, key, List.of(args));
  }

  /** {@code file:line: text} in the given language. */
  public String describe(Locale locale) {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + Messages.of(locale).get(key, args);
  }
}
