package vn.pakn.reports.boundary;

import jakarta.persistence.EntityManager;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.petitions.boundary.PetitionsResource;

/**
 * Breaks two rules on purpose (ArchitectureTest): a resource loading another component's entity,
 * and a component using another's resource.
 */
final class BrokenBoundaryFixture {

  static String agencyName(EntityManager em, long id) {
    return em.find(Agency.class, id).name();
  }

  static Class<?> resource() {
    return PetitionsResource.class;
  }
}
