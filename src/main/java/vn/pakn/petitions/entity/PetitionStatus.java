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
  INFORMATION_REQUESTED,
  EXTENDED,
  ANSWER_DRAFTED,
  APPROVED,
  ANSWERED,
  PUBLISHED,
  CLOSED;

  public Set<PetitionStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(REJECTED, ACCEPTED, TRANSFERRED);
      case TRANSFERRED -> EnumSet.of(ACCEPTED, REJECTED, TRANSFERRED);
      case ACCEPTED -> EnumSet.of(ASSIGNED, TRANSFERRED);
      case ASSIGNED -> EnumSet.of(IN_PROGRESS, TRANSFERRED);
      case IN_PROGRESS -> EnumSet.of(INFORMATION_REQUESTED, EXTENDED, ANSWER_DRAFTED, TRANSFERRED);
      case INFORMATION_REQUESTED -> EnumSet.of(IN_PROGRESS);
      case EXTENDED -> EnumSet.of(INFORMATION_REQUESTED, ANSWER_DRAFTED, TRANSFERRED);
      case ANSWER_DRAFTED -> EnumSet.of(APPROVED, IN_PROGRESS);
      case APPROVED -> EnumSet.of(ANSWERED, IN_PROGRESS);
      case ANSWERED -> EnumSet.of(PUBLISHED, CLOSED, IN_PROGRESS);
      case PUBLISHED -> EnumSet.of(CLOSED, IN_PROGRESS, ANSWERED);
      case CLOSED -> EnumSet.of(IN_PROGRESS, PUBLISHED);
      case REJECTED -> EnumSet.noneOf(PetitionStatus.class);
    };
  }

  public boolean canMoveTo(PetitionStatus target) {
    return next().contains(target);
  }

  /** Whether the agency holding the petition still owes the sender something. */
  public boolean isOpen() {
    return this != REJECTED && this != ANSWERED && this != PUBLISHED && this != CLOSED;
  }
}
