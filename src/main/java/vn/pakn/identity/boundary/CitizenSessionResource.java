package vn.pakn.identity.boundary;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.identity.control.CitizenSession;
import vn.pakn.identity.control.OidcProviders;
import vn.pakn.identity.control.SignInFailed;
import vn.pakn.identity.control.SignInFlow;
import vn.pakn.identity.control.VerifiedIdentity;
import vn.pakn.platform.control.SameSiteCookies;

/**
 * Citizens may sign in at the citizens' provider ({@code pakn.oidc.citizens.*}); filing without an
 * account stays. Signed in, the filing form is filled from the verified claims and "my petitions"
 * ({@code cua-toi.html}) lists what they filed signed in, without keys. Failures go back to {@code
 * cua-toi.html?provider=refused|unavailable}.
 */
@Path("citizen-session")
public class CitizenSessionResource {

  @Inject OidcProviders providers;
  @Inject CitizenSession citizen;
  @Inject SignInFlow flow;
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
    URI callback = uriInfo.getBaseUriBuilder().path("citizen-session/callback").build();
    try {
      return Response.seeOther(flow.start(providers.citizens(), callback, next, response)).build();
    } catch (SignInFailed e) {
      return back(e.reason());
    }
  }

  @GET
  @Path("callback")
  @Operation(summary = "Where the citizens' identity provider sends the browser back")
  public Response callback() {
    SignInFlow.SignedIn signedIn;
    try {
      signedIn = flow.finish(providers.citizens(), uriInfo.getRequestUri());
    } catch (SignInFailed e) {
      return back(e.reason());
    }
    citizen.begin(signedIn.identity());
    SameSiteCookies.sameSite(response);
    return Response.seeOther(URI.create("../" + signedIn.nextOr("cua-toi.html"))).build();
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
