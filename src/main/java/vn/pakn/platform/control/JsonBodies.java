package vn.pakn.platform.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON object strictly: at most a given number of bytes, valid UTF-8 only (TCVN 6909:2001
 * asks for Unicode text; a broken byte is refused rather than silently replaced), one object read
 * by {@link StrictJson}.
 */
public final class JsonBodies {

  private JsonBodies() {}

  public static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      total += n;
      if (total > max) {
        throw new ProblemException(413, "too-large");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  public static String decodeUtf8(byte[] bytes, String field) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ProblemException.invalid(new Violation(field, "utf8"));
    }
  }

  /** One JSON object read by {@link StrictJson}. */
  public static JsonObject parseObject(byte[] bytes, String field) {
    JsonValue value = StrictJson.read(decodeUtf8(bytes, field), field);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ProblemException.invalid(new Violation(field, "json.object"));
    }
    return value.asJsonObject();
  }
}
