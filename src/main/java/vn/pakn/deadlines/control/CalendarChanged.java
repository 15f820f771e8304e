package vn.pakn.deadlines.control;

/** Fired when an administrator has changed the official data of a year. */
public record CalendarChanged(int year, int revision) {}
