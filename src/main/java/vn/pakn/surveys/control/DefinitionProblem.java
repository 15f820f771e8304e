package vn.pakn.surveys.control;

import java.util.List;
import java.util.Locale;
import vn.pakn.platform.control.Messages;

/**
 * One thing wrong in a definition or scheme file: the file, the JSON path inside it (e.g. {@code
 * $.questions[2].scale}) and a message key of the {@code surveys} bundle with its arguments.
 */
public record DefinitionProblem(String file, String path, String key, List<Object> args) {

  public DefinitionProblem {
    args = List.copyOf(args);
  }

  /** {@code file path: text}, in the given language. */
  public String describe(Locale locale) {
    return file + " " + path + ": " + Messages.of(locale).get(key, args);
  }
}
