package vn.pakn.petitions.entity;

/** The sender's judgement of the answer (Decision 766/QĐ-TTg counts the unsatisfied). */
public enum Satisfaction {
  SATISFIED,
  UNSATISFIED
}
