package vn.pakn.deadlines.control;

/** What an entry of the official yearly data announces (the {@code type} column of an import). */
public enum OfficialDayType {
  /** A weekday given off by official notice (a swapped day or a day granted off). */
  EXTRA_DAY_OFF,
  /** A Saturday or Sunday made a working day. */
  WORKING_WEEKEND_DAY,
  /** A weekday off decided by the province. */
  LOCAL_DAY_OFF,
  /** The first day of the Tết span fixed by the Prime Minister. */
  TET_FIRST,
  /** The last day of the Tết span. */
  TET_LAST,
  /** The day next to National Day that is off too: 1 or 3 September. */
  NATIONAL_DAY_SECOND
}
