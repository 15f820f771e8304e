package vn.pakn.deadlines.control;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar, computed astronomically for UTC+7 after Hồ Ngọc Đức's method.
 *
 * <ul>
 *   <li>A month starts on the local day (UTC+7) of a new moon; new moons follow Meeus' series.
 *   <li>Month 11 is the month containing the winter solstice (sun longitude 270°).
 *   <li>When 13 months lie between two months 11, the first month after month 11 without a major
 *       solar term (a multiple of 30° of sun longitude) is the leap month; it takes the number of
 *       the month before it.
 * </ul>
 *
 * <p>A month "has" a major term when the sun's 30° sector at the local midnight starting the month
 * differs from the sector at the local midnight starting the next month. All 301 solstice-to-
 * solstice spans needed for 1900–2199 are computed once, when the class loads (a few milliseconds),
 * so conversions are table look-ups. Dates before 1967 are computed for UTC+7 too, although Vietnam
 * used the UTC+8 calendar then; that only matters for history, not for deadlines.
 */
public final class LunarCalendar {

  /** The first supported Gregorian (and lunar) year. */
  public static final int FIRST_YEAR = 1900;

  /** The last supported Gregorian year. */
  public static final int LAST_YEAR = 2199;

  static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

  private static final double UTC_OFFSET_DAYS = 7.0 / 24.0;
  private static final double SYNODIC_MONTH = 29.530588853;

  /** Julian day of the mean new moon number 0 (1900-01-01, about 13:52 UT). */
  private static final double NEW_MOON_ZERO = 2415021.076998695;

  /** Julian day number of 1970-01-01, the epoch of {@link LocalDate#toEpochDay()}. */
  private static final long EPOCH_JULIAN_DAY = 2440588;

  private static final double DEGREE = Math.PI / 180.0;

  /** Solstice spans indexed by the Gregorian year of their month 11, from FIRST_YEAR - 1. */
  private static final SolsticeSpan[] SPANS = new SolsticeSpan[LAST_YEAR - FIRST_YEAR + 2];

  static {
    long month11 = month11Start(FIRST_YEAR - 1);
    for (int i = 0; i < SPANS.length; i++) {
      long nextMonth11 = month11Start(FIRST_YEAR + i);
      SPANS[i] = SolsticeSpan.between(FIRST_YEAR - 1 + i, month11, nextMonth11);
      month11 = nextMonth11;
    }
  }

  private LunarCalendar() {}

  /**
   * The lunar date of a Gregorian date.
   *
   * @throws IllegalArgumentException outside 1900-01-01..2199-12-31
   */
  public static LunarDate toLunar(LocalDate date) {
    requireSupported(date);
    long epochDay = date.toEpochDay();
    SolsticeSpan span = span(date.getYear());
    if (epochDay < span.start(0)) {
      span = span(date.getYear() - 1);
    }
    int i = span.indexOf(epochDay);
    return new LunarDate(
        (int) (epochDay - span.start(i) + 1), span.month(i), span.lunarYear(i), span.leap(i));
  }

  /**
   * The Gregorian date of a lunar date.
   *
   * @throws IllegalArgumentException when the date does not exist (a leap month the year does not
   *     have, day 30 of a 29-day month) or lies outside 1900-01-01..2199-12-31
   */
  public static LocalDate toSolar(LunarDate lunar) {
    SolsticeSpan span = spanOfMonth(lunar.month(), lunar.year());
    int i = span.indexOf(lunar.month(), lunar.leapMonth());
    if (i < 0) {
      int leap = leapMonth(lunar.year());
      throw new IllegalArgumentException(
          "Lunar year "
              + lunar.year()
              + " has no leap month "
              + lunar.month()
              + (leap == 0 ? " (it has no leap month)" : " (its leap month is " + leap + ")"));
    }
    int length = span.length(i);
    if (lunar.day() > length) {
      throw new IllegalArgumentException(
          "Lunar month "
              + lunar.month()
              + (lunar.leapMonth() ? " (leap)" : "")
              + " of "
              + lunar.year()
              + " has "
              + length
              + " days, so "
              + lunar
              + " does not exist");
    }
    LocalDate date = LocalDate.ofEpochDay(span.start(i) + lunar.day() - 1);
    if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
      throw outOfRange(lunar + " (" + date + ")");
    }
    return date;
  }

  /** The number of the leap month of a lunar year, or 0 when the year has none. */
  public static int leapMonth(int lunarYear) {
    if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
      throw outOfRange("lunar year " + lunarYear);
    }
    for (SolsticeSpan span : new SolsticeSpan[] {span(lunarYear - 1), span(lunarYear)}) {
      for (int i = 0; i < span.size(); i++) {
        if (span.leap(i) && span.lunarYear(i) == lunarYear) {
          return span.month(i);
        }
      }
    }
    return 0;
  }

  /** The number of days (29 or 30) of a lunar month. */
  public static int monthLength(int lunarYear, int month, boolean leapMonth) {
    SolsticeSpan span = spanOfMonth(month, lunarYear);
    int i = span.indexOf(month, leapMonth);
    if (i < 0) {
      throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month " + month);
    }
    return span.length(i);
  }

  /** Tết: the Gregorian date of the first day of a lunar year. */
  public static LocalDate newYear(int lunarYear) {
    return toSolar(LunarDate.of(1, 1, lunarYear));
  }

  static void requireSupported(LocalDate date) {
    if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
      throw outOfRange(date.toString());
    }
  }

  static IllegalArgumentException outOfRange(String what) {
    return new IllegalArgumentException(
        "The calendar supports "
            + FIRST_DAY
            + " to "
            + LAST_DAY
            + " (lunar and working days); "
            + what
            + " is outside that range");
  }

  private static SolsticeSpan spanOfMonth(int month, int lunarYear) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("A lunar month is between 1 and 12, not " + month);
    }
    // months 11 and 12 (and a leap 11 or 12) start in the span of their own year's month 11
    SolsticeSpan span = spanOrNull(month >= 11 ? lunarYear : lunarYear - 1);
    if (span == null) {
      throw outOfRange("lunar year " + lunarYear);
    }
    return span;
  }

  private static SolsticeSpan span(int month11Year) {
    SolsticeSpan span = spanOrNull(month11Year);
    if (span == null) {
      throw outOfRange("year " + month11Year);
    }
    return span;
  }

  private static SolsticeSpan spanOrNull(int month11Year) {
    int i = month11Year - (FIRST_YEAR - 1);
    return i >= 0 && i < SPANS.length ? SPANS[i] : null;
  }

  // --- astronomy -------------------------------------------------------------------------------

  /**
   * The local (UTC+7) epoch day of the month 11 of a Gregorian year: the last new moon whose day
   * starts before the sun reaches 270°.
   */
  static long month11Start(int gregorianYear) {
    long dec31 = LocalDate.of(gregorianYear, 12, 31).toEpochDay();
    int k = (int) Math.floor((dec31 + EPOCH_JULIAN_DAY - NEW_MOON_ZERO) / SYNODIC_MONTH);
    while (sunSector(newMoonDay(k)) >= 9) {
      k--;
    }
    while (sunSector(newMoonDay(k + 1)) < 9) {
      k++;
    }
    return newMoonDay(k);
  }

  /** The index k of the mean new moon closest to a local epoch day. */
  static int newMoonIndex(long epochDay) {
    return (int) Math.round((epochDay + EPOCH_JULIAN_DAY - NEW_MOON_ZERO) / SYNODIC_MONTH);
  }

  /** The local (UTC+7) epoch day of the k-th new moon after 1900-01-01. */
  static long newMoonDay(int k) {
    double julianDay = newMoon(k) + 0.5 + UTC_OFFSET_DAYS;
    return (long) Math.floor(julianDay) - EPOCH_JULIAN_DAY;
  }

  /**
   * The moment (Julian day, UT) of the k-th new moon, from the mean lunation corrected by the
   * periodic terms of the sun's and moon's anomalies and the moon's argument of latitude (Meeus,
   * Astronomical Formulae for Calculators), less ΔT.
   */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double mean =
        2415020.75933
            + 29.53058868 * k
            + 0.0001178 * t2
            - 0.000000155 * t3
            + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
    double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEGREE;
    double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEGREE;
    double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEGREE;
    double correction =
        (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
            + 0.0021 * Math.sin(2 * sunAnomaly)
            - 0.4068 * Math.sin(moonAnomaly)
            + 0.0161 * Math.sin(2 * moonAnomaly)
            - 0.0004 * Math.sin(3 * moonAnomaly)
            + 0.0104 * Math.sin(2 * latitude)
            - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
            - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
            + 0.0004 * Math.sin(2 * latitude + sunAnomaly)
            - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
            - 0.0006 * Math.sin(2 * latitude + moonAnomaly)
            + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
            + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
    double deltaT =
        t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return mean + correction - deltaT;
  }

  /** The sun's 30° sector (0..11, 9 = from the winter solstice) at the local start of a day. */
  static int sunSector(long epochDay) {
    double julianDay = epochDay + EPOCH_JULIAN_DAY - 0.5 - UTC_OFFSET_DAYS;
    return (int) Math.floor(sunLongitude(julianDay) / 30.0);
  }

  /** The sun's apparent longitude in degrees [0, 360) at a Julian day (Meeus, low accuracy). */
  static double sunLongitude(double julianDay) {
    double t = (julianDay - 2451545.0) / 36525;
    double t2 = t * t;
    double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2);
    double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double center =
        (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly * DEGREE)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly * DEGREE)
            + 0.000290 * Math.sin(3 * meanAnomaly * DEGREE);
    double longitude = (meanLongitude + center) % 360.0;
    return longitude < 0 ? longitude + 360.0 : longitude;
  }

  /**
   * The lunar months from one month 11 to the next, with their numbers and the leap month placed.
   */
  private record SolsticeSpan(int year, long[] starts, int[] months, boolean[] leaps) {

    static SolsticeSpan between(int year, long month11, long nextMonth11) {
      int k = newMoonIndex(month11);
      int count = (int) Math.round((nextMonth11 - month11) / SYNODIC_MONTH);
      long[] starts = new long[count + 1];
      for (int i = 0; i <= count; i++) {
        starts[i] = newMoonDay(k + i);
      }
      if (starts[0] != month11 || starts[count] != nextMonth11) {
        throw new IllegalStateException("Inconsistent new moons around month 11 of " + year);
      }
      int leapIndex = -1;
      if (count == 13) {
        for (int i = 1; i < count && leapIndex < 0; i++) {
          if (sunSector(starts[i]) == sunSector(starts[i + 1])) {
            leapIndex = i;
          }
        }
      }
      int[] months = new int[count];
      boolean[] leaps = new boolean[count];
      int month = 11;
      for (int i = 0; i < count; i++) {
        if (i == leapIndex) {
          leaps[i] = true;
          months[i] = months[i - 1];
        } else {
          months[i] = month;
          month = month % 12 + 1;
        }
      }
      return new SolsticeSpan(year, starts, months, leaps);
    }

    int size() {
      return months.length;
    }

    long start(int i) {
      return starts[i];
    }

    int length(int i) {
      return (int) (starts[i + 1] - starts[i]);
    }

    int month(int i) {
      return months[i];
    }

    boolean leap(int i) {
      return leaps[i];
    }

    /** Months 11 and 12 (leap or not) belong to the span's own year, the others to the next. */
    int lunarYear(int i) {
      return months[i] >= 11 ? year : year + 1;
    }

    int indexOf(long epochDay) {
      for (int i = size() - 1; i >= 0; i--) {
        if (epochDay >= starts[i]) {
          return i;
        }
      }
      throw new IllegalStateException(epochDay + " is before month 11 of " + year);
    }

    int indexOf(int month, boolean leap) {
      for (int i = 0; i < size(); i++) {
        if (months[i] == month && leaps[i] == leap) {
          return i;
        }
      }
      return -1;
    }
  }
}
