package vn.pakn.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Role;
import vn.pakn.search.control.AnswerSearch;

/** The search index of this node, for administrators: state, counts, rebuild progress. */
@Path("admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

  @Inject CurrentOfficer officer;
  @Inject AnswerSearch search;

  @GET
  @Operation(summary = "State of this node's index: documents, sequence, rebuild progress")
  public AnswerSearch.Status status() {
    officer.require(Role.ADMIN);
    return search.status();
  }

  @POST
  @Path("check")
  @Operation(summary = "Check the index thoroughly now; a damaged or inconsistent one is rebuilt")
  public AnswerSearch.Status check() {
    officer.require(Role.ADMIN);
    return search.checkNow();
  }

  @POST
  @Path("rebuild")
  @Operation(summary = "Rebuild the index from the database in the background (202)")
  public Response rebuild() {
    var admin = officer.require(Role.ADMIN);
    search.startRebuild("asked by " + admin.username());
    return Response.accepted(search.status()).build();
  }
}
