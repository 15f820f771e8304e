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
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.identity.control.OidcProviders;
import vn.pakn.identity.control.SignInFailed;
import vn.pakn.identity.control.SignInFlow;
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

  @Inject OidcProviders providers;
  @Inject SignInFlow flow;
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
    URI callback = uriInfo.getBaseUriBuilder().path("session/provider/callback").build();
    try {
      return Response.seeOther(flow.start(providers.officers(), callback, next, response)).build();
    } catch (SignInFailed e) {
      return back(e.reason());
    }
  }

  @GET
  @Path("callback")
  @Operation(summary = "Where the identity provider sends the browser back")
  public Response callback() {
    SignInFlow.SignedIn signedIn;
    try {
      signedIn = flow.finish(providers.officers(), uriInfo.getRequestUri());
    } catch (SignInFailed e) {
      return back(e.reason());
    }
    var officer = identities.officerFor(signedIn.identity(), signedIn.settings().claim());
    if (officer.isEmpty()) {
      LOG.info("provider sign-in of a subject without an officer's account: refused");
      return back("unknown");
    }
    SessionResource.begin(request, response, officer.get(), signedIn.identity().idToken());
    return Response.seeOther(URI.create("../can-bo/" + signedIn.nextOr("hop-thu.html"))).build();
  }

  private static Response back(String reason) {
    return Response.seeOther(URI.create("../can-bo/dang-nhap.html?provider=" + reason)).build();
  }
}
