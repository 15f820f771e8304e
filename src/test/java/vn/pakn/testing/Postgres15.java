package vn.pakn.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * A PostgreSQL 15 server from the zonky binaries the build copies to {@code target/postgres-15.jar}
 * (maven-dependency-plugin, pre-integration-test), for the backup and restore drills: {@code
 * pg_dump} must be of the server's major version, and Debian 12 ships the client tools of 15
 * ({@code postgresql-client-15}).
 */
public final class Postgres15 {

  /** Debian's PostgreSQL 15 client tools. */
  public static final Path CLIENT_TOOLS = Path.of("/usr/lib/postgresql/15/bin");

  private Postgres15() {}

  public static Path binaries() {
    return Path.of(System.getProperty("pakn.buildDirectory", "target"), "postgres-15.jar");
  }

  public static boolean available() {
    return Files.isRegularFile(binaries())
        && Files.isExecutable(CLIENT_TOOLS.resolve("pg_dump"))
        && Files.isExecutable(CLIENT_TOOLS.resolve("pg_restore"));
  }

  /** Starts a server whose data and unpacked binaries live under {@code work}. */
  public static EmbeddedPostgres start(Path work) throws IOException {
    Path binaries = binaries();
    return EmbeddedPostgres.builder()
        .setPgBinaryResolver(
            (system, machine) -> {
              ZipFile zip = new ZipFile(binaries.toFile());
              var entry =
                  zip.getEntry(
                      "postgres-"
                          + system.toLowerCase(Locale.ROOT)
                          + "-"
                          + (machine.equals("amd64") ? "x86_64" : machine)
                          + ".txz");
              if (entry == null) {
                zip.close();
                return null;
              }
              InputStream in = zip.getInputStream(entry);
              return new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                  super.close();
                  zip.close();
                }
              };
            })
        .setOverrideWorkingDirectory(Files.createDirectories(work.resolve("pg-binaries")).toFile())
        .start();
  }
}
