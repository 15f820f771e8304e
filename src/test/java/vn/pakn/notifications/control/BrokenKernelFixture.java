package vn.pakn.notifications.control;

import vn.pakn.officers.entity.Role;

/** Breaks a rule on purpose: the mail kernel knowing officers' roles (ArchitectureTest). */
final class BrokenKernelFixture {

  static boolean forLeaders(Role role) {
    return role == Role.LEADER;
  }
}
