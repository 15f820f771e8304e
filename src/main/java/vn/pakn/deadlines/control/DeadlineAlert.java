package vn.pakn.deadlines.control;

import java.time.Instant;
import vn.pakn.deadlines.entity.AlertLevel;
import vn.pakn.deadlines.entity.Stage;

/**
 * A clock crossed a threshold: fired by the reminder sweep, once per clock and level, inside the
 * transaction that records the level, so observers that write (the mail outbox) commit with it.
 *
 * @param workingDaysLeft working days left until the end of the last day; negative once overdue
 */
public record DeadlineAlert(
    long clockId,
    long petitionId,
    Stage stage,
    Long agencyId,
    AlertLevel level,
    Instant due,
    int workingDaysLeft) {}
