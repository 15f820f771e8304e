package vn.pakn.deadlines.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * A computed deadline with the facts that explain it.
 *
 * @param receivedAt when the item was received, in Vietnam time
 * @param cutoff the cut-off time applied
 * @param receivedAfterCutoff whether it was received on a working day after the cut-off
 * @param countsAsReceivedOn the working day the period counts from (the receipt day, or the next
 *     working day when received after the cut-off or on a non-working day)
 * @param workingDays the length of the period
 * @param countedDays the working days counted, in order ({@code workingDays} of them)
 * @param lastDay the last day of the period: the last counted day, or {@code countsAsReceivedOn}
 *     for a period of 0 days
 * @param due the end of {@code lastDay}, 24:00 Vietnam time, as the instant 00:00 of the following
 *     day; work is on time when done strictly before it
 * @param daysOff the holidays, compensatory and extra days off from the receipt day to {@code
 *     lastDay}, for the explanation
 */
public record Deadline(
    LocalDateTime receivedAt,
    LocalTime cutoff,
    boolean receivedAfterCutoff,
    LocalDate countsAsReceivedOn,
    int workingDays,
    List<LocalDate> countedDays,
    LocalDate lastDay,
    Instant due,
    List<CalendarDay> daysOff) {

  public Deadline {
    countedDays = List.copyOf(countedDays);
    daysOff = List.copyOf(daysOff);
  }

  /**
   * Whether something done at {@code instant} meets the deadline (is before 24:00 of the last day).
   */
  public boolean isMetBy(Instant instant) {
    return instant.isBefore(due);
  }

  /**
   * How the deadline was counted, for people: in English for English, in Vietnamese otherwise. For
   * example "received Fri 13/02/2026 16:20, after 15:00 → treated as received on the next working
   * day, Mon 23/02 (days off: 16–20/02 Lunar New Year); 5 working days: 24, 25, 26, 27/02, 02/03 →
   * due Mon 02/03/2026 24:00".
   */
  public String explanation(Locale locale) {
    return new DeadlineExplanation(this, CalendarDay.english(locale)).text();
  }
}
