package vn.pakn.publication.entity;

/**
 * A CDI event fired synchronously inside the transaction of a publish or a withdrawal, after the
 * change is numbered. Mail observers enqueue in the same transaction; search follows the sequence
 * in the database, not this event.
 *
 * @param petitionId the petition answered, or null for an answer without one
 */
public record AnswerPublicationChanged(
    long answerId, Long petitionId, long sequence, PublicationChange.Type change, String by) {}
