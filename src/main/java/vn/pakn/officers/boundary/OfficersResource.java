package vn.pakn.officers.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * The active officers of the signed-in officer's own agency, optionally of one role: whom a leader
 * can assign a petition to. Other agencies' staff are not listed.
 */
@Path("officers")
@Produces(MediaType.APPLICATION_JSON)
public class OfficersResource {

  @Inject CurrentOfficer current;
  @PersistenceContext EntityManager em;

  public record OfficerView(String username, String displayName, List<String> roles) {}

  @GET
  @Operation(summary = "Active officers of the caller's agency: ?role=HANDLER")
  public List<OfficerView> ofMyAgency(@QueryParam("role") String role) {
    Officer me = current.requireOfficer();
    Role wanted = role == null || role.isBlank() ? null : role(role);
    return em
        .createQuery(
            "select o from Officer o where o.agencyId = :agency and o.active = true"
                + " order by o.displayName",
            Officer.class)
        .setParameter("agency", me.agencyId())
        .getResultList()
        .stream()
        .filter(o -> wanted == null || o.has(wanted))
        .map(
            o ->
                new OfficerView(
                    o.username(),
                    o.displayName(),
                    o.roles().stream().map(Enum::name).sorted().toList()))
        .toList();
  }

  private static Role role(String code) {
    try {
      return Role.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.invalid(
          new Violation("role", "enum.unknown", code, Arrays.toString(Role.values())));
    }
  }
}
