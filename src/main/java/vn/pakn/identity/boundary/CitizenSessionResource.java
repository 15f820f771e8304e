package vn.pakn.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.identity.control.CitizenSession;
import vn.pakn.identity.control.OidcProvider;
import vn.pakn.identity.control.OidcProviders;
import vn.pakn.identity.control.PendingSignIn;
import vn.pakn.identity.control.ProviderUnavailable;
import vn.pakn.identity.control.SignInRefused;
import vn.pakn.identity.control.VerifiedIdentity;

/**
 * Citizens may sign in at the citizens' provider ({@code pakn.oidc.citizens.*}); filing without an
 * account stays. Signed in, the filing form is filled from the verified claims and "my petitions"
 * ({@code cua-toi.html}) lists what they filed signed in, without keys. Failures go back to {@code
 * cua-toi.html?provider=refused|unavailable}.
 */
@Path("citizen-session")
public class CitizenSessionResource {

  private static final Logger LOG = Logger.getLogger(CitizenSessionResource.class.getName());

  static final String PENDING = "pakn.oidc.citizen.pending";

  /** A citizens' page to come back to: a file name at the top, with a plain query. */
  private static final Pattern NEXT =
      Pattern.compile("[a-z0-9-]{1,40}\\.html(\\?[\\w=&%.-]{0,200})?");

  @Inject OidcProviders providers;
  @Inject CitizenSession citizen;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;
  @Context UriInfo uriInfo;

  /**
   * The signed-in citizen's verified details (none when not signed in), and whether a provider is
   * configured.
   */
  public record Citizen(
      boolean signedIn,
      boolean providerConfigured,
      String providerName,
      String name,
      String email,
      boolean emailVerified,
      String phone,
      boolean phoneVerified) {}

  /** Where the browser goes to end the provider's session too. */
  public record SignedOut(String signOutUrl) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The citizen signed in at the citizens' identity provider, if any")
  public Response whoAmI() {
    var provider = providers.citizens();
    var id = citizen.identity();
    var body =
        new Citizen(
            id.isPresent(),
            provider.isPresent(),
            provider.map(p -> p.settings().name()).orElse(null),
            id.map(VerifiedIdentity::name).orElse(null),
            id.map(VerifiedIdentity::email).orElse(null),
            id.map(VerifiedIdentity::emailVerified).orElse(false),
            id.map(VerifiedIdentity::phone).orElse(null),
            id.map(VerifiedIdentity::phoneVerified).orElse(false));
    var noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.ok(body).cacheControl(noStore).build();
  }

  @GET
  @Path("start")
  @Operation(summary = "Sends the browser to the citizens' identity provider to sign in")
  public Response start(@QueryParam("next") String next) {
    var provider = providers.citizens();
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
                  uriInfo.getBaseUriBuilder().path("citizen-session/callback").build(),
                  checkedNext);
    } catch (ProviderUnavailable e) {
      LOG.warning("citizens' identity provider unavailable: " + e.getMessage());
      return back("unavailable");
    }
    request.getSession(true).setAttribute(PENDING, redirect.pending());
    vn.pakn.platform.control.SameSiteCookies.sameSite(response);
    return Response.seeOther(redirect.location()).build();
  }

  @GET
  @Path("callback")
  @Operation(summary = "Where the citizens' identity provider sends the browser back")
  public Response callback() {
    var provider = providers.citizens();
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
      LOG.warning("citizens' identity provider unavailable: " + e.getMessage());
      return back("unavailable");
    } catch (SignInRefused e) {
      LOG.warning("citizen sign-in refused: " + e.getMessage());
      return back("refused");
    }
    citizen.begin(identity);
    vn.pakn.platform.control.SameSiteCookies.sameSite(response);
    String next = pending.next() == null ? "cua-toi.html" : pending.next();
    return Response.seeOther(URI.create("../" + next)).build();
  }

  @DELETE
  @Operation(
      summary = "Sign the citizen out",
      description =
          "204; or 200 {signOutUrl}: the browser goes there to end the provider's session")
  public Response signOut() {
    var was = citizen.end();
    var provider = providers.citizens();
    if (was.isPresent() && provider.isPresent()) {
      var there =
          provider
              .get()
              .signOut(
                  was.get().idToken(), uriInfo.getBaseUri().resolve("../cua-toi.html?signedOut=1"));
      if (there.isPresent()) {
        return Response.ok(new SignedOut(there.get().toString())).build();
      }
    }
    return Response.noContent().build();
  }

  private static Response back(String reason) {
    return Response.seeOther(URI.create("../cua-toi.html?provider=" + reason)).build();
  }
}
