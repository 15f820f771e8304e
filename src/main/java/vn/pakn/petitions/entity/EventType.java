package vn.pakn.petitions.entity;

/** What happened to a petition; the audit trail and the sender's timeline are made of these. */
public enum EventType {
  RECEIVED,
  CLASSIFIED,
  REJECTED,
  ACCEPTED,
  TRANSFERRED,
  ASSIGNED,
  STARTED,
  EXTENSION_REQUESTED,
  EXTENDED,
  INFORMATION_REQUESTED,
  INFORMATION_PROVIDED,
  ANSWER_DRAFTED,
  ANSWER_APPROVED,
  ANSWER_RETURNED,
  ANSWERED,
  CLOSED,
  REOPENED,
  RATED
}
