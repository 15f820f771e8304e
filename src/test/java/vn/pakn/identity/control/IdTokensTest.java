package vn.pakn.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ID tokens made here with our own keys, checked against a key set served over HTTP as a provider
 * serves it: only a token signed by a published key, from the issuer, for our client, in time and
 * with this sign-in's nonce gets through.
 */
class IdTokensTest {

  static final String ISSUER = "https://id.example.gov.vn/realms/pakn";
  static final String CLIENT = "pakn-officers";
  static final String NONCE = "n-0S6_WzA2Mj";

  HttpServer server;
  volatile JWKSet published;
  final AtomicInteger fetches = new AtomicInteger();
  RSAKey key;
  IdTokens idTokens;

  @BeforeEach
  void provider() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    published = new JWKSet(key.toPublicJWK());
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/certs",
        exchange -> {
          fetches.incrementAndGet();
          byte[] body = published.toString().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    idTokens = idTokensAt(new URL("http://127.0.0.1:" + server.getAddress().getPort() + "/certs"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static IdTokens idTokensAt(URL keys) {
    return new IdTokens(
        new Issuer(ISSUER),
        new ClientID(CLIENT),
        JWKSourceBuilder.<SecurityContext>create(keys, new DefaultResourceRetriever(2000, 2000))
            .build());
  }

  JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("8f14e45f-ceea-467f-a0e6-0c2b7f1a3b11")
        .audience(CLIENT)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", NONCE)
        .claim("email", "receiver@demo.pakn.local")
        .claim("email_verified", true);
  }

  String signed(RSAKey with, Consumer<JWTClaimsSet.Builder> change) throws Exception {
    var builder = claims();
    change.accept(builder);
    var jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
            builder.build());
    jwt.sign(new RSASSASigner(with));
    return jwt.serialize();
  }

  String signed(Consumer<JWTClaimsSet.Builder> change) throws Exception {
    return signed(key, change);
  }

  @Test
  void aTokenOfTheProviderForUsIsAccepted() throws Exception {
    var checked = idTokens.check(signed(c -> {}), NONCE);
    assertThat(checked.getSubject().getValue()).isEqualTo("8f14e45f-ceea-467f-a0e6-0c2b7f1a3b11");
    assertThat(checked.getStringClaim("email")).isEqualTo("receiver@demo.pakn.local");
  }

  @Test
  void aTokenSignedByAnotherKeyUnderThePublishedKeyIdIsRefused() throws Exception {
    RSAKey forger = new RSAKeyGenerator(2048).keyID("k1").generate();
    assertThatThrownBy(() -> idTokens.check(signed(forger, c -> {}), NONCE))
        .isInstanceOf(SignInRefused.class);
  }

  @Test
  void aTokenSignedByAKeyThatIsNotPublishedIsRefused() throws Exception {
    RSAKey forger = new RSAKeyGenerator(2048).keyID("k-forged").generate();
    assertThatThrownBy(() -> idTokens.check(signed(forger, c -> {}), NONCE))
        .isInstanceOf(SignInRefused.class);
  }

  @Test
  void anAlteredTokenIsRefused() throws Exception {
    String[] parts = signed(c -> {}).split("\\.");
    String otherClaims =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                claims()
                    .claim("email", "leader@demo.pakn.local")
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8));
    String altered = parts[0] + "." + otherClaims + "." + parts[2];
    assertThatThrownBy(() -> idTokens.check(altered, NONCE)).isInstanceOf(SignInRefused.class);
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String plain = new PlainJWT(claims().build()).serialize();
    assertThatThrownBy(() -> idTokens.check(plain, NONCE)).isInstanceOf(SignInRefused.class);
  }

  @Test
  void aTokenSignedWithASharedSecretIsRefused() throws Exception {
    // an HMAC "signature" keyed with something public must never pass for the provider's
    var jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims().build());
    jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
    assertThatThrownBy(() -> idTokens.check(jwt.serialize(), NONCE))
        .isInstanceOf(SignInRefused.class);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant past = Instant.now().minusSeconds(3600);
    String token =
        signed(
            c ->
                c.issueTime(Date.from(past))
                    .expirationTime(
                        Date.from(
                            Instant.now().minusSeconds(IdTokens.MAX_CLOCK_SKEW_SECONDS + 30))));
    assertThatThrownBy(() -> idTokens.check(token, NONCE))
        .isInstanceOf(SignInRefused.class)
        .hasMessageContaining("xpired");
  }

  @Test
  void aTokenJustExpiredWithinTheClockSkewIsAccepted() throws Exception {
    String token =
        signed(
            c ->
                c.issueTime(Date.from(Instant.now().minusSeconds(600)))
                    .expirationTime(Date.from(Instant.now().minusSeconds(20))));
    assertThat(idTokens.check(token, NONCE).getSubject()).isNotNull();
  }

  @Test
  void aTokenIssuedInTheFutureBeyondTheClockSkewIsRefused() throws Exception {
    Instant future = Instant.now().plusSeconds(IdTokens.MAX_CLOCK_SKEW_SECONDS + 120);
    String token =
        signed(
            c -> c.issueTime(Date.from(future)).expirationTime(Date.from(future.plusSeconds(300))));
    assertThatThrownBy(() -> idTokens.check(token, NONCE)).isInstanceOf(SignInRefused.class);
  }

  @Test
  void aTokenForAnotherClientIsRefused() throws Exception {
    String token = signed(c -> c.audience("another-app"));
    assertThatThrownBy(() -> idTokens.check(token, NONCE))
        .isInstanceOf(SignInRefused.class)
        .hasMessageContaining("audience");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() throws Exception {
    String token = signed(c -> c.issuer("https://evil.example.com/realms/pakn"));
    assertThatThrownBy(() -> idTokens.check(token, NONCE))
        .isInstanceOf(SignInRefused.class)
        .hasMessageContaining("issuer");
  }

  @Test
  void aTokenOfAnotherSignInIsRefused() throws Exception {
    assertThatThrownBy(() -> idTokens.check(signed(c -> c.claim("nonce", "other")), NONCE))
        .isInstanceOf(SignInRefused.class)
        .hasMessageContaining("nonce");
    assertThatThrownBy(() -> idTokens.check(signed(c -> c.claim("nonce", null)), NONCE))
        .isInstanceOf(SignInRefused.class);
  }

  @Test
  void aNewKeyOfTheProviderIsFetchedWhenATokenNamesIt() throws Exception {
    assertThat(idTokens.check(signed(c -> {}), NONCE)).isNotNull();
    int before = fetches.get();
    RSAKey rotated = new RSAKeyGenerator(2048).keyID("k2").generate();
    published = new JWKSet(java.util.List.of(rotated.toPublicJWK(), key.toPublicJWK()));

    assertThat(idTokens.check(signed(rotated, c -> {}), NONCE).getSubject()).isNotNull();
    assertThat(fetches.get()).as("the key set was fetched again").isGreaterThan(before);
  }

  @Test
  void keysThatCannotBeFetchedAreTheProvidersFaultNotTheTokens() throws Exception {
    server.stop(0);
    assertThatThrownBy(() -> idTokens.check(signed(c -> {}), NONCE))
        .isInstanceOf(ProviderUnavailable.class);
  }
}
