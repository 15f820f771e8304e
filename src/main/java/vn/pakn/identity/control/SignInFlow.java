package vn.pakn.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.pakn.platform.control.SameSiteCookies;

/**
 * A browser's sign-in at a provider, across its two requests: {@link #start} sends it to the
 * provider (state, nonce and PKCE) and keeps what the callback must find again in the browser's
 * session, one pending sign-in per audience; {@link #finish} takes that back, once, and checks the
 * answer. Which session the verified person then gets, and where the browser goes, is the caller's.
 * Failures are logged here and thrown as {@link SignInFailed}.
 */
@RequestScoped
public class SignInFlow {

  private static final Logger LOG = Logger.getLogger(SignInFlow.class.getName());

  /** A page to come back to: a file name in the caller's folder, with a plain query. */
  private static final Pattern NEXT =
      Pattern.compile("[a-z0-9-]{1,40}\\.html(\\?[\\w=&%.-]{0,200})?");

  @Inject HttpServletRequest request;

  /**
   * Who the provider vouched for.
   *
   * @param next the page asked for at the start, if any
   */
  public record SignedIn(VerifiedIdentity identity, String next, OidcSettings settings) {

    public String nextOr(String page) {
      return next == null ? page : next;
    }
  }

  /**
   * @param provider none when this audience has no provider
   * @param callback where the provider sends the browser back
   * @param next the page to come back to afterwards; dropped unless it is a plain page name
   * @param response gets the session cookie
   * @return the provider's authorization address, to send the browser to
   * @throws SignInFailed unconfigured or unavailable
   */
  public URI start(
      Optional<OidcProvider> provider, URI callback, String next, HttpServletResponse response) {
    OidcProvider at = provider.orElseThrow(SignInFailed::unconfigured);
    String checkedNext = next != null && NEXT.matcher(next).matches() ? next : null;
    OidcProvider.Redirect redirect;
    try {
      redirect = at.begin(callback, checkedNext);
    } catch (SignInFailed e) {
      throw logged(at, e);
    }
    request.getSession(true).setAttribute(pendingKey(at), redirect.pending());
    SameSiteCookies.sameSite(response);
    return redirect.location();
  }

  /**
   * @param answer the full address the browser came back to, query included
   * @throws SignInFailed unconfigured, unavailable or refused (also when no sign-in was started in
   *     this browser session)
   */
  public SignedIn finish(Optional<OidcProvider> provider, URI answer) {
    OidcProvider at = provider.orElseThrow(SignInFailed::unconfigured);
    var session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(pendingKey(at));
    if (session != null) {
      session.removeAttribute(pendingKey(at));
    }
    VerifiedIdentity identity;
    try {
      identity = at.finish(answer, pending);
    } catch (SignInFailed e) {
      throw logged(at, e);
    }
    return new SignedIn(identity, pending.next(), at.settings());
  }

  private static String pendingKey(OidcProvider provider) {
    return OidcSettings.PREFIX + provider.settings().audience() + ".pending";
  }

  private static SignInFailed logged(OidcProvider provider, SignInFailed e) {
    LOG.warning(
        provider.settings().audience()
            + "' sign-in at the identity provider: "
            + e.reason()
            + ", "
            + e.getMessage());
    return e;
  }
}
