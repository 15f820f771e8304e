package vn.pakn.officers.entity;

import java.util.Set;

/** The officer taking a step on a petition: who, in which agency, with which roles. */
public record Actor(Long officerId, String username, Long agencyId, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
