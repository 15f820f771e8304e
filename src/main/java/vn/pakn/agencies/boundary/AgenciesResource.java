package vn.pakn.agencies.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.agencies.entity.Field;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.JsonFields;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.SignedInCaller;
import vn.pakn.platform.control.Violation;

/**
 * The organisation tree (province → departments, districts → communes) with the fields each agency
 * handles. Officers read it (to choose where to transfer); administrators change it.
 */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

  @Inject SignedInCaller caller;
  @PersistenceContext EntityManager em;

  public record AgencyView(
      String code,
      String name,
      String level,
      String parent,
      boolean receivesPetitions,
      List<String> fields) {}

  @GET
  @Operation(summary = "All agencies, parents before children")
  public List<AgencyView> all() {
    caller.requireSignedIn();
    List<Agency> agencies = em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
    return agencies.stream().map(a -> view(a, agencies)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Create an agency (administrator)")
  public Response create(InputStream body) throws IOException {
    caller.requireAdministrator();
    var fields = read(body);
    String code = fields.requiredText("code", 32);
    if (!CODE.matcher(code).matches()) {
      throw ProblemException.invalid(new Violation("code", "agency.codeFormat"));
    }
    if (find(code) != null) {
      throw ProblemException.invalid(new Violation("code", "agency.codeTaken", code));
    }
    var agency =
        new Agency(
            code,
            fields.requiredText("name", 250),
            level(fields.requiredText("level", 16)),
            parentId(fields.text("parent", 32), null));
    apply(agency, fields);
    em.persist(agency);
    return Response.status(201).entity(view(agency, all(agency))).build();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Rename, move, or change the fields of an agency (administrator)")
  public AgencyView update(@PathParam("code") String code, InputStream body) throws IOException {
    caller.requireAdministrator();
    Agency agency = find(code);
    if (agency == null) {
      throw new ProblemException(404, "not-found");
    }
    var fields = read(body);
    String name = fields.text("name", 250);
    if (name != null) {
      agency.rename(name);
    }
    if (fields.json().containsKey("parent")) {
      agency.moveUnder(parentId(fields.text("parent", 32), agency));
    }
    apply(agency, fields);
    return view(agency, all(agency));
  }

  private void apply(Agency agency, JsonFields fields) {
    if (fields.json().containsKey("receivesPetitions")) {
      agency.receivePetitions(fields.bool("receivesPetitions"));
    }
    if (fields.json().containsKey("fields")) {
      var array = fields.json().get("fields");
      if (!(array instanceof jakarta.json.JsonArray list)) {
        throw ProblemException.invalid(new Violation("fields", "type.array"));
      }
      Set<String> codes = new LinkedHashSet<>();
      for (var value : list) {
        String field =
            value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
        if (em.find(Field.class, field) == null) {
          throw ProblemException.invalid(new Violation("fields", "field.unknown", field));
        }
        codes.add(field);
      }
      agency.handleFields(codes);
    }
  }

  private Long parentId(String parentCode, Agency moving) {
    if (parentCode == null) {
      return null;
    }
    Agency parent = find(parentCode);
    if (parent == null) {
      throw ProblemException.invalid(new Violation("parent", "agency.unknown", parentCode));
    }
    for (Agency a = parent;
        a != null;
        a = a.parentId() == null ? null : em.find(Agency.class, a.parentId())) {
      if (moving != null && a.id().equals(moving.id())) {
        throw ProblemException.invalid(new Violation("parent", "agency.cycle"));
      }
    }
    return parent.id();
  }

  private static Agency.Level level(String level) {
    try {
      return Agency.Level.valueOf(level);
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.invalid(
          new Violation("level", "enum.unknown", level, "PROVINCE, DEPARTMENT, DISTRICT, COMMUNE"));
    }
  }

  private Agency find(String code) {
    return em.createNamedQuery(Agency.BY_CODE, Agency.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<Agency> all(Agency extra) {
    var list = new ArrayList<>(em.createNamedQuery(Agency.ALL, Agency.class).getResultList());
    list.add(extra);
    return list;
  }

  private static JsonFields read(InputStream body) throws IOException {
    return new JsonFields(JsonBodies.parseObject(JsonBodies.readAtMost(body, 16 * 1024), "body"));
  }

  private static AgencyView view(Agency a, List<Agency> all) {
    String parent =
        all.stream()
            .filter(p -> p.id() != null && p.id().equals(a.parentId()))
            .map(Agency::code)
            .findFirst()
            .orElse(null);
    return new AgencyView(
        a.code(),
        a.name(),
        a.level().name(),
        parent,
        a.receivesPetitions(),
        a.fieldCodes().stream().sorted().toList());
  }
}
