package vn.pakn.platform.control;

import vn.pakn.petitions.entity.PetitionStatus;

/** Breaks a rule on purpose: the platform knowing a business component (ArchitectureTest). */
final class BrokenPlatformFixture {

  static boolean isFinal(PetitionStatus status) {
    return PetitionStatus.FINAL.contains(status);
  }
}
