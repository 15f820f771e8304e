package vn.pakn.petitions.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a petition stands, with every allowed transition in one place (domain brief §2, after
 * Decree 20 Art. 9 and 14).
 */
public enum PetitionStatus {
  RECEIVED,
  REJECTED,
  ACCEPTED,
  TRANSFERRED,
  ASSIGNED,
  IN_PROGRESS,
  EXTENDED,
  ANSWER_DRAFTED,
  APPROVED,
  ANSWERED,
  PUBLISHED,
  CLOSED;

  public Set<PetitionStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(REJECTED, ACCEPTED, TRANSFERRED);
      case ACCEPTED -> EnumSet.of(ASSIGNED, TRANSFERRED);
      case TRANSFERRED -> EnumSet.of(ACCEPTED, REJECTED, TRANSFERRED);
      case ASSIGNED -> EnumSet.of(IN_PROGRESS, TRANSFERRED);
      case IN_PROGRESS -> EnumSet.of(EXTENDED, ANSWER_DRAFTED, TRANSFERRED);
      case EXTENDED -> EnumSet.of(ANSWER_DRAFTED, TRANSFERRED);
      case ANSWER_DRAFTED -> EnumSet.of(APPROVED, IN_PROGRESS);
      case APPROVED -> EnumSet.of(ANSWERED);
      case ANSWERED -> EnumSet.of(PUBLISHED, CLOSED, IN_PROGRESS);
      case PUBLISHED -> EnumSet.of(CLOSED);
      case REJECTED, CLOSED -> EnumSet.noneOf(PetitionStatus.class);
    };
  }

  public boolean canMoveTo(PetitionStatus target) {
    return next().contains(target);
  }
}
