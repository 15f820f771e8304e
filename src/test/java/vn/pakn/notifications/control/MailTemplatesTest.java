package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailTemplatesTest {

  private static final Path INVALID = Path.of("src/test/resources/mail-templates-invalid");

  @TempDir Path folder;

  @Test
  void theRealTemplatesDeclareEveryMessage() {
    MailTemplates templates = MailSamples.templates();

    for (MailMessage message : MailSamples.messages()) {
      assertThat(templates.variables(message.id())).as(message.id()).isNotEmpty();
      assertThat(templates.templates(message.id(), "vi")).isNotNull();
      assertThat(templates.templates(message.id(), "en")).isNotNull();
    }
    assertThat(templates.sharedVariables()).containsKeys("portalName", "portalUrl");
    assertThat(templates.variables("petition-received"))
        .containsEntry("followUrl", new VariableSpec("followUrl", true, 500, VariableKind.URL));
  }

  @Test
  void theTemplatesLoadFromTheClassPathToo() throws IOException {
    try (var loader = new URLClassLoader(new URL[] {Path.of(".").toUri().toURL()}, null)) {
      MailTemplates templates = MailTemplates.fromClasspath(loader, "mail-templates");

      assertThat(templates.origin()).isEqualTo("classpath:mail-templates/");
      assertThat(templates.variables("survey-invitation")).containsKey("surveyUrl");
    }
  }

  @Test
  void aMissingFolderIsReported() {
    assertThatThrownBy(() -> MailTemplates.fromDirectory(folder.resolve("absent")))
        .isInstanceOf(MailTemplateException.class)
        .hasMessageContaining("folder does not exist");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "unclosed-placeholder,     petition-received.vi.subject.txt,   1, mail.template.unclosed",
    "unknown-variable,         petition-received.vi.subject.txt,   1, mail.template.undeclared",
    "bad-tag,                  petition-received.vi.subject.txt,   1, mail.template.badTag",
    "stray-close,              petition-received.vi.subject.txt,   1, mail.template.strayClose",
    "section-not-closed,       petition-rejected.vi.subject.txt,   1, mail.template.sectionNotClosed",
    "section-mismatch,         petition-rejected.vi.subject.txt,   1, mail.template.closeMismatch",
    "optional-outside-section, petition-rejected.vi.subject.txt,   1, mail.template.optionalOutside",
    "multiline-in-subject,     petition-rejected.vi.subject.txt,   1, mail.template.multilineInSubject",
    "subject-on-two-lines,     petition-received.vi.subject.txt,   2, mail.template.subjectLineBreak",
    "reserved-name-in-message, petition-received.vi.subject.txt,   1, mail.template.reservedName",
    "empty-part,               petition-received.en.subject.txt,   0, mail.template.empty",
    "language-missing,         petition-answered.en.html,          0, mail.template.missing",
    "misspelt-file,            petiton-received.vi.txt,            0, mail.template.unexpected",
    "manifest-syntax-error,    messages.json,                      4, mail.manifest.syntax",
    "layout-without-content,   _layout.en.txt,                     0, mail.template.layoutOnce",
    "undeclared-in-footer,     _footer.vi.txt,                     1, mail.template.undeclared",
    "text-and-html-differ,     answer-published.en.txt,            0, mail.template.notInBothParts",
    "required-unused,          answer-published.en.*,              0, mail.template.requiredUnused",
    "not-utf8,                 petition-rejected.en.subject.txt,   0, mail.template.notUtf8",
  })
  void eachBrokenTemplateIsReportedWithItsFileLineAndProblem(
      String broken, String file, int line, String key) {
    MailTemplateException e = refused(broken);

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file);
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.key()).isEqualTo(key);
            });
    assertThat(e.getMessage())
        .startsWith("The mail templates in " + folder.resolve(broken))
        .contains(file)
        .doesNotContain("mail.template.", "mail.manifest.");
    assertThat(e.describe(MailSamples.VI)).startsWith("Mẫu thư tại").doesNotContain("mail.");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    MailTemplateException e = refused("several-problems");

    assertThat(e.problems())
        .extracting(TemplateProblem::file, TemplateProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("_footer.en.txt", "mail.template.missing"),
            org.assertj.core.groups.Tuple.tuple(
                "deadline-overdue.vi.html", "mail.template.missing"),
            org.assertj.core.groups.Tuple.tuple(
                "petition-received.vi.subject.txt", "mail.template.unclosed"),
            org.assertj.core.groups.Tuple.tuple(
                "survey-invitation.en.subject.txt", "mail.template.undeclared"));
    assertThat(e.getMessage())
        .contains("have 4 problem(s)")
        .contains("\n - survey-invitation.en.subject.txt:1: Variable trackingcode is not declared");
  }

  @Test
  void aMessageRenamedInTheManifestLacksItsFilesAndTheOldOneIsNoLongerThere() {
    MailTemplateException e =
        refusedManifest(json -> json.replace("\"survey-invitation\":", "\"survey-invite\":"));

    assertThat(e.problems())
        .extracting(TemplateProblem::key, TemplateProblem::file)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "mail.template.missing", "survey-invite.vi.subject.txt"),
            org.assertj.core.groups.Tuple.tuple("mail.template.missing", "survey-invite.en.html"));
    assertThat(MailSamples.templates().missing(java.util.Set.of(new MailMessage("survey-invite"))))
        .extracting(TemplateProblem::key)
        .containsExactly("mail.manifest.messageMissing");
  }

  @Test
  void faultyDeclarationsAreReportedWithoutKnockOnProblems() {
    MailTemplateException e =
        refusedManifest(
            json ->
                json.replace(
                        "\"hotline\": {\"required\": false, \"maxLength\": 50",
                        "\"hotline\": {\"required\": false, \"maxlength\": 50")
                    .replace(
                        "\"reason\": {\"required\": true, \"maxLength\": 2000, \"type\": \"multiline\"}",
                        "\"reason\": {\"required\": \"yes\", \"maxLength\": 2000, \"type\": \"lines\"}"));

    assertThat(e.problems())
        .extracting(TemplateProblem::key, p -> p.args().get(0))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "mail.manifest.unknownProperty", "shared.hotline.maxlength"),
            org.assertj.core.groups.Tuple.tuple("mail.manifest.maxLength", "shared.hotline"),
            org.assertj.core.groups.Tuple.tuple(
                "mail.manifest.required", "messages.petition-rejected.variables.reason"),
            org.assertj.core.groups.Tuple.tuple(
                "mail.manifest.type", "messages.petition-rejected.variables.reason"));
  }

  @Test
  void problemsReadWellInVietnamese() {
    MailTemplateException e = refused("section-mismatch");

    assertThat(e.describe(MailSamples.VI))
        .endsWith(
            "petition-rejected.vi.subject.txt:1: Đóng đoạn reason trong khi đoạn legalBasis (mở ở"
                + " dòng 1) chưa đóng.");
    assertThat(refused("bad-tag").problems().get(0).describe(Locale.ENGLISH))
        .isEqualTo(
            "petition-received.vi.subject.txt:1: Invalid tag \" trackingCode \": only {{name}},"
                + " {{#name}}…{{/name}} are allowed.");
  }

  /** The real templates with the files of a broken set laid over them. */
  private MailTemplateException refused(String broken) {
    Path set = folder.resolve(broken);
    copy(MailSamples.TEMPLATES, set);
    Path overlay = INVALID.resolve(broken);
    try (Stream<Path> files = Files.list(overlay)) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().equals("DELETE")) {
          for (String name : Files.readAllLines(file)) {
            Files.delete(set.resolve(name));
          }
        } else {
          Files.copy(file, set.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return catchThrowableOfType(
        MailTemplateException.class, () -> MailTemplates.fromDirectory(set));
  }

  private MailTemplateException refusedManifest(UnaryOperator<String> change) {
    MailTemplates.FileSource source =
        name -> {
          Path file = MailSamples.TEMPLATES.resolve(name);
          if (!Files.exists(file)) {
            return Optional.empty();
          }
          byte[] bytes = Files.readAllBytes(file);
          if (name.equals(MailTemplates.MANIFEST)) {
            String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
            bytes = changed.getBytes(StandardCharsets.UTF_8);
          }
          return Optional.of(bytes);
        };
    return catchThrowableOfType(
        MailTemplateException.class,
        () -> MailTemplates.load("changed manifest", source, Optional.empty()));
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
