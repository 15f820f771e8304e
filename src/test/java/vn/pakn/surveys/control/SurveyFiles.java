package vn.pakn.surveys.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The definition files the tests read: the shipped ones, a fixture and the invalid ones. */
final class SurveyFiles {

  static final Path SHIPPED = Path.of("surveys");
  static final Path INVALID = Path.of("src/test/resources/surveys-invalid");
  static final Path FIXTURE = Path.of("src/test/resources/surveys-fixture");

  private SurveyFiles() {}

  static SurveyDefinitions shipped() {
    return SurveyDefinitions.load(SHIPPED);
  }

  static SurveyDefinition shipped(String id) {
    return shipped().latest(id).orElseThrow();
  }

  static SurveyDefinition fixture() {
    return SurveyDefinitions.load(FIXTURE).latest("fixture").orElseThrow();
  }

  static ParScheme par2022() {
    return ParSchemes.load(SHIPPED).edition(2022).orElseThrow();
  }

  static SourceFile read(Path directory, String name) {
    try {
      return new SourceFile(
          name, Files.readString(directory.resolve(name), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A shipped file with its text edited, under another name when given. */
  static SourceFile edited(String name, String newName, String from, String to) {
    String content = read(SHIPPED, name).content();
    if (!content.contains(from)) {
      throw new IllegalArgumentException(name + " has no " + from);
    }
    return new SourceFile(newName, content.replace(from, to));
  }

  static List<DefinitionProblem> problemsOf(Runnable load) {
    try {
      load.run();
    } catch (InvalidDefinitionException e) {
      return e.problems();
    }
    throw new AssertionError("expected an InvalidDefinitionException");
  }
}
