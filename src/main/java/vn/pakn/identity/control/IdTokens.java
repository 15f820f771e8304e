package vn.pakn.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.text.ParseException;
import java.util.Set;

/**
 * Checks an ID token (OpenID Connect Core 1.0 §3.1.3.7): signed with one of the provider's keys by
 * an asymmetric algorithm it announced (never {@code none}, never a shared secret), issued by the
 * configured issuer, for our client id, not expired and not issued in the future beyond {@link
 * #MAX_CLOCK_SKEW_SECONDS}, carrying the nonce of this sign-in.
 */
public class IdTokens {

  /** How far the provider's clock may be from ours. */
  public static final int MAX_CLOCK_SKEW_SECONDS = 60;

  /** The signature algorithms accepted: public-key ones only. */
  static final Set<JWSAlgorithm> ASYMMETRIC =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.Ed25519,
          JWSAlgorithm.EdDSA);

  private final IDTokenValidator validator;

  public IdTokens(Issuer issuer, ClientID clientId, JWKSource<SecurityContext> keys) {
    validator =
        new IDTokenValidator(
            issuer, clientId, new JWSVerificationKeySelector<>(ASYMMETRIC, keys), null);
    validator.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
  }

  /**
   * @throws SignInRefused when any check fails
   * @throws ProviderUnavailable when the provider's keys cannot be fetched
   */
  public IDTokenClaimsSet check(String idToken, String nonce) {
    try {
      return validator.validate(JWTParser.parse(idToken), nonce == null ? null : new Nonce(nonce));
    } catch (KeySourceException e) {
      throw new ProviderUnavailable("the provider's keys could not be fetched", e);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new SignInRefused("ID token refused: " + e.getMessage(), e);
    }
  }
}
