package vn.pakn.petitions.entity;

/** The sub-kinds of Decree 20/2008/NĐ-CP Art. 5, each belonging to one {@link PetitionKind}. */
public enum PetitionSubKind {
  DELAY(PetitionKind.CONDUCT),
  HARASSMENT(PetitionKind.CONDUCT),
  NOT_APPLIED(PetitionKind.CONDUCT),
  WRONGLY_APPLIED(PetitionKind.CONDUCT),
  UNSUITABLE(PetitionKind.REGULATION_CONTENT),
  INCONSISTENT(PetitionKind.REGULATION_CONTENT),
  UNLAWFUL(PetitionKind.REGULATION_CONTENT),
  CONTRARY_TO_TREATY(PetitionKind.REGULATION_CONTENT),
  OTHER(PetitionKind.REGULATION_CONTENT),
  SOLUTION(PetitionKind.PROPOSAL),
  NEW_REGULATION(PetitionKind.PROPOSAL);

  private final PetitionKind kind;

  PetitionSubKind(PetitionKind kind) {
    this.kind = kind;
  }

  public PetitionKind kind() {
    return kind;
  }
}
