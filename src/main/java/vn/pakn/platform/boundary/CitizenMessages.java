package vn.pakn.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.pakn.platform.control.Sha256;

/**
 * {@code /i18n/citizen/vi.json}: the pages' texts without the officers' (about 40 % of the file),
 * so a citizen's page on a slow phone loads only what it can show. Made from {@code i18n/vi.json}
 * itself, which stays the one file translators edit; officers' pages load the whole file.
 */
@WebServlet("/i18n/citizen/*")
public class CitizenMessages extends HttpServlet {

  /** Keys of the officers' pages only: by the first part of the key. */
  static final List<String> OFFICER_PREFIXES =
      List.of(
          "officer.",
          "mails.",
          "calendar.",
          "accounts.",
          "publication.",
          "register.",
          "searchIndex.",
          "clocks.",
          "activation.");

  private record Prepared(byte[] body, String etag) {}

  private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String language = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (!language.matches("/(vi|en)\\.json")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Prepared file = prepared.computeIfAbsent(language, this::prepare);
    response.setHeader("ETag", file.etag());
    response.setHeader("Cache-Control", "no-cache");
    if (file.etag().equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/json; charset=UTF-8");
    response.setContentLength(file.body().length);
    response.getOutputStream().write(file.body());
  }

  private Prepared prepare(String language) {
    try (InputStream in = getServletContext().getResourceAsStream("/i18n" + language);
        var reader = Json.createReader(in)) {
      byte[] body = citizenOnly(reader.readObject()).toString().getBytes(StandardCharsets.UTF_8);
      return new Prepared(body, "\"" + Sha256.hex(body).substring(0, 16) + "\"");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonObject citizenOnly(JsonObject all) {
    JsonObjectBuilder kept = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> entry : all.entrySet()) {
      if (OFFICER_PREFIXES.stream().noneMatch(entry.getKey()::startsWith)) {
        kept.add(entry.getKey(), entry.getValue());
      }
    }
    return kept.build();
  }
}
