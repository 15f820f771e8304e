package vn.pakn.identity.control;

/** The provider could not be reached or answered nonsense: the person is not to blame. */
public class ProviderUnavailable extends RuntimeException {

  public ProviderUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
