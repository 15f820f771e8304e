package vn.pakn.notifications.control;

import java.util.Arrays;
import java.util.Optional;

/** What a template variable may hold, declared in {@code messages.json} as {@code "type"}. */
public enum VariableKind {
  /** One line of text: no line breaks, no control characters (the default). */
  TEXT("text"),
  /**
   * Several lines (a reason, an answer): line breaks kept, shown as {@code <br>} in HTML; not
   * allowed in subjects.
   */
  MULTILINE("multiline"),
  /** An absolute {@code http} or {@code https} address, e.g. the page to follow a petition. */
  URL("url");

  private final String name;

  VariableKind(String name) {
    this.name = name;
  }

  public String declaredAs() {
    return name;
  }

  static Optional<VariableKind> declaredAs(String name) {
    return Arrays.stream(values()).filter(k -> k.name.equals(name)).findFirst();
  }
}
