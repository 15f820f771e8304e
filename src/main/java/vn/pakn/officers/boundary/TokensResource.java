package vn.pakn.officers.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.SignIn;
import vn.pakn.officers.control.Tokens;
import vn.pakn.platform.control.JsonBodies;

/** Bearer tokens for machine clients: {@code Authorization: Bearer <token>}. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject SignIn signIn;
  @Inject SignInThrottle throttle;
  @Inject Tokens tokens;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Get a bearer token for a user name and password")
  public Response issue(InputStream body) throws IOException {
    throttle.attempt(request.getRemoteAddr());
    var credentials =
        Credentials.from(JsonBodies.parseObject(JsonBodies.readAtMost(body, 4096), "body"));
    var issued = tokens.issue(signIn.check(credentials.username(), credentials.password()));
    return Response.status(201).entity(issued).build();
  }

  @DELETE
  @Operation(summary = "Revoke the bearer token of this request")
  public Response revoke(@HeaderParam("Authorization") String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.revoke(authorization.substring(7).strip());
    }
    return Response.noContent().build();
  }
}
