package vn.pakn.deadlines.control;

import vn.pakn.deadlines.entity.DeadlinePolicy;

/** Fired inside the transaction that stores a new deadline policy version. */
public record PolicyAdded(DeadlinePolicy policy) {}
