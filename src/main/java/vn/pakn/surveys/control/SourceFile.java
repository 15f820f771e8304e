package vn.pakn.surveys.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A definition file's name (used in problem reports and checked against its content) and its text.
 * Files come from a directory or from a classpath listing the caller reads itself.
 */
public record SourceFile(String name, String content) {

  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /**
   * Every regular {@code *.json} file of a directory (not its subdirectories) whose name passes.
   */
  public static List<SourceFile> inDirectory(Path directory, Predicate<String> accept) {
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path path :
          entries
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(p -> accept.test(p.getFileName().toString()))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList()) {
        files.add(
            new SourceFile(
                path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read definitions in " + directory, e);
    }
    return files;
  }
}
