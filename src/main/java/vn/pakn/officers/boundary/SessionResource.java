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
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.control.AgencyRef;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.control.SignIn;
import vn.pakn.officers.entity.Officer;
import vn.pakn.platform.control.JsonBodies;

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
  @Context HttpServletRequest request;
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
    throttle.attempt(request.getRemoteAddr());
    var credentials =
        Credentials.from(JsonBodies.parseObject(JsonBodies.readAtMost(body, 4096), "body"));
    Officer officer = signIn.check(credentials.username(), credentials.password());
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
    return me(officer, csrf);
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

  @DELETE
  @Operation(summary = "Sign out")
  public Response signOut() {
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
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
