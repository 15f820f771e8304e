package vn.pakn.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A small HTTP client for the API, as a partner system would call it. */
public final class Api {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  public Api(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Reply get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  public Reply delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), headers);
  }

  public Reply put(String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        headers);
  }

  public Reply postJson(String path, String json, String... headers) {
    return postBytes(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }

  public Reply postBytes(String path, String contentType, byte[] body, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofByteArray(body)),
        headers);
  }

  public Reply postMultipart(String path, List<Part> parts, String... headers) {
    String boundary = "pakn-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    for (Part part : parts) {
      String disposition =
          "form-data; name=\""
              + part.name()
              + "\""
              + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
      write(
          body,
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: "
                  + disposition
                  + "\r\nContent-Type: "
                  + part.contentType()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      write(body, part.content());
      write(body, "\r\n".getBytes(StandardCharsets.UTF_8));
    }
    write(body, ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return postBytes(
        path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
  }

  /**
   * The header of a public write on a node that asks for a proof of work: a challenge fetched and
   * solved, as the public pages do. None from a node without {@code /api/challenge} (an older
   * release).
   */
  public String[] proofOfWork() {
    Reply challenge = get("api/challenge");
    if (challenge.status() == 404) {
      return new String[0];
    }
    if (challenge.status() != 200) {
      throw new IllegalStateException("no challenge: " + challenge);
    }
    return new String[] {"X-Proof-Of-Work", ProofOfWorkSolver.solve(challenge.json())};
  }

  private static void write(ByteArrayOutputStream out, byte[] bytes) {
    out.writeBytes(bytes);
  }

  public Reply send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Part(String name, String fileName, String contentType, byte[] content) {
    public static Part json(String name, String json) {
      return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public static Part file(String fileName, String contentType, byte[] content) {
      return new Part("attachments", fileName, contentType, content);
    }
  }

  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.read();
      }
    }

    /** The fields named in a problem's violations. */
    public List<String> violatedFields() {
      var violations = json().getJsonArray("violations");
      return violations == null
          ? List.of()
          : violations.stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    @Override
    public String toString() {
      return status() + " " + response.body();
    }
  }
}
