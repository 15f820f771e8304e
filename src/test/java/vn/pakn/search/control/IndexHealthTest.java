package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pakn.publication.control.PublicAnswer;

/** A whole index passes; a missing, truncated or overwritten file of the last commit fails. */
class IndexHealthTest {

  @TempDir Path folder;

  private void build(int answers, long sequence) throws IOException {
    try (var dir = new NIOFSDirectory(folder);
        var index = AnswerIndex.open(dir)) {
      for (int i = 1; i <= answers; i++) {
        index.index(
            new PublicAnswer(
                Integer.toString(i),
                "Thủ tục khai sinh " + i,
                "Hỏi về đăng ký khai sinh",
                "Trả lời theo Nghị định 123/2015/NĐ-CP",
                "SL-STP",
                "Sở Tư pháp",
                "TPHT",
                "Tư pháp – Hộ tịch",
                "CONDUCT",
                Instant.parse("2025-01-01T00:00:00Z")));
      }
      index.commit(sequence);
    }
  }

  private Path biggestFile() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> !p.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(p -> p.toFile().length()))
          .orElseThrow();
    }
  }

  @Test
  void aWholeIndexHasNoProblemAndKeepsItsSequence() throws IOException {
    build(50, 7);
    try (var dir = new NIOFSDirectory(folder)) {
      assertThat(IndexHealth.problem(dir, true)).isEmpty();
      assertThat(IndexHealth.problem(dir, false)).isEmpty();
      try (var index = AnswerIndex.open(dir)) {
        assertThat(index.lastSequence()).isEqualTo(7);
        assertThat(index.count()).isEqualTo(50);
      }
    }
  }

  @Test
  void anEmptyFolderIsNoIndex() throws IOException {
    try (var dir = new NIOFSDirectory(folder)) {
      assertThat(IndexHealth.problem(dir, false)).isPresent();
    }
  }

  @Test
  void aTruncatedFileIsFound() throws IOException {
    build(50, 7);
    Path victim = biggestFile();
    try (var file = new RandomAccessFile(victim.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }
    try (var dir = new NIOFSDirectory(folder)) {
      assertThat(IndexHealth.problem(dir, false)).isPresent();
      assertThat(IndexHealth.problem(dir, true)).isPresent();
    }
  }

  @Test
  void garbageInTheMiddleIsFoundByTheThoroughCheck() throws IOException {
    build(50, 7);
    Path victim = biggestFile();
    try (var file = new RandomAccessFile(victim.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    try (var dir = new NIOFSDirectory(folder)) {
      assertThat(IndexHealth.problem(dir, true)).isPresent();
    }
  }

  @Test
  void aDeletedFileIsFound() throws IOException {
    build(50, 7);
    Files.delete(biggestFile());
    try (var dir = new NIOFSDirectory(folder)) {
      assertThat(IndexHealth.problem(dir, false)).isPresent();
    }
  }

  @Test
  void changesNotCommittedAreLostTogetherWithTheirSequence() throws IOException {
    build(10, 3);
    try (var dir = new NIOFSDirectory(folder)) {
      try (var index = AnswerIndex.open(dir)) {
        index.delete("1");
        index.delete("2");
        // a crash before commit: nothing of it is durable
      }
      try (var index = AnswerIndex.open(dir)) {
        assertThat(index.lastSequence()).isEqualTo(3);
        assertThat(index.count()).isEqualTo(10);
      }
    }
  }
}
