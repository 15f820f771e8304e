package vn.pakn.petitions.entity;

/** The three classes of content of Decree 20/2008/NĐ-CP Art. 5. */
public enum PetitionKind {
  /** Conduct of officials applying a regulation (Art. 5.1). */
  CONDUCT,
  /** Content of a regulation (Art. 5.2). */
  REGULATION_CONTENT,
  /** Proposals: a way to handle a problem, or an initiative for a new regulation (Art. 5.3). */
  PROPOSAL
}
