package vn.pakn.petitions.entity;

import static vn.pakn.petitions.entity.PetitionStatus.ACCEPTED;
import static vn.pakn.petitions.entity.PetitionStatus.ANSWERED;
import static vn.pakn.petitions.entity.PetitionStatus.ANSWER_DRAFTED;
import static vn.pakn.petitions.entity.PetitionStatus.APPROVED;
import static vn.pakn.petitions.entity.PetitionStatus.ASSIGNED;
import static vn.pakn.petitions.entity.PetitionStatus.CLOSED;
import static vn.pakn.petitions.entity.PetitionStatus.EXTENDED;
import static vn.pakn.petitions.entity.PetitionStatus.INFORMATION_REQUESTED;
import static vn.pakn.petitions.entity.PetitionStatus.IN_PROGRESS;
import static vn.pakn.petitions.entity.PetitionStatus.RECEIVED;
import static vn.pakn.petitions.entity.PetitionStatus.REJECTED;
import static vn.pakn.petitions.entity.PetitionStatus.TRANSFERRED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;

/**
 * Every step an officer can take on a petition: who may take it (roles of the agency holding the
 * petition; a handling officer only on petitions assigned to them), from which statuses and to
 * which. With the sender's steps ({@link SenderStep}) this is the one transition table of a
 * petition (domain brief §2, after Decree 20/2008/NĐ-CP Art. 9 and 14): {@link Petition} enforces
 * it, {@link PetitionStatus#next()} is read from it, and screens list the steps open to an officer.
 */
public enum Action {
  CLASSIFY(EnumSet.of(Role.RECEIVER), null, RECEIVED, TRANSFERRED),
  REJECT(EnumSet.of(Role.RECEIVER), REJECTED, RECEIVED, TRANSFERRED),
  ACCEPT(EnumSet.of(Role.RECEIVER), ACCEPTED, RECEIVED, TRANSFERRED),
  TRANSFER(
      EnumSet.of(Role.RECEIVER, Role.LEADER, Role.HANDLER),
      TRANSFERRED,
      RECEIVED,
      TRANSFERRED,
      ACCEPTED,
      ASSIGNED,
      IN_PROGRESS,
      EXTENDED),
  /** Moves an accepted petition to ASSIGNED; a reassignment later keeps the status. */
  ASSIGN(
      EnumSet.of(Role.RECEIVER, Role.LEADER), ASSIGNED, ACCEPTED, ASSIGNED, IN_PROGRESS, EXTENDED),
  START(EnumSet.of(Role.HANDLER), IN_PROGRESS, ASSIGNED),
  REQUEST_EXTENSION(EnumSet.of(Role.HANDLER), null, IN_PROGRESS),
  APPROVE_EXTENSION(EnumSet.of(Role.LEADER), EXTENDED, IN_PROGRESS),
  REQUEST_INFORMATION(EnumSet.of(Role.HANDLER), INFORMATION_REQUESTED, IN_PROGRESS, EXTENDED),
  DRAFT_ANSWER(EnumSet.of(Role.HANDLER), ANSWER_DRAFTED, IN_PROGRESS, EXTENDED),
  APPROVE_ANSWER(EnumSet.of(Role.LEADER), APPROVED, ANSWER_DRAFTED),
  RETURN_ANSWER(EnumSet.of(Role.LEADER), IN_PROGRESS, ANSWER_DRAFTED, APPROVED),
  SEND_ANSWER(EnumSet.of(Role.LEADER, Role.HANDLER), ANSWERED, APPROVED),
  CLOSE(EnumSet.of(Role.RECEIVER, Role.LEADER), CLOSED, ANSWERED),
  REOPEN(EnumSet.of(Role.LEADER), IN_PROGRESS, ANSWERED, CLOSED);

  private final Set<Role> roles;
  private final PetitionStatus to;
  private final Set<PetitionStatus> from;

  /**
   * @param to the status after the step, or null when the step leaves it as it is
   */
  Action(Set<Role> roles, PetitionStatus to, PetitionStatus first, PetitionStatus... rest) {
    this.roles = roles;
    this.to = to;
    this.from = EnumSet.of(first, rest);
  }

  /** The status a petition in {@code current} has after this step. */
  public PetitionStatus after(PetitionStatus current) {
    if (this == ASSIGN) {
      return current == ACCEPTED ? ASSIGNED : current;
    }
    return to == null ? current : to;
  }

  public Set<PetitionStatus> from() {
    return from;
  }

  /**
   * Why {@code actor} may not take this step on {@code petition} now, as a problem key: {@code
   * not-your-agency}, {@code role-not-allowed}, {@code not-assignee} (403) or {@code wrong-status}
   * (409); empty when the step is open to them.
   */
  Optional<String> refusal(Petition petition, Actor actor) {
    if (petition.agencyId() == null || !petition.agencyId().equals(actor.agencyId())) {
      return Optional.of("not-your-agency");
    }
    var qualifying = EnumSet.noneOf(Role.class);
    roles.stream().filter(actor::has).forEach(qualifying::add);
    if (qualifying.isEmpty()) {
      return Optional.of("role-not-allowed");
    }
    if (qualifying.equals(EnumSet.of(Role.HANDLER))
        && !actor.officerId().equals(petition.assigneeId())) {
      return Optional.of("not-assignee");
    }
    if (!from.contains(petition.status())) {
      return Optional.of("wrong-status");
    }
    return Optional.empty();
  }

  boolean isOpenTo(Petition petition, Actor actor) {
    return refusal(petition, actor).isEmpty();
  }
}
