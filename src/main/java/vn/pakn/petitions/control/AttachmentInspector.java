package vn.pakn.petitions.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.pakn.petitions.entity.AttachmentFile;
import vn.pakn.platform.control.TextRules;

/**
 * Decides whether a file may travel with a petition: a plain file name (no path, no control
 * characters, no hidden names) whose extension is one of PDF, JPEG, PNG or DOCX, and whose first
 * bytes prove that type. The type stored is the one the bytes prove, never the one the client
 * claims.
 */
public final class AttachmentInspector {

  public static final int MAX_NAME_LENGTH = 200;

  private static final Map<String, String> TYPES =
      Map.of(
          "pdf", "application/pdf",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "png", "image/png",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private AttachmentInspector() {}

  /** The checked file, or the violation code that refuses it. */
  public static Result inspect(String fileName, byte[] content) {
    Optional<String> nameProblem = nameProblem(fileName);
    if (nameProblem.isPresent()) {
      return Result.refused(nameProblem.get());
    }
    String name = TextRules.normalize(fileName);
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String mediaType = TYPES.get(extension);
    if (mediaType == null) {
      return Result.refused("attachment.type");
    }
    if (content.length == 0) {
      return Result.refused("attachment.empty");
    }
    if (!bytesAre(mediaType, content)) {
      return Result.refused("attachment.contentMismatch");
    }
    return Result.accepted(new AttachmentFile(name, mediaType, content));
  }

  static Optional<String> nameProblem(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return Optional.of("attachment.name");
    }
    if (fileName.length() > MAX_NAME_LENGTH) {
      return Optional.of("attachment.name");
    }
    if (fileName.contains("/")
        || fileName.contains("\\")
        || fileName.contains("..")
        || fileName.contains(":")
        || fileName.startsWith(".")
        || fileName.strip().startsWith("~")) {
      return Optional.of("attachment.path");
    }
    if (TextRules.forbiddenCharacter(fileName, false).isPresent()) {
      return Optional.of("attachment.name");
    }
    if (fileName.lastIndexOf('.') < 1) {
      return Optional.of("attachment.type");
    }
    return Optional.empty();
  }

  private static boolean bytesAre(String mediaType, byte[] b) {
    return switch (mediaType) {
      case "application/pdf" -> startsWith(b, '%', 'P', 'D', 'F', '-');
      case "image/jpeg" -> startsWith(b, 0xFF, 0xD8, 0xFF);
      case "image/png" -> startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      default -> isWordDocument(b);
    };
  }

  /**
   * A DOCX is a ZIP package with a content-types part and a {@code word/} folder. The names are
   * read as stored bytes, without inflating anything, so a compressed bomb costs nothing.
   */
  private static boolean isWordDocument(byte[] b) {
    return startsWith(b, 'P', 'K', 3, 4)
        && contains(b, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII))
        && contains(b, "word/".getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  public record Result(AttachmentFile file, String violation) {
    static Result accepted(AttachmentFile file) {
      return new Result(file, null);
    }

    static Result refused(String violation) {
      return new Result(null, violation);
    }

    public boolean isAccepted() {
      return file != null;
    }
  }
}
