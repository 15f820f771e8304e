package vn.pakn.officers.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.officers.control.Tokens;
import vn.pakn.officers.entity.Officer;

/**
 * Who is calling: a bearer token ({@code Authorization: Bearer …}) for machine clients, or the
 * officer signed in to this cookie session for pages. Anyone else is anonymous; officer endpoints
 * then answer 401 themselves, so public pages and the citizen API need no credentials.
 */
@ApplicationScoped
public class OfficerAuthentication implements HttpAuthenticationMechanism {

  /** Request attribute: how the caller was authenticated, {@code bearer} or {@code session}. */
  public static final String SCHEME = "pakn.auth.scheme";

  static final String SESSION_USERNAME = "pakn.officer";
  static final String SESSION_ROLES = "pakn.roles";
  static final String SESSION_CSRF = "pakn.csrf";

  /** The provider's ID token of an officer who signed in there (for signing out there too). */
  static final String SESSION_ID_TOKEN = "pakn.oidc.idToken";

  @Inject Tokens tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var officer = tokens.officerFor(authorization.substring(7).strip());
      if (officer.isEmpty()) {
        return context.doNothing();
      }
      request.setAttribute(SCHEME, "bearer");
      return context.notifyContainerAboutLogin(officer.get().username(), groups(officer.get()));
    }
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USERNAME) instanceof String username) {
      request.setAttribute(SCHEME, "session");
      @SuppressWarnings("unchecked")
      Set<String> roles = (Set<String>) session.getAttribute(SESSION_ROLES);
      return context.notifyContainerAboutLogin(username, roles == null ? Set.of() : roles);
    }
    return context.doNothing();
  }

  static Set<String> groups(Officer officer) {
    return officer.roles().stream().map(Enum::name).collect(Collectors.toSet());
  }
}
