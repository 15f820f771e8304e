package vn.pakn.officers.control;

import java.time.OffsetDateTime;

/**
 * An activation link was made for an officer (a new account, or a password reset by an
 * administrator), fired inside the transaction that stores it. The secret exists only here and in
 * the mail that carries it.
 */
public record OfficerInvited(
    long officerId, String secret, OffsetDateTime expiresAt, String language, boolean newAccount) {

  @Override
  public String toString() {
    return "OfficerInvited[officerId=" + officerId + ", expiresAt=" + expiresAt + "]";
  }
}
