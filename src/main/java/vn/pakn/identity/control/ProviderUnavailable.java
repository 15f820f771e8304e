package vn.pakn.identity.control;

/** The provider could not be reached or answered nonsense: the person is not to blame. */
public class ProviderUnavailable extends SignInFailed {

  public ProviderUnavailable(String message, Throwable cause) {
    super("unavailable", message, cause);
  }
}
