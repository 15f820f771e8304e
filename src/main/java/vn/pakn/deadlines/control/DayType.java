package vn.pakn.deadlines.control;

/** Why a day is listed in a calendar year. */
public enum DayType {
  /** A public holiday of Labour Code Art. 112, listed even when it falls on a weekend. */
  HOLIDAY(false),
  /** A working day off given back for a holiday that fell on a weekend (Art. 111.3). */
  COMPENSATORY_DAY_OFF(false),
  /** A weekday off by official notice (a swapped day) or by provincial decision. */
  EXTRA_DAY_OFF(false),
  /** A Saturday or Sunday that official notice makes a working day (the other half of a swap). */
  WORKING_WEEKEND_DAY(true);

  private final boolean working;

  DayType(boolean working) {
    this.working = working;
  }

  /** Whether a day of this type is worked. */
  public boolean working() {
    return working;
  }
}
