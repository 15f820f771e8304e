package vn.pakn.search.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The records of an import file, one at a time, each with its line number and the byte offset after
 * it (the resume point): a JSON Lines record is a line; a CSV record is a line too, except that a
 * newline inside double quotes belongs to the value (RFC 4180). Scanning is on bytes, which is safe
 * for UTF-8 (no byte of a multi-byte character is a quote or a newline); each record is then
 * decoded strictly, so a record that is not UTF-8 is an error of that record alone. A leading UTF-8
 * byte order mark is skipped. A record longer than {@link #MAX_RECORD_BYTES} is skipped to its end
 * and reported, never held in memory.
 */
final class ImportRecords implements Closeable {

  static final int MAX_RECORD_BYTES = 256 * 1024;

  /** One record: its text, or why it cannot be read. */
  record Record(long line, long endOffset, String text, String error) {}

  private final InputStream in;
  private final boolean quoted;
  private long offset;
  private long line;

  private ImportRecords(InputStream in, boolean quoted, long offset, long line) {
    this.in = in;
    this.quoted = quoted;
    this.offset = offset;
    this.line = line;
  }

  /**
   * Opens a file at a resume point (0, 0 for the start).
   *
   * @param quoted whether double quotes may hold newlines (CSV)
   */
  static ImportRecords open(Path file, boolean quoted, long offset, long line) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in.skipNBytes(offset);
      if (offset == 0) {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (bom.length == 3
            && (bom[0] & 0xff) == 0xef
            && (bom[1] & 0xff) == 0xbb
            && (bom[2] & 0xff) == 0xbf) {
          offset = 3;
        } else {
          in.reset();
        }
      }
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    return new ImportRecords(in, quoted, offset, line);
  }

  /** Whether a file starts like UTF-16 (a byte order mark), which imports refuse as a whole. */
  static boolean looksUtf16(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(2);
      return start.length == 2
          && ((start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xfe
              || (start[0] & 0xff) == 0xfe && (start[1] & 0xff) == 0xff);
    }
  }

  /** The next record, null at the end of the file. Blank lines are skipped. */
  Record next() throws IOException {
    while (true) {
      var bytes = new ByteArrayOutputStream(1024);
      boolean inQuotes = false;
      boolean tooLong = false;
      boolean any = false;
      int b;
      while ((b = in.read()) != -1) {
        any = true;
        offset++;
        if (b == '"' && quoted) {
          inQuotes = !inQuotes;
        }
        if (b == '\n' && !inQuotes) {
          break;
        }
        if (bytes.size() >= MAX_RECORD_BYTES) {
          tooLong = true;
        } else {
          bytes.write(b);
        }
      }
      if (!any) {
        return null;
      }
      line++;
      if (tooLong) {
        return new Record(line, offset, null, "import.lineTooLong");
      }
      byte[] raw = bytes.toByteArray();
      int length = raw.length;
      if (length > 0 && raw[length - 1] == '\r') {
        length--;
      }
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw, 0, length))
                .toString();
      } catch (CharacterCodingException notUtf8) {
        return new Record(line, offset, null, "import.encoding");
      }
      if (text.isBlank()) {
        continue;
      }
      return new Record(line, offset, text, null);
    }
  }

  long offset() {
    return offset;
  }

  long line() {
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
