package vn.pakn.deadlines.control;

import java.time.Duration;
import java.time.Instant;

/** A run of the periodic deadline sweep on this node has ended (for the operators' metrics). */
public record SweepFinished(Instant finishedAt, Duration duration, boolean succeeded) {}
