package vn.pakn.surveys.control;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scoring period as people write it: a year ({@code 2026}), a quarter ({@code 2026-Q3}) or a
 * month ({@code 2026-07}); days are Vietnam calendar days, {@code to} exclusive.
 */
public record Period(String text, LocalDate from, LocalDate to) {

  static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?");

  /** The period, or empty when the text is not one of the three forms (or a year before 2000). */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYNTAX.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2999) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      int quarter = Integer.parseInt(m.group(2));
      LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
      return Optional.of(new Period(m.group(), from, from.plusMonths(3)));
    }
    if (m.group(3) != null) {
      LocalDate from = LocalDate.of(year, Integer.parseInt(m.group(3)), 1);
      return Optional.of(new Period(m.group(), from, from.plusMonths(1)));
    }
    LocalDate from = LocalDate.of(year, 1, 1);
    return Optional.of(new Period(m.group(), from, from.plusYears(1)));
  }

  public int year() {
    return from.getYear();
  }

  /** The last day of the period. */
  public LocalDate lastDay() {
    return to.minusDays(1);
  }
}
