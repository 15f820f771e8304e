package vn.pakn.identity.control;

/**
 * A provider sign-in that did not say who the person is; {@link #reason()} is what the sign-in page
 * is sent back with ({@code ?provider=<reason>}) to explain it.
 */
public class SignInFailed extends RuntimeException {

  private final String reason;

  SignInFailed(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** No provider is configured for this audience. */
  static SignInFailed unconfigured() {
    return new SignInFailed("unconfigured", "no identity provider is configured", null);
  }

  /** {@code unconfigured}, {@code unavailable} or {@code refused}. */
  public String reason() {
    return reason;
  }
}
