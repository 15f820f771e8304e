/**
 * Officers, their roles and how they sign in (Jakarta Security): pages use a cookie session with a
 * CSRF token; machine clients use bearer tokens from {@code POST /api/tokens}. Passwords are kept
 * only as PBKDF2 hashes; repeated failed sign-ins lock an account for a growing time.
 *
 * <p>Every officer belongs to one agency and sees only the petitions that agency holds or has held.
 */
package vn.pakn.officers;
