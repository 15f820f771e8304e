package vn.pakn.operations.boundary;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The runnable jar of the release in production, which the build upgrades from: built from git by
 * the commit recorded in pom.xml ({@code pakn.previousRelease}, the commit of the last release tag,
 * so a fresh clone without tags finds it), once, and kept in {@code
 * target/previous-release/<commit>/}. {@code -Dpakn.previousJar=...} (or {@code PAKN_PREVIOUS_JAR})
 * names a jar instead.
 *
 * <p>The sources come from {@code git archive} (no worktree, nothing written to the repository);
 * the build is that release's own Maven wrapper with its tests and formatter skipped, offline when
 * this build is, on the same local repository.
 */
final class PreviousRelease {

  private static final Logger LOG = Logger.getLogger(PreviousRelease.class.getName());

  private PreviousRelease() {}

  static Path jar() throws IOException, InterruptedException {
    String named =
        System.getProperty(
            "pakn.previousJar", System.getenv().getOrDefault("PAKN_PREVIOUS_JAR", ""));
    if (!named.isBlank()) {
      Path jar = Path.of(named).toAbsolutePath();
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("pakn.previousJar names no file: " + jar);
      }
      return jar;
    }
    String commit = System.getProperty("pakn.previousRelease", "");
    if (!commit.matches("[0-9a-f]{40}")) {
      throw new IllegalStateException(
          "pakn.previousRelease (pom.xml) must be the 40-digit commit of the last release");
    }
    Path dir =
        Path.of(System.getProperty("pakn.buildDirectory", "target"), "previous-release", commit)
            .toAbsolutePath();
    Path jar = dir.resolve("target/pakn-microbundle.jar");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    long started = System.nanoTime();
    deleteTree(dir);
    Files.createDirectories(dir);
    Path archive = dir.resolveSibling(commit + ".tar");
    run(
        Path.of(".").toAbsolutePath().normalize(),
        dir.resolveSibling(commit + "-archive.log"),
        List.of("git", "archive", "--format=tar", "-o", archive.toString(), commit),
        "git archive of the previous release " + commit + " (a shallow clone lacks it)");
    run(
        dir,
        dir.resolveSibling(commit + "-tar.log"),
        List.of("tar", "-xf", archive.toString()),
        "unpacking the previous release");
    Files.delete(archive);
    var maven =
        new ArrayList<>(
            List.of(
                dir.resolve("mvnw").toString(),
                "-B",
                "-q",
                "-ntp",
                "package",
                "-Dmaven.test.skip=true",
                "-Dspotless.skip=true"));
    if (offline()) {
      maven.add("-o");
    }
    String repository = System.getProperty("pakn.mavenRepository", "");
    if (!repository.isBlank() && !repository.contains("${")) {
      maven.add("-Dmaven.repo.local=" + repository);
    }
    run(
        dir,
        dir.resolveSibling(commit + "-build.log"),
        maven,
        "building the previous release " + commit);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the previous release's build made no " + jar);
    }
    LOG.info(
        String.format(
            "previous release %s built in %.1f s: %s",
            commit, (System.nanoTime() - started) / 1e9, jar));
    return jar;
  }

  /** Whether this build runs offline: Maven's launcher exports its command line. */
  private static boolean offline() {
    String line = System.getenv().getOrDefault("MAVEN_CMD_LINE_ARGS", "");
    return java.util.Arrays.stream(line.trim().split("\\s+"))
        .anyMatch(word -> word.equals("-o") || word.equals("--offline"));
  }

  private static void run(Path dir, Path log, List<String> command, String what)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(what + ": timed out, see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          what + " failed (exit " + process.exitValue() + "): " + tail(log));
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String currentJar() {
    return new File(System.getProperty("pakn.microbundle", "target/pakn-microbundle.jar"))
        .getAbsolutePath();
  }
}
