package vn.pakn.officers.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.control.OfficerAccounts;
import vn.pakn.officers.control.OfficerForm;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.JsonBodies;

/**
 * Officers' accounts for administrators: list, create (the officer gets a link by mail to set a
 * password), change roles, agency, contact and whether the account is active, send a new link.
 */
@Path("admin/officers")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOfficersResource {

  private static final int MAX_BODY = 8 * 1024;

  @Inject Agencies agencies;
  @Inject CurrentOfficer current;
  @Inject OfficerAccounts accounts;
  @PersistenceContext EntityManager em;

  public record AgencyRef(String code, String name) {}

  public record AccountView(
      String username,
      String displayName,
      String email,
      AgencyRef agency,
      List<String> roles,
      boolean active,
      boolean activated,
      OffsetDateTime createdAt) {}

  public record AccountList(List<AccountView> items) {}

  public record LinkSent(String username, OffsetDateTime expiresAt) {}

  @GET
  @Operation(summary = "Officers' accounts (administrator): ?agency=CODE")
  public AccountList list(@QueryParam("agency") String agency) {
    current.requireOfficer(Role.ADMIN);
    Map<Long, vn.pakn.agencies.control.AgencyRef> agencies = agencies();
    return new AccountList(accounts.list(agency).stream().map(o -> view(o, agencies)).toList());
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One officer's account (administrator)")
  public AccountView one(@PathParam("username") String username) {
    current.requireOfficer(Role.ADMIN);
    return view(accounts.find(username), agencies());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create an account (administrator): {username, displayName, email, agency, roles,"
              + " language}; the officer gets a link by mail to set a password")
  public Response create(InputStream body) throws IOException {
    Officer admin = current.requireOfficer(Role.ADMIN);
    var form =
        OfficerForm.forNew(JsonBodies.parseObject(JsonBodies.readAtMost(body, MAX_BODY), "body"));
    Officer created = accounts.create(form, admin);
    return Response.created(
            URI.create(
                "api/admin/officers/"
                    + URLEncoder.encode(created.username(), StandardCharsets.UTF_8)))
        .entity(view(created, agencies()))
        .build();
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an account (administrator): {displayName, email, agency, roles, active}")
  public AccountView change(@PathParam("username") String username, InputStream body)
      throws IOException {
    Officer admin = current.requireOfficer(Role.ADMIN);
    var form =
        OfficerForm.forChange(
            JsonBodies.parseObject(JsonBodies.readAtMost(body, MAX_BODY), "body"));
    return view(accounts.change(username, form, admin), agencies());
  }

  @POST
  @Path("{username}/activation-link")
  @Operation(
      summary =
          "Mail a new link to set a password (administrator); earlier unused links stop working."
              + " ?language=vi|en")
  public LinkSent sendLink(
      @PathParam("username") String username, @QueryParam("language") String language) {
    Officer admin = current.requireOfficer(Role.ADMIN);
    Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    OffsetDateTime expires = accounts.sendNewLink(username, locale, admin);
    return new LinkSent(accounts.find(username).username(), expires);
  }

  private Map<Long, vn.pakn.agencies.control.AgencyRef> agencies() {
    return agencies.refs().stream()
        .collect(Collectors.toMap(vn.pakn.agencies.control.AgencyRef::id, Function.identity()));
  }

  private static AccountView view(
      Officer o, Map<Long, vn.pakn.agencies.control.AgencyRef> agencies) {
    vn.pakn.agencies.control.AgencyRef agency = agencies.get(o.agencyId());
    return new AccountView(
        o.username(),
        o.displayName(),
        o.email(),
        agency == null ? null : new AgencyRef(agency.code(), agency.name()),
        o.roles().stream().map(Enum::name).sorted().toList(),
        o.isActive(),
        o.hasPassword(),
        o.createdAt());
  }
}
