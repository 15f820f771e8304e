package vn.pakn.petitions.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.petitions.entity.RejectionReason;
import vn.pakn.platform.control.CallerContext;

/** The catalogue of reasons for not accepting a petition, for receiving officers. */
@Path("rejection-reasons")
@Produces(MediaType.APPLICATION_JSON)
public class RejectionReasonsResource {

  @Inject CurrentOfficer officer;
  @Inject CallerContext caller;
  @PersistenceContext EntityManager em;

  public record ReasonView(String code, String name, String legalBasis) {}

  @GET
  public List<ReasonView> all() {
    officer.require();
    return em.createNamedQuery(RejectionReason.ALL, RejectionReason.class).getResultList().stream()
        .map(r -> new ReasonView(r.code(), r.name(caller.locale()), r.legalBasis()))
        .toList();
  }
}
