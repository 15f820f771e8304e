package vn.pakn.officers.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.identity.control.OidcProvider;
import vn.pakn.identity.control.OidcProviders;
import vn.pakn.identity.control.PendingSignIn;
import vn.pakn.identity.control.ProviderUnavailable;
import vn.pakn.identity.control.SignInRefused;
import vn.pakn.identity.control.VerifiedIdentity;
import vn.pakn.officers.control.OfficerIdentities;

/**
 * Officers sign in at the province's OpenID Connect provider ({@code pakn.oidc.officers.*}): the
 * browser is sent there and comes back to {@code callback}, which starts the same cookie session as
 * a password sign-in, so everything afterwards is unchanged. Every failure goes back to the sign-in
 * page with its reason ({@code ?provider=unknown|refused|unavailable}), which explains it.
 */
@Path("session/provider")
public class ProviderSignInResource {

  private static final Logger LOG = Logger.getLogger(ProviderSignInResource.class.getName());

  static final String PENDING = "pakn.oidc.pending";

  /** An officers' page to come back to: a file name in can-bo/, with a plain query. */
  private static final Pattern NEXT =
      Pattern.compile("[a-z0-9-]{1,40}\\.html(\\?[\\w=&%.-]{0,200})?");

  @Inject OidcProviders providers;
  @Inject OfficerIdentities identities;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;
  @Context UriInfo uriInfo;

  /**
   * @param name what the button says after "Đăng nhập bằng"
   */
  public record ProviderSignIn(boolean configured, String name, boolean localPasswords) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Whether officers can sign in at an identity provider, and with passwords")
  public ProviderSignIn configuration() {
    var provider = providers.officers();
    return new ProviderSignIn(
        provider.isPresent(),
        provider.map(p -> p.settings().name()).orElse(null),
        SessionResource.localPasswords());
  }

  @GET
  @Path("start")
  @Operation(summary = "Sends the browser to the identity provider to sign in")
  public Response start(@QueryParam("next") String next) {
    var provider = providers.officers();
    if (provider.isEmpty()) {
      return back("unconfigured");
    }
    String checkedNext = next != null && NEXT.matcher(next).matches() ? next : null;
    OidcProvider.Redirect redirect;
    try {
      redirect =
          provider
              .get()
              .begin(
                  uriInfo.getBaseUriBuilder().path("session/provider/callback").build(),
                  checkedNext);
    } catch (ProviderUnavailable e) {
      LOG.warning("officers' identity provider unavailable: " + e.getMessage());
      return back("unavailable");
    }
    request.getSession(true).setAttribute(PENDING, redirect.pending());
    vn.pakn.platform.control.SameSiteCookies.sameSite(response);
    return Response.seeOther(redirect.location()).build();
  }

  @GET
  @Path("callback")
  @Operation(summary = "Where the identity provider sends the browser back")
  public Response callback() {
    var provider = providers.officers();
    if (provider.isEmpty()) {
      return back("unconfigured");
    }
    var session = request.getSession(false);
    PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
    if (session != null) {
      session.removeAttribute(PENDING);
    }
    VerifiedIdentity identity;
    try {
      identity = provider.get().finish(uriInfo.getRequestUri(), pending);
    } catch (ProviderUnavailable e) {
      LOG.warning("officers' identity provider unavailable: " + e.getMessage());
      return back("unavailable");
    } catch (SignInRefused e) {
      LOG.warning("provider sign-in refused: " + e.getMessage());
      return back("refused");
    }
    var officer = identities.officerFor(identity, provider.get().settings().claim());
    if (officer.isEmpty()) {
      LOG.info("provider sign-in of a subject without an officer's account: refused");
      return back("unknown");
    }
    SessionResource.begin(request, response, officer.get(), identity.idToken());
    String next = pending.next() == null ? "hop-thu.html" : pending.next();
    return Response.seeOther(URI.create("../can-bo/" + next)).build();
  }

  private static Response back(String reason) {
    return Response.seeOther(URI.create("../can-bo/dang-nhap.html?provider=" + reason)).build();
  }
}
