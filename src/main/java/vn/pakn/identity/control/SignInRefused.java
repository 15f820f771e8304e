package vn.pakn.identity.control;

/**
 * The answer that came back does not prove who the person is: a wrong state, an error from the
 * provider (the person cancelled), a refused code, or an ID token that fails a check.
 */
public class SignInRefused extends SignInFailed {

  public SignInRefused(String message) {
    super("refused", message, null);
  }

  public SignInRefused(String message, Throwable cause) {
    super("refused", message, cause);
  }
}
