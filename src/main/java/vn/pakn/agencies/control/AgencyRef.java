package vn.pakn.agencies.control;

import vn.pakn.agencies.entity.Agency;

/** An agency as other components show it: its id, code and name. */
public record AgencyRef(Long id, String code, String name) {

  static AgencyRef of(Agency agency) {
    return new AgencyRef(agency.id(), agency.code(), agency.name());
  }
}
