package vn.pakn.search.control;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Whether the last commit of an index can be trusted: its segments file reads, every file it names
 * exists and ends with a valid Lucene footer; the thorough check also verifies each file's checksum
 * (reads everything). A deleted, truncated or overwritten file fails both.
 */
public final class IndexHealth {

  private IndexHealth() {}

  /** What is wrong with the index, or empty when its last commit is whole. */
  public static Optional<String> problem(Directory directory, boolean thorough) {
    try {
      SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
      for (String file : infos.files(true)) {
        try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
          if (thorough) {
            CodecUtil.checksumEntireFile(in);
          } else {
            CodecUtil.retrieveChecksum(in);
          }
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException broken) {
      return Optional.of(broken.getClass().getSimpleName() + ": " + broken.getMessage());
    }
  }
}
