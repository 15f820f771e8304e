package vn.pakn.officers.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.control.AgencyRef;
import vn.pakn.identity.control.OidcProviders;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.control.SignIn;
import vn.pakn.officers.entity.Officer;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.ProblemException;

/**
 * Signing in to the officers' pages: a cookie session (a fresh session id at every sign-in) and a
 * CSRF token that every changing request of that session must carry in {@code X-CSRF-Token}.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Agencies agencies;
  @Inject SignIn signIn;
  @Inject SignInThrottle throttle;
  @Inject CurrentOfficer current;
  @PersistenceContext EntityManager em;
  @Inject OidcProviders providers;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;
  @Context jakarta.servlet.http.HttpServletResponse response;

  public record Me(
      String username,
      String displayName,
      String agencyCode,
      String agencyName,
      List<String> roles,
      String csrfToken) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign in to the officers' pages (cookie session)")
  public Me signIn(InputStream body) throws IOException {
    if (!localPasswords()) {
      throw new ProblemException(403, "local-passwords-off");
    }
    throttle.attempt(request.getRemoteAddr());
    var credentials =
        Credentials.from(JsonBodies.parseObject(JsonBodies.readAtMost(body, 4096), "body"));
    Officer officer = signIn.check(credentials.username(), credentials.password());
    return me(officer, begin(request, response, officer, null));
  }

  /**
   * Whether officers may sign in to the pages with a PAKN password ({@code
   * pakn.auth.localPasswords}, default {@code true}); bearer tokens for machine clients are not
   * affected.
   */
  static boolean localPasswords() {
    return ConfigProvider.getConfig()
        .getOptionalValue("pakn.auth.localPasswords", Boolean.class)
        .orElse(true);
  }

  /**
   * Starts a new session for the officer (a fresh id: whatever session the browser had ends) and
   * returns its CSRF token.
   *
   * @param idToken the provider's ID token when signed in there, kept for signing out there too
   */
  static String begin(
      HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      Officer officer,
      String idToken) {
    var old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    var session = request.getSession(true);
    vn.pakn.platform.control.SameSiteCookies.sameSite(response);
    String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    session.setAttribute(OfficerAuthentication.SESSION_USERNAME, officer.username());
    session.setAttribute(
        OfficerAuthentication.SESSION_ROLES, OfficerAuthentication.groups(officer));
    session.setAttribute(OfficerAuthentication.SESSION_CSRF, csrf);
    if (idToken != null) {
      session.setAttribute(OfficerAuthentication.SESSION_ID_TOKEN, idToken);
    }
    return csrf;
  }

  @GET
  @Operation(summary = "Who is signed in, with the session's CSRF token")
  public Me whoAmI() {
    Officer officer = current.requireOfficer();
    var session = request.getSession(false);
    String csrf =
        session == null ? null : (String) session.getAttribute(OfficerAuthentication.SESSION_CSRF);
    return me(officer, csrf);
  }

  /** Where the browser goes to end the provider's session too. */
  public record SignedOut(String signOutUrl) {}

  @DELETE
  @Operation(
      summary = "Sign out",
      description =
          "204; or 200 {signOutUrl} when the officer signed in at the identity provider: the"
              + " browser goes there to end that session too")
  public Response signOut() {
    var session = request.getSession(false);
    String idToken = null;
    if (session != null) {
      idToken = (String) session.getAttribute(OfficerAuthentication.SESSION_ID_TOKEN);
      session.invalidate();
    }
    if (idToken != null) {
      String token = idToken;
      var after = uriInfo.getBaseUri().resolve("../can-bo/dang-nhap.html?signedOut=1");
      var there = providers.officers().flatMap(p -> p.signOut(token, after));
      if (there.isPresent()) {
        return Response.ok(new SignedOut(there.get().toString())).build();
      }
    }
    return Response.noContent().build();
  }

  private Me me(Officer officer, String csrf) {
    AgencyRef agency = agencies.ref(officer.agencyId()).orElseThrow();
    return new Me(
        officer.username(),
        officer.displayName(),
        agency.code(),
        agency.name(),
        officer.roles().stream().map(Enum::name).sorted().toList(),
        csrf);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
