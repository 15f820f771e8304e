package vn.pakn.officers.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.OfficerAccounts;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.JsonFields;

/** The page behind the mailed link: an officer sets their password with the link's secret. */
@Path("officers/activation")
@Produces(MediaType.APPLICATION_JSON)
public class ActivationResource {

  @Inject OfficerAccounts accounts;
  @Inject SignInThrottle throttle;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a password with a link's secret: {token, password}")
  public Response activate(InputStream body) throws IOException {
    throttle.attempt(request.getRemoteAddr());
    JsonObject json = JsonBodies.parseObject(JsonBodies.readAtMost(body, 4096), "body");
    var fields = new JsonFields(json);
    String token = fields.requiredText("token", 100);
    String password =
        json.get("password") instanceof jakarta.json.JsonString s ? s.getString() : null;
    accounts.activate(token, password);
    return Response.noContent().build();
  }
}
