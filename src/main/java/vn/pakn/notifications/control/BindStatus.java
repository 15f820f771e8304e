package vn.pakn.notifications.control;

import java.time.Instant;

/**
 * Where this node's SMPP session stands, for the administrators' page: a refused bind (wrong
 * account, password, or an IP the provider does not know) needs a person, not a retry.
 */
public record BindStatus(State state, Instant since, String detail, String provider) {

  public enum State {
    /** No provider configured: texts are kept. */
    NOT_CONFIGURED,
    /** Configured, not connected yet (nothing to send so far). */
    NOT_BOUND,
    BOUND,
    /** The provider answered the bind with an error. */
    REFUSED,
    /** The provider could not be reached, or the session broke. */
    UNREACHABLE
  }
}
