package vn.pakn.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The citizen signed in at the citizens' provider in this browser session, if any. Kept apart from
 * the officers' sign-in: a citizen's session gives no rights on the officers' API.
 */
@RequestScoped
public class CitizenSession {

  static final String ATTRIBUTE = "pakn.citizen";

  @Inject HttpServletRequest request;

  public Optional<VerifiedIdentity> identity() {
    var session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof VerifiedIdentity id
        ? Optional.of(id)
        : Optional.empty();
  }

  /** Starts a new session (a fresh id) for the citizen the provider vouched for. */
  public void begin(VerifiedIdentity identity) {
    var old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, identity);
  }

  /** Ends the session; returns who was signed in. */
  public Optional<VerifiedIdentity> end() {
    var identity = identity();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return identity;
  }
}
