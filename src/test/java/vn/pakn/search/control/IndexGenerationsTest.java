package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexGenerationsTest {

  @TempDir Path base;

  @Test
  void noPointerNoCurrentGeneration() {
    assertThat(new IndexGenerations(base, Clock.systemUTC()).current()).isEmpty();
  }

  @Test
  void newGenerationsAreNumberedUpwardsAndThePointerSwitches() throws IOException {
    var g = new IndexGenerations(base, Clock.fixed(Instant.ofEpochMilli(1000), ZoneOffset.UTC));
    String first = g.create();
    String second = g.create();
    assertThat(first).isEqualTo("index-1000");
    assertThat(second).isEqualTo("index-1001");
    g.use(first);
    assertThat(g.current()).contains(first);
    g.use(second);
    assertThat(g.current()).contains(second);
    Files.writeString(g.path(first).resolve("_0.cfs"), "x");
    g.removeAllBut(List.of(second));
    assertThat(Files.exists(g.path(first))).isFalse();
    assertThat(Files.isDirectory(g.path(second))).isTrue();
  }

  @Test
  void aPointerToAMissingOrStrangeFolderIsNoCurrentGeneration() throws IOException {
    var g = new IndexGenerations(base, Clock.systemUTC());
    g.use("index-42");
    assertThat(g.current()).as("folder missing").isEmpty();
    Files.writeString(base.resolve("CURRENT"), "../../etc");
    assertThat(g.current()).isEmpty();
  }

  @Test
  void aDeletedBaseIsCreatedAgain() throws IOException {
    var g = new IndexGenerations(base.resolve("gone/search"), Clock.systemUTC());
    String name = g.create();
    assertThat(Files.isDirectory(g.path(name))).isTrue();
  }
}
