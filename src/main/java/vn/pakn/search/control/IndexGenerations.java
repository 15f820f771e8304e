package vn.pakn.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders of a node's index under its base directory: one {@code index-<n>} folder per build,
 * and a {@code CURRENT} file naming the one in use, replaced atomically when a rebuilt index takes
 * over. Any other generation folder is a leftover (an older index, or a rebuild cut short) and is
 * removed.
 */
public final class IndexGenerations {

  static final String CURRENT = "CURRENT";
  private static final Pattern NAME = Pattern.compile("index-\\d{1,19}");

  private final Path base;
  private final Clock clock;

  public IndexGenerations(Path base, Clock clock) {
    this.base = base.toAbsolutePath().normalize();
    this.clock = clock;
  }

  public Path base() {
    return base;
  }

  /** The generation in use, when the pointer names an existing folder. */
  public Optional<String> current() {
    Path pointer = base.resolve(CURRENT);
    try {
      if (!Files.isRegularFile(pointer)) {
        return Optional.empty();
      }
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      return NAME.matcher(name).matches() && Files.isDirectory(base.resolve(name))
          ? Optional.of(name)
          : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** A new, empty generation folder, named after a number greater than any existing one. */
  public String create() {
    try {
      Files.createDirectories(base);
      long n = clock.millis();
      for (String existing : names()) {
        n = Math.max(n, Long.parseLong(existing.substring("index-".length())) + 1);
      }
      String name = "index-" + n;
      Files.createDirectories(base.resolve(name));
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an index folder under " + base, e);
    }
  }

  public Path path(String name) {
    return base.resolve(name);
  }

  /** Makes {@code name} the generation in use (atomic replace of the pointer). */
  public void use(String name) {
    try {
      Files.createDirectories(base);
      Path temporary = base.resolve(CURRENT + ".tmp");
      Files.writeString(temporary, name, StandardCharsets.UTF_8);
      Files.move(
          temporary,
          base.resolve(CURRENT),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot switch the index to " + name, e);
    }
  }

  /** Deletes every generation folder except those named. */
  public void removeAllBut(List<String> keep) {
    for (String name : names()) {
      if (!keep.contains(name)) {
        delete(base.resolve(name));
      }
    }
  }

  List<String> names() {
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(base)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> NAME.matcher(n).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // a file still open elsewhere goes when it is closed
                }
              });
    } catch (IOException ignored) {
      // already gone
    }
  }
}
