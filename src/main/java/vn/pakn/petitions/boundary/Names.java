package vn.pakn.petitions.boundary;

import java.util.Collection;
import java.util.Map;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.control.AgencyRef;
import vn.pakn.officers.control.OfficerDirectory;
import vn.pakn.officers.control.OfficerDirectory.OfficerName;

/** Agency codes/names and officers' user names for a set of ids, each looked up once. */
final class Names {

  private final Map<Long, AgencyRef> agencies;
  private final Map<Long, OfficerName> officers;

  private Names(Map<Long, AgencyRef> agencies, Map<Long, OfficerName> officers) {
    this.agencies = agencies;
    this.officers = officers;
  }

  static Names of(
      Agencies agencies,
      OfficerDirectory officers,
      Collection<Long> agencyIds,
      Collection<Long> officerIds) {
    return new Names(agencies.refs(agencyIds), officers.names(officerIds));
  }

  String agencyCode(Long id) {
    AgencyRef a = id == null ? null : agencies.get(id);
    return a == null ? null : a.code();
  }

  String agencyName(Long id) {
    AgencyRef a = id == null ? null : agencies.get(id);
    return a == null ? null : a.name();
  }

  /** The name people know an officer by, or the user name when none is recorded. */
  String displayName(Long id) {
    OfficerName o = id == null ? null : officers.get(id);
    if (o == null) {
      return null;
    }
    return o.displayName() == null || o.displayName().isBlank() ? o.username() : o.displayName();
  }

  String username(Long id) {
    OfficerName o = id == null ? null : officers.get(id);
    return o == null ? null : o.username();
  }
}
