package vn.pakn.petitions.entity;

/**
 * A CDI event fired inside the transaction of every step on a petition (filing included), after the
 * aggregate accepted it. Observers that write in the same transaction (mail outbox rows) use
 * {@code @Observes}; observers with outside effects use {@code @Observes(during =
 * TransactionPhase.AFTER_SUCCESS)}. It carries ids; observers read what else they need.
 */
public record PetitionStepTaken(
    Long petitionId,
    String trackingCode,
    EventType type,
    PetitionStatus status,
    Long agencyId,
    String actor) {

  public static PetitionStepTaken of(Petition p) {
    PetitionEvent last = p.lastEvent();
    return new PetitionStepTaken(
        p.id(), p.trackingCode(), last.type(), p.status(), p.agencyId(), last.actor());
  }
}
