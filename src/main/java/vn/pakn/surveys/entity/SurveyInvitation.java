package vn.pakn.surveys.entity;

import java.time.OffsetDateTime;

/**
 * Fired (synchronously, inside the step's transaction) when a petition's sender is given a token to
 * rate the handling; the notifications component mails it. The token itself exists only in this
 * event and in the mail: the database keeps its hash.
 */
public record SurveyInvitation(
    Long petitionId, String surveyId, String token, OffsetDateTime expiresAt) {}
