package vn.pakn.documents;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A remote signing service speaking the three calls of the Cloud Signature Consortium API v2 that
 * signing a hash needs ({@code credentials/info}, {@code credentials/authorize}, {@code
 * signatures/signHash}), holding one credential (a {@link TestPki} key) behind a bearer token and a
 * PIN. Served on 127.0.0.1 from the test JVM.
 */
public final class TestCscService implements AutoCloseable {

  public static final String CREDENTIAL = "agency-seal-1";
  public static final String TOKEN = "test-access-token";
  public static final String PIN = "123456";
  private static final byte[] SHA256_DIGEST_INFO =
      HexFormat.of().parseHex("3031300d060960864801650304020105000420");

  private final TestPki.Issued credential;
  private final HttpServer server;
  private final AtomicInteger signatures = new AtomicInteger();
  private volatile String sad;
  private volatile String authorizedHash;

  public TestCscService(TestPki.Issued credential) throws IOException {
    this.credential = credential;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/csc/v2/credentials/info", this::info);
    server.createContext("/csc/v2/credentials/authorize", this::authorize);
    server.createContext("/csc/v2/signatures/signHash", this::signHash);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/csc/v2/";
  }

  public int signatures() {
    return signatures.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void info(HttpExchange exchange) throws IOException {
    JsonObject request = request(exchange);
    if (request == null || !CREDENTIAL.equals(request.getString("credentialID", ""))) {
      reply(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    try {
      var certificates = Json.createArrayBuilder();
      certificates.add(Base64.getEncoder().encodeToString(credential.certificate().getEncoded()));
      for (var issuer : credential.chain()) {
        certificates.add(Base64.getEncoder().encodeToString(issuer.getEncoded()));
      }
      reply(
          exchange,
          200,
          Json.createObjectBuilder()
              .add("key", Json.createObjectBuilder().add("status", "enabled"))
              .add("cert", Json.createObjectBuilder().add("certificates", certificates))
              .add("authMode", "explicit")
              .build()
              .toString());
    } catch (Exception e) {
      reply(exchange, 500, "{}");
    }
  }

  private void authorize(HttpExchange exchange) throws IOException {
    JsonObject request = request(exchange);
    if (request == null || !PIN.equals(request.getString("PIN", ""))) {
      reply(exchange, 401, "{\"error\":\"invalid_pin\"}");
      return;
    }
    sad = UUID.randomUUID().toString();
    authorizedHash = request.getJsonArray("hashes").getString(0);
    reply(exchange, 200, Json.createObjectBuilder().add("SAD", sad).build().toString());
  }

  private void signHash(HttpExchange exchange) throws IOException {
    JsonObject request = request(exchange);
    String hash = request == null ? null : request.getJsonArray("hashes").getString(0);
    if (request == null
        || sad == null
        || !sad.equals(request.getString("SAD", ""))
        || !hash.equals(authorizedHash)) {
      reply(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    sad = null;
    try {
      byte[] digest = Base64.getDecoder().decode(hash);
      byte[] digestInfo = new byte[SHA256_DIGEST_INFO.length + digest.length];
      System.arraycopy(SHA256_DIGEST_INFO, 0, digestInfo, 0, SHA256_DIGEST_INFO.length);
      System.arraycopy(digest, 0, digestInfo, SHA256_DIGEST_INFO.length, digest.length);
      Signature rsa = Signature.getInstance("NONEwithRSA");
      rsa.initSign(credential.key());
      rsa.update(digestInfo);
      String value = Base64.getEncoder().encodeToString(rsa.sign());
      signatures.incrementAndGet();
      reply(
          exchange,
          200,
          Json.createObjectBuilder()
              .add("signatures", Json.createArrayBuilder().add(value))
              .build()
              .toString());
    } catch (Exception e) {
      reply(exchange, 500, "{}");
    }
  }

  private static JsonObject request(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!("Bearer " + TOKEN).equals(authorization)) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
