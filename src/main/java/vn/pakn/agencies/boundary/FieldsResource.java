package vn.pakn.agencies.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.pakn.agencies.entity.Field;
import vn.pakn.platform.control.CallerContext;

/** The fields (lĩnh vực) a petition may name, in the caller's language. */
@Path("fields")
@Produces(MediaType.APPLICATION_JSON)
public class FieldsResource {

  @PersistenceContext EntityManager em;
  @Inject CallerContext caller;

  public record FieldView(String code, String name) {}

  @GET
  public List<FieldView> all() {
    return em.createNamedQuery(Field.ACTIVE, Field.class).getResultList().stream()
        .map(f -> new FieldView(f.code(), f.name(caller.locale())))
        .toList();
  }
}
