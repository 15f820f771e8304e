package vn.pakn.petitions.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a petition stands (domain brief §2, after Decree 20 Art. 9 and 14). The transitions are
 * those of the steps, {@link Action} and {@link SenderStep}: {@link #next()} reads them there. A
 * published answer is a state of its public copy (vn.pakn.publication), not of the petition.
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
  CLOSED;

  /** The statuses in which the sender is owed nothing more: refused, answered, closed. */
  public static final Set<PetitionStatus> FINAL = EnumSet.of(REJECTED, ANSWERED, CLOSED);

  /** {@link #FINAL} as an SQL list, for {@code status in …} and {@code status not in …}. */
  public static final String FINAL_SQL =
      FINAL.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

  /** The statuses a step can move a petition in this status to. */
  public Set<PetitionStatus> next() {
    Set<PetitionStatus> next = EnumSet.noneOf(PetitionStatus.class);
    for (Action action : Action.values()) {
      if (action.from().contains(this)) {
        next.add(action.after(this));
      }
    }
    for (SenderStep step : SenderStep.values()) {
      if (step.from().contains(this)) {
        next.add(step.after(this));
      }
    }
    next.remove(this);
    return next;
  }

  /** Whether the agency holding the petition still owes the sender something. */
  public boolean isOpen() {
    return !FINAL.contains(this);
  }

  /** Whether the sender has had an answer (closed petitions were answered first). */
  public boolean isAnswered() {
    return this == ANSWERED || this == CLOSED;
  }
}
