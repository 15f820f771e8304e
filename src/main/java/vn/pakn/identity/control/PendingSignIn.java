package vn.pakn.identity.control;

import java.io.Serializable;

/**
 * What a sign-in sent to the provider must find again when the browser comes back: kept in the
 * browser's session between the two, never in the address.
 *
 * @param next where to go afterwards (already checked by the caller)
 */
public record PendingSignIn(
    String state, String nonce, String codeVerifier, String redirectUri, String next)
    implements Serializable {}
