package vn.pakn.notifications.control;

/** A mail was written to the outbox in the current transaction. */
public record MailQueued(long mailId) {}
