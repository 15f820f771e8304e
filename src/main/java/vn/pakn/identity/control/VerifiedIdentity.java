package vn.pakn.identity.control;

/**
 * Who the provider vouches for, from a checked ID token. A claim the token lacks is {@code null};
 * an email or phone number is "verified" only when the provider says so in {@code
 * email_verified}/{@code phone_number_verified}.
 *
 * @param idToken the token itself, kept for signing out at the provider ({@code id_token_hint})
 */
public record VerifiedIdentity(
    String issuer,
    String subject,
    String preferredUsername,
    String email,
    boolean emailVerified,
    String name,
    String phone,
    boolean phoneVerified,
    String idToken)
    implements java.io.Serializable {

  /** Issuer and subject in one: who this is, for as long as the provider exists. */
  public String key() {
    return issuer + " " + subject;
  }

  /** The value of the claim PAKN names people by, if the provider verified it. */
  public String claim(String claim) {
    return switch (claim) {
      case "email" -> emailVerified ? email : null;
      case "preferred_username" -> preferredUsername;
      case "sub" -> subject;
      default -> throw new IllegalArgumentException("unsupported claim " + claim);
    };
  }
}
