package vn.pakn.officers.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import vn.pakn.platform.control.ProblemException;

/**
 * A changing request made with an officer's cookie session must carry the session's CSRF token in
 * {@code X-CSRF-Token}, so no other site can act in the officer's name. Bearer-token and anonymous
 * requests carry no ambient credentials and are not checked.
 */
@Provider
public class CsrfCheck implements ContainerRequestFilter {

  static final String HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE.contains(context.getMethod())
        || !"session".equals(request.getAttribute(OfficerAuthentication.SCHEME))
        || context.getUriInfo().getPath().equals("session")) {
      return;
    }
    var session = request.getSession(false);
    Object expected =
        session == null ? null : session.getAttribute(OfficerAuthentication.SESSION_CSRF);
    String sent = context.getHeaderString(HEADER);
    if (!(expected instanceof String token)
        || sent == null
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new ProblemException(403, "csrf");
    }
  }
}
