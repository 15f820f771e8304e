package vn.pakn.deadlines.control;

/**
 * A date of the Vietnamese lunar calendar. {@code leapMonth} marks the intercalary month (tháng
 * nhuận) that repeats the number of the month before it. Only the ranges are checked here; whether
 * the date exists is checked by {@link LunarCalendar#toSolar(LunarDate)}.
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {

  public LunarDate {
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("A lunar day is between 1 and 30, not " + day);
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("A lunar month is between 1 and 12, not " + month);
    }
  }

  /** A date in an ordinary (non-leap) month. */
  public static LunarDate of(int day, int month, int year) {
    return new LunarDate(day, month, year, false);
  }

  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " (leap)" : "") + "/" + year;
  }
}
