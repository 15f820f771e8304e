package vn.pakn.documents.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A signing key held by a remote signing service (ký số từ xa) that speaks the Cloud Signature
 * Consortium API v2: {@code credentials/info} for the certificate chain, {@code
 * credentials/authorize} for the Signature Activation Data of one hash, {@code signatures/signHash}
 * for the signature. Only the hash of the data to be signed leaves the server. The bearer token is
 * the service account's access token; the PIN, when the service asks for one, authorises each
 * signature.
 */
public class CscSigningKey implements SigningKey {

  private final String baseUrl;
  private final String credentialId;
  private final String token;
  private final String pin;
  private final Duration timeout;
  private final HttpClient http;
  private volatile List<CertificateToken> chain;

  public CscSigningKey(
      String baseUrl, String credentialId, String token, String pin, Duration timeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.credentialId = credentialId;
    this.token = token;
    this.pin = pin;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public CertificateToken certificate() {
    return chain().get(0);
  }

  @Override
  public List<CertificateToken> chain() {
    List<CertificateToken> known = chain;
    if (known == null) {
      JsonObject info =
          call(
              "credentials/info",
              Json.createObjectBuilder()
                  .add("credentialID", credentialId)
                  .add("certificates", "chain"));
      known =
          info.getJsonObject("cert").getJsonArray("certificates").stream()
              .map(
                  v ->
                      DSSUtils.loadCertificate(
                          Base64.getDecoder().decode(((JsonString) v).getString())))
              .toList();
      if (known.isEmpty()) {
        throw new IllegalStateException("the signing service returned no certificate");
      }
      chain = known;
    }
    return known;
  }

  @Override
  public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
    String hash;
    try {
      hash =
          Base64.getEncoder()
              .encodeToString(
                  MessageDigest.getInstance(digest.getJavaName()).digest(data.getBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    EncryptionAlgorithm encryption = EncryptionAlgorithm.forKey(certificate().getPublicKey());
    SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(encryption, digest);
    JsonObjectBuilder authorize =
        Json.createObjectBuilder()
            .add("credentialID", credentialId)
            .add("numSignatures", 1)
            .add("hashes", Json.createArrayBuilder().add(hash))
            .add("hashAlgorithmOID", digest.getOid());
    if (pin != null) {
      authorize.add("PIN", pin);
    }
    String sad = call("credentials/authorize", authorize).getString("SAD");
    JsonObject signed =
        call(
            "signatures/signHash",
            Json.createObjectBuilder()
                .add("credentialID", credentialId)
                .add("SAD", sad)
                .add("hashes", Json.createArrayBuilder().add(hash))
                .add("hashAlgorithmOID", digest.getOid())
                .add("signAlgo", algorithm.getOid()));
    byte[] value = Base64.getDecoder().decode(signed.getJsonArray("signatures").getString(0));
    return new SignatureValue(algorithm, value);
  }

  private JsonObject call(String path, JsonObjectBuilder body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the signing service answered " + response.statusCode() + " to " + path);
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new IllegalStateException("the signing service cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while signing", e);
    }
  }
}
