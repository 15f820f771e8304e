package vn.pakn.petitions.entity;

/** What happened to a petition; the audit trail and the sender's timeline are made of these. */
public enum EventType {
  RECEIVED
}
