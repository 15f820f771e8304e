package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private final List<TemplateProblem> problems = new ArrayList<>();

  @Test
  void placeholdersAndNestedSectionsRender() {
    Template template =
        Template.parse("t", "A {{a}}{{#b}} B {{b}}{{#c}} C {{c}}{{/c}}{{/b}}.", problems);

    assertThat(problems).isEmpty();
    assertThat(template.render(Map.of("a", "1", "b", "2", "c", "3"))).isEqualTo("A 1 B 2 C 3.");
    assertThat(template.render(Map.of("a", "1", "c", "3"))).isEqualTo("A 1.");
    assertThat(template.uses())
        .extracting(Template.Use::name, Template.Use::section, Template.Use::insideOwnSection)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", false, false),
            org.assertj.core.groups.Tuple.tuple("b", true, false),
            org.assertj.core.groups.Tuple.tuple("b", false, true),
            org.assertj.core.groups.Tuple.tuple("c", true, false),
            org.assertj.core.groups.Tuple.tuple("c", false, true));
  }

  @Test
  void singleBracesAndOtherTextAreLiteral() {
    Template template = Template.parse("t", "a { b } {c} <p style=\"x:{y}\">", problems);

    assertThat(problems).isEmpty();
    assertThat(template.render(Map.of())).isEqualTo("a { b } {c} <p style=\"x:{y}\">");
  }

  @Test
  void anythingElseBetweenBracesIsASyntaxErrorWithItsLine() {
    Template.parse(
        "t", "line 1\n{{{triple}}}\n{{>partial}}\n{{name | upper}}\n{{^inverted}}\n{{}}", problems);

    assertThat(problems)
        .extracting(TemplateProblem::line, TemplateProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "mail.template.badTag"),
            org.assertj.core.groups.Tuple.tuple(3, "mail.template.badTag"),
            org.assertj.core.groups.Tuple.tuple(4, "mail.template.badTag"),
            org.assertj.core.groups.Tuple.tuple(5, "mail.template.badTag"),
            org.assertj.core.groups.Tuple.tuple(6, "mail.template.badTag"));
  }

  @Test
  void anUnclosedTagBeforeAnotherIsReportedAndParsingGoesOn() {
    Template template = Template.parse("t", "{{a {{b}}\n{{#c}}x", problems);

    assertThat(problems)
        .extracting(TemplateProblem::line, TemplateProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "mail.template.unclosed"),
            org.assertj.core.groups.Tuple.tuple(2, "mail.template.sectionNotClosed"));
    assertThat(template.uses()).extracting(Template.Use::name).containsExactly("b", "c");
  }

  @Test
  void sectionsMustCloseInOrder() {
    Template.parse("t", "{{#a}}{{#b}}{{/a}}{{/b}}{{/c}}", problems);
    Template.parse("u", "{{/x}}", problems);

    assertThat(problems)
        .extracting(TemplateProblem::file, TemplateProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t", "mail.template.closeMismatch"),
            org.assertj.core.groups.Tuple.tuple("t", "mail.template.closeMismatch"),
            org.assertj.core.groups.Tuple.tuple("t", "mail.template.sectionNotClosed"),
            org.assertj.core.groups.Tuple.tuple("u", "mail.template.closeWithoutOpen"));
  }
}
