package vn.pakn.officers.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Optional;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.SignedInCaller;

/** The signed-in officer of this request, read once from the database. */
@RequestScoped
public class CurrentOfficer implements SignedInCaller {

  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  private Optional<Officer> officer;

  public Optional<Officer> find() {
    if (officer == null) {
      var principal = security.getCallerPrincipal();
      officer =
          principal == null
              ? Optional.empty()
              : em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
                  .setParameter("username", principal.getName())
                  .getResultStream()
                  .findFirst()
                  .filter(Officer::isActive);
    }
    return officer;
  }

  /**
   * @throws ProblemException 401 when nobody is signed in, 403 when the officer has none of the
   *     roles
   */
  public Officer requireOfficer(Role... anyOf) {
    Officer o = find().orElseThrow(() -> new ProblemException(401, "sign-in-required"));
    if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(o::has)) {
      throw new ProblemException(403, "role-not-allowed");
    }
    return o;
  }

  /**
   * The signed-in officer as other components see them: who, in which agency, with which roles.
   *
   * @throws ProblemException 401 when nobody is signed in, 403 when the officer has none of the
   *     roles
   */
  public Actor require(Role... anyOf) {
    Officer o = requireOfficer(anyOf);
    return new Actor(o.id(), o.username(), o.agencyId(), o.roles());
  }

  @Override
  public void requireSignedIn() {
    require();
  }

  @Override
  public void requireAdministrator() {
    require(Role.ADMIN);
  }

  public Actor actor(Role... anyOf) {
    return require(anyOf);
  }
}
