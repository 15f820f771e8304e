package vn.pakn.petitions.entity;

import static vn.pakn.petitions.entity.PetitionStatus.ACCEPTED;
import static vn.pakn.petitions.entity.PetitionStatus.ANSWERED;
import static vn.pakn.petitions.entity.PetitionStatus.ANSWER_DRAFTED;
import static vn.pakn.petitions.entity.PetitionStatus.APPROVED;
import static vn.pakn.petitions.entity.PetitionStatus.ASSIGNED;
import static vn.pakn.petitions.entity.PetitionStatus.CLOSED;
import static vn.pakn.petitions.entity.PetitionStatus.EXTENDED;
import static vn.pakn.petitions.entity.PetitionStatus.IN_PROGRESS;
import static vn.pakn.petitions.entity.PetitionStatus.PUBLISHED;
import static vn.pakn.petitions.entity.PetitionStatus.RECEIVED;
import static vn.pakn.petitions.entity.PetitionStatus.TRANSFERRED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.pakn.officers.entity.Role;

/**
 * Every step an officer can take on a petition: who may take it (roles of the agency holding the
 * petition; a handling officer only on petitions assigned to them) and from which statuses. The one
 * place these rules are written; {@link Petition} enforces them and screens list them.
 */
public enum Action {
  CLASSIFY(EnumSet.of(Role.RECEIVER), RECEIVED, TRANSFERRED),
  REJECT(EnumSet.of(Role.RECEIVER), RECEIVED, TRANSFERRED),
  ACCEPT(EnumSet.of(Role.RECEIVER), RECEIVED, TRANSFERRED),
  TRANSFER(
      EnumSet.of(Role.RECEIVER, Role.LEADER, Role.HANDLER),
      RECEIVED,
      TRANSFERRED,
      ACCEPTED,
      ASSIGNED,
      IN_PROGRESS,
      EXTENDED),
  ASSIGN(EnumSet.of(Role.RECEIVER, Role.LEADER), ACCEPTED, ASSIGNED, IN_PROGRESS, EXTENDED),
  START(EnumSet.of(Role.HANDLER), ASSIGNED),
  REQUEST_EXTENSION(EnumSet.of(Role.HANDLER), IN_PROGRESS),
  APPROVE_EXTENSION(EnumSet.of(Role.LEADER), IN_PROGRESS),
  REQUEST_INFORMATION(EnumSet.of(Role.HANDLER), IN_PROGRESS, EXTENDED),
  DRAFT_ANSWER(EnumSet.of(Role.HANDLER), IN_PROGRESS, EXTENDED),
  APPROVE_ANSWER(EnumSet.of(Role.LEADER), ANSWER_DRAFTED),
  RETURN_ANSWER(EnumSet.of(Role.LEADER), ANSWER_DRAFTED, APPROVED),
  SEND_ANSWER(EnumSet.of(Role.LEADER, Role.HANDLER), APPROVED),
  CLOSE(EnumSet.of(Role.RECEIVER, Role.LEADER), ANSWERED, PUBLISHED),
  REOPEN(EnumSet.of(Role.LEADER), ANSWERED, PUBLISHED, CLOSED);

  private final Set<Role> roles;
  private final Set<PetitionStatus> from;

  Action(Set<Role> roles, PetitionStatus first, PetitionStatus... rest) {
    this.roles = roles;
    this.from = EnumSet.of(first, rest);
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
