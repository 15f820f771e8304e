package vn.pakn.petitions.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.petitions.entity.PetitionSubKind;
import vn.pakn.platform.control.CallerContext;

/** The kinds of petition content of Decree 20 Art. 5, with their sub-kinds, for forms. */
@Path("petition-kinds")
@Produces(MediaType.APPLICATION_JSON)
public class PetitionKindsResource {

  @Inject CallerContext caller;

  public record SubKindView(String code, String name) {}

  public record KindView(String code, String name, String hint, List<SubKindView> subKinds) {}

  @GET
  public List<KindView> all() {
    var messages = caller.messages();
    return Arrays.stream(PetitionKind.values())
        .map(
            kind ->
                new KindView(
                    kind.name(),
                    messages.get("kind." + kind.name()),
                    messages.get("kind." + kind.name() + ".hint"),
                    Arrays.stream(PetitionSubKind.values())
                        .filter(s -> s.kind() == kind)
                        .map(s -> new SubKindView(s.name(), messages.get("subKind." + s.name())))
                        .toList()))
        .toList();
  }
}
