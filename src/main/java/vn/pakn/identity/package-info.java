/**
 * Sign-in through an OpenID Connect provider: the province's for officers, a citizens' provider for
 * citizens. A small flow of our own on the Nimbus OAuth 2.0/OpenID Connect SDK: discovery, the
 * authorization code flow with PKCE (S256), state and nonce, and the ID token checked against the
 * provider's published keys (fetched again when a token names an unknown key), its issuer, our
 * client id as audience and its expiry with a bounded clock skew. Officers' and citizens' sign-ins
 * take the same two steps ({@code SignInFlow}); only the session each starts differs.
 *
 * <p>This component only says who the provider vouches for ({@code VerifiedIdentity}); what that
 * person may do stays in PAKN: the officers component maps an identity to an existing account with
 * its roles and agency, and creates nothing.
 */
package vn.pakn.identity;
