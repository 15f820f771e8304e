package vn.pakn.notifications.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One parsed template part. The language has two constructs and nothing else: {@code {{name}}}
 * inserts a value, {@code {{#name}}…{{/name}}} keeps its body only when {@code name} has a value. A
 * name is a letter followed by letters and digits. Anything else between {@code {{ }}}, an unclosed
 * {@code {{}, a stray {@code }}} or an unbalanced section is a syntax problem.
 *
 * <p>Rendering takes values already formatted for the part (escaped for HTML, cleaned for
 * subjects): this class only assembles.
 */
final class Template {

  private static final Pattern TAG = Pattern.compile("([#/]?)([A-Za-z][A-Za-z0-9]*)");
  private static final int SHOWN_TAG_LENGTH = 40;

  /** Something the template refers to, with the line where it appears. */
  record Use(String name, int line, boolean section, boolean insideOwnSection) {}

  private sealed interface Node permits Text, Placeholder, Section {}

  private record Text(String text) implements Node {}

  private record Placeholder(String name, int line) implements Node {}

  private record Section(String name, int line, List<Node> body) implements Node {}

  private final String file;
  private final List<Node> nodes;

  private Template(String file, List<Node> nodes) {
    this.file = file;
    this.nodes = nodes;
  }

  String file() {
    return file;
  }

  /** Parses a template, adding a problem for every syntax error; never throws. */
  static Template parse(String file, String source, List<TemplateProblem> problems) {
    List<Node> root = new ArrayList<>();
    Deque<Section> open = new ArrayDeque<>();
    int position = 0;
    while (position < source.length()) {
      int start = source.indexOf("{{", position);
      int textEnd = start < 0 ? source.length() : start;
      String text = source.substring(position, textEnd);
      int stray = text.indexOf("}}");
      if (stray >= 0) {
        problems.add(
            TemplateProblem.of(file, lineOf(source, position + stray), "mail.template.strayClose"));
      }
      add(root, open, new Text(text));
      if (start < 0) {
        break;
      }
      int line = lineOf(source, start);
      int end = source.indexOf("}}", start + 2);
      int nextOpen = source.indexOf("{{", start + 2);
      if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
        problems.add(TemplateProblem.of(file, line, "mail.template.unclosed"));
        position = end < 0 ? source.length() : nextOpen;
        continue;
      }
      String tag = source.substring(start + 2, end);
      position = end + 2;
      var matcher = TAG.matcher(tag);
      if (!matcher.matches()) {
        problems.add(TemplateProblem.of(file, line, "mail.template.badTag", shown(tag)));
        continue;
      }
      String name = matcher.group(2);
      switch (matcher.group(1)) {
        case "#" -> {
          var section = new Section(name, line, new ArrayList<>());
          add(root, open, section);
          open.push(section);
        }
        case "/" -> {
          if (open.isEmpty()) {
            problems.add(TemplateProblem.of(file, line, "mail.template.closeWithoutOpen", name));
          } else if (!open.peek().name().equals(name)) {
            Section expected = open.peek();
            problems.add(
                TemplateProblem.of(
                    file,
                    line,
                    "mail.template.closeMismatch",
                    name,
                    expected.name(),
                    expected.line()));
          } else {
            open.pop();
          }
        }
        default -> add(root, open, new Placeholder(name, line));
      }
    }
    for (Section section : open) {
      problems.add(
          TemplateProblem.of(
              file, section.line(), "mail.template.sectionNotClosed", section.name()));
    }
    return new Template(file, List.copyOf(root));
  }

  private static void add(List<Node> root, Deque<Section> open, Node node) {
    if (node instanceof Text text && text.text().isEmpty()) {
      return;
    }
    (open.isEmpty() ? root : open.peek().body()).add(node);
  }

  private static int lineOf(String source, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String shown(String tag) {
    String oneLine = tag.replaceAll("\\s+", " ");
    return oneLine.length() <= SHOWN_TAG_LENGTH
        ? oneLine
        : oneLine.substring(0, SHOWN_TAG_LENGTH) + "…";
  }

  /** Every placeholder and section, in order, with whether it sits inside a section of itself. */
  List<Use> uses() {
    List<Use> uses = new ArrayList<>();
    collect(nodes, new ArrayDeque<>(), uses::add);
    return uses;
  }

  private static void collect(List<Node> nodes, Deque<String> sections, Consumer<Use> sink) {
    for (Node node : nodes) {
      if (node instanceof Placeholder p) {
        sink.accept(new Use(p.name(), p.line(), false, sections.contains(p.name())));
      } else if (node instanceof Section s) {
        sink.accept(new Use(s.name(), s.line(), true, sections.contains(s.name())));
        sections.push(s.name());
        collect(s.body(), sections, sink);
        sections.pop();
      }
    }
  }

  /**
   * The text with each placeholder replaced by its formatted value; a section is kept when its name
   * has a value in the map. A placeholder without a value renders as nothing (validation at load
   * time makes that impossible for the real templates).
   */
  String render(Map<String, String> formatted) {
    var out = new StringBuilder();
    render(nodes, formatted, out);
    return out.toString();
  }

  private static void render(List<Node> nodes, Map<String, String> formatted, StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Text text) {
        out.append(text.text());
      } else if (node instanceof Placeholder p) {
        out.append(formatted.getOrDefault(p.name(), ""));
      } else if (node instanceof Section s && formatted.containsKey(s.name())) {
        render(s.body(), formatted, out);
      }
    }
  }
}
