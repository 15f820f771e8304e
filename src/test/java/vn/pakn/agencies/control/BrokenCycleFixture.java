package vn.pakn.agencies.control;

import vn.pakn.officers.control.CurrentOfficer;

/**
 * Breaks a rule on purpose (ArchitectureTest): officers depend on agencies, so agencies depending
 * on officers closes a cycle.
 */
final class BrokenCycleFixture {

  static boolean signedIn(CurrentOfficer officer) {
    return officer.find().isPresent();
  }
}
