package vn.pakn.deadlines.entity;

/**
 * How far a clock has run, as the reminder sweep records it: the thresholds are crossed in this
 * order, and each crossing is announced once.
 */
public enum AlertLevel {
  NONE,
  /** Half of the working time is used. */
  HALF,
  /** 80 % of the working time is used. */
  EIGHTY_PERCENT,
  /** The last working day has begun: due at 24:00 today. */
  LAST_DAY,
  /** The due instant has passed. */
  OVERDUE;

  public static AlertLevel of(int code) {
    return values()[code];
  }

  public int code() {
    return ordinal();
  }
}
