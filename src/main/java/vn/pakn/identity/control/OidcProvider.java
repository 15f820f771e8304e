package vn.pakn.identity.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * One provider: its discovery document, the code flow with PKCE, and signing out at the provider.
 * The discovery document is read again at every sign-in start (one small request), so a provider
 * that is down is noticed before the browser is sent to it; its keys are kept between sign-ins and
 * fetched again when a token names a key not yet known.
 */
public class OidcProvider {

  private final OidcSettings settings;
  private volatile Discovered discovered;

  private record Discovered(OIDCProviderMetadata metadata, IdTokens idTokens) {}

  public OidcProvider(OidcSettings settings) {
    this.settings = settings;
  }

  public OidcSettings settings() {
    return settings;
  }

  /** Where to send the browser, and what to keep until it comes back. */
  public record Redirect(URI location, PendingSignIn pending) {}

  /**
   * @throws ProviderUnavailable when the discovery document cannot be read
   */
  public Redirect begin(URI redirectUri, String next) {
    OIDCProviderMetadata metadata = rediscover().metadata();
    var state = new State();
    var nonce = new Nonce();
    var verifier = new CodeVerifier();
    URI location =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()),
                redirectUri)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return new Redirect(
        location,
        new PendingSignIn(
            state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri.toString(), next));
  }

  /**
   * The browser came back to the redirect URI: checks the answer, exchanges the code (with the PKCE
   * verifier) and checks the ID token.
   *
   * @param response the full address the browser came back to, query included
   * @throws SignInRefused when the answer proves nothing
   * @throws ProviderUnavailable when the provider cannot be reached
   */
  public VerifiedIdentity finish(URI response, PendingSignIn pending) {
    if (pending == null) {
      throw new SignInRefused("no sign-in was started in this browser session");
    }
    AuthenticationResponse answer;
    try {
      answer = AuthenticationResponseParser.parse(response);
    } catch (ParseException e) {
      throw new SignInRefused("unreadable answer from the provider", e);
    }
    if (answer.getState() == null || !pending.state().equals(answer.getState().getValue())) {
      throw new SignInRefused("the state does not match this browser's sign-in");
    }
    if (answer instanceof AuthenticationErrorResponse error) {
      throw new SignInRefused("the provider answered " + error.getErrorObject().getCode());
    }
    AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new SignInRefused("no authorization code in the answer");
    }
    Discovered provider = discovered();
    var grant =
        new AuthorizationCodeGrant(
            code, URI.create(pending.redirectUri()), new CodeVerifier(pending.codeVerifier()));
    var clientId = new ClientID(settings.clientId());
    TokenRequest request =
        settings.clientSecret().isEmpty()
            ? new TokenRequest(provider.metadata().getTokenEndpointURI(), clientId, grant, null)
            : new TokenRequest(
                provider.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(clientId, new Secret(settings.clientSecret())),
                grant);
    OIDCTokenResponse tokens;
    try {
      var answered = OIDCTokenResponseParser.parse(timed(request.toHTTPRequest()).send());
      if (!answered.indicatesSuccess()) {
        throw new SignInRefused(
            "the provider refused the code: "
                + answered.toErrorResponse().getErrorObject().getCode());
      }
      tokens = (OIDCTokenResponse) answered.toSuccessResponse();
    } catch (IOException e) {
      throw new ProviderUnavailable("the token endpoint could not be reached", e);
    } catch (ParseException e) {
      throw new SignInRefused("unreadable token response", e);
    }
    if (tokens.getOIDCTokens().getIDToken() == null) {
      throw new SignInRefused("no ID token in the token response");
    }
    String idToken = tokens.getOIDCTokens().getIDTokenString();
    IDTokenClaimsSet claims = provider.idTokens().check(idToken, pending.nonce());
    return new VerifiedIdentity(
        claims.getIssuer().getValue(),
        claims.getSubject().getValue(),
        claims.getStringClaim("preferred_username"),
        claims.getStringClaim("email"),
        Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")),
        claims.getStringClaim("name"),
        claims.getStringClaim("phone_number"),
        Boolean.TRUE.equals(claims.getBooleanClaim("phone_number_verified")),
        idToken);
  }

  /**
   * The provider's end-session address (RP-initiated logout), when it has one and can be reached:
   * the browser goes there after the PAKN session ended, and comes back to {@code after}.
   */
  public Optional<URI> signOut(String idToken, URI after) {
    try {
      URI endpoint = discovered().metadata().getEndSessionEndpointURI();
      if (endpoint == null) {
        return Optional.empty();
      }
      return Optional.of(
          new LogoutRequest(
                  endpoint,
                  idToken == null ? null : JWTParser.parse(idToken),
                  null,
                  new ClientID(settings.clientId()),
                  after,
                  null,
                  null)
              .toURI());
    } catch (ProviderUnavailable | java.text.ParseException e) {
      return Optional.empty();
    }
  }

  private Discovered discovered() {
    Discovered known = discovered;
    return known != null ? known : rediscover();
  }

  private synchronized Discovered rediscover() {
    OIDCProviderMetadata metadata;
    try {
      metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), this::timed);
    } catch (GeneralException | IOException e) {
      throw new ProviderUnavailable(
          "the discovery document of " + settings.issuer() + " could not be read", e);
    }
    Discovered known = discovered;
    if (known != null && known.metadata().getJWKSetURI().equals(metadata.getJWKSetURI())) {
      discovered = new Discovered(metadata, known.idTokens());
    } else {
      discovered = new Discovered(metadata, idTokens(metadata));
    }
    return discovered;
  }

  private IdTokens idTokens(OIDCProviderMetadata metadata) {
    int millis = (int) settings.timeout().toMillis();
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.<SecurityContext>create(
                  metadata.getJWKSetURI().toURL(),
                  new DefaultResourceRetriever(millis, millis, 512 * 1024))
              .build();
      return new IdTokens(metadata.getIssuer(), new ClientID(settings.clientId()), keys);
    } catch (java.net.MalformedURLException e) {
      throw new ProviderUnavailable("the provider's key set address is not a URL", e);
    }
  }

  private HTTPRequest timed(HTTPRequest request) {
    int millis = (int) settings.timeout().toMillis();
    request.setConnectTimeout(millis);
    request.setReadTimeout(millis);
    return request;
  }
}
