package vn.pakn.petitions.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.petitions.entity.AttachmentFile;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.Limits;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * Reads a multipart filing: the part {@code petition} holds the JSON form, each part {@code
 * attachments} one file. Every file is checked (count, size, name, type proven by its bytes) before
 * anything is stored; the first violation found for each file is reported with its index.
 */
public final class AttachmentParts {

  public static final String PETITION_PART = "petition";
  public static final String ATTACHMENT_PART = "attachments";

  public record Read(JsonObject petition, List<AttachmentFile> files) {}

  private AttachmentParts() {}

  public static Read read(List<EntityPart> parts, Limits limits) throws IOException {
    return read(parts, limits, PETITION_PART);
  }

  /**
   * The same checks for any multipart request that carries a JSON part and files, such as the
   * sender's answer to a request for information (JSON part {@code information}).
   *
   * @param jsonPart the name of the part that holds the JSON object
   */
  public static Read read(List<EntityPart> parts, Limits limits, String jsonPart)
      throws IOException {
    JsonObject petition = null;
    List<AttachmentFile> files = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    int index = 0;
    for (EntityPart part : parts) {
      if (jsonPart.equals(part.getName())) {
        petition =
            JsonBodies.parseObject(
                readAtMost(part.getContent(), limits.maxJsonBytes(), jsonPart), jsonPart);
      } else if (ATTACHMENT_PART.equals(part.getName())) {
        String field = ATTACHMENT_PART + "[" + index++ + "]";
        if (index > limits.maxAttachments()) {
          throw ProblemException.invalid(
              new Violation(ATTACHMENT_PART, "attachment.tooMany", limits.maxAttachments()));
        }
        byte[] bytes = readAtMost(part.getContent(), limits.maxAttachmentBytes(), field);
        var result =
            AttachmentInspector.inspect(utf8FileName(part.getFileName().orElse(null)), bytes);
        if (result.isAccepted()) {
          files.add(result.file());
        } else {
          violations.add(new Violation(field, result.violation()));
        }
      }
    }
    if (petition == null) {
      violations.add(0, new Violation(jsonPart, "required"));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return new Read(petition, files);
  }

  /**
   * Browsers send file names as raw UTF-8 bytes in the part header, which the multipart reader
   * decodes as ISO-8859-1; this undoes that when the bytes are valid UTF-8 ("giấy tờ.pdf" instead
   * of "giáº¥y tá».pdf"), and leaves every other name as it is.
   */
  static String utf8FileName(String name) {
    if (name == null
        || name.chars().anyMatch(c -> c > 0xFF)
        || name.chars().allMatch(c -> c < 0x80)) {
      return name;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return name;
    }
  }

  private static byte[] readAtMost(InputStream in, long max, String field) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new ProblemException(
            413, "too-large", List.of(new Violation(field, "attachment.tooLarge", max / 1024)));
      }
      return bytes;
    }
  }
}
