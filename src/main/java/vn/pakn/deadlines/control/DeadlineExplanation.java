package vn.pakn.deadlines.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a {@link Deadline} as one sentence in English or Vietnamese. */
final class DeadlineExplanation {

  /** Periods longer than this show only their first and last counted days. */
  private static final int LISTED_DAYS = 12;

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final String[] ENGLISH_DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] VIETNAMESE_DAYS = {
    "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"
  };

  private final Deadline deadline;
  private final boolean english;
  private final Locale locale;

  DeadlineExplanation(Deadline deadline, boolean english) {
    this.deadline = deadline;
    this.english = english;
    this.locale = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
  }

  String text() {
    LocalDate received = deadline.receivedAt().toLocalDate();
    LocalDate start = deadline.countsAsReceivedOn();
    String time = TIME.format(deadline.receivedAt());
    StringBuilder text = new StringBuilder();
    text.append(
        english
            ? "received " + day(received) + " " + DATE.format(received) + " " + time
            : "nhận lúc " + time + " " + day(received) + " " + DATE.format(received));
    if (!start.equals(received)) {
      String cutoff = TIME.format(deadline.cutoff());
      if (english) {
        text.append(deadline.receivedAfterCutoff() ? ", after " + cutoff : ", not a working day")
            .append(" → treated as received on the next working day, ");
      } else {
        text.append(deadline.receivedAfterCutoff() ? ", sau " + cutoff : ", ngày nghỉ")
            .append(" → tính là nhận vào ngày làm việc tiếp theo, ");
      }
      text.append(day(start)).append(' ').append(DAY_MONTH.format(start));
      List<CalendarDay> before = daysOff(received, start.minusDays(1));
      if (!before.isEmpty()) {
        text.append(english ? " (days off: " : " (ngày nghỉ: ").append(groups(before)).append(')');
      }
    }
    int n = deadline.workingDays();
    text.append("; ").append(n);
    text.append(english ? (n == 1 ? " working day" : " working days") : " ngày làm việc");
    List<CalendarDay> during = daysOff(start.plusDays(1), deadline.lastDay());
    if (!during.isEmpty()) {
      text.append(english ? " (days off skipped: " : " (không tính ngày nghỉ: ")
          .append(groups(during))
          .append(')');
    }
    if (n > 0) {
      text.append(": ").append(countedDays());
    }
    LocalDate last = deadline.lastDay();
    text.append(
        english
            ? " → due " + day(last) + " " + DATE.format(last) + " 24:00"
            : " → hạn: 24:00 " + day(last) + " " + DATE.format(last));
    return text.toString();
  }

  private String day(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return (english ? ENGLISH_DAYS : VIETNAMESE_DAYS)[day.getValue() - 1];
  }

  private List<CalendarDay> daysOff(LocalDate from, LocalDate to) {
    List<CalendarDay> days = new ArrayList<>();
    for (CalendarDay day : deadline.daysOff()) {
      if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
        days.add(day);
      }
    }
    return days;
  }

  /** "16–20/02 Lunar New Year, 23/02 Extra day off (…)": consecutive days of one name merged. */
  private String groups(List<CalendarDay> days) {
    List<String> groups = new ArrayList<>();
    int i = 0;
    while (i < days.size()) {
      CalendarDay first = days.get(i);
      String name = first.name(locale);
      int j = i;
      while (j + 1 < days.size()
          && days.get(j + 1).date().equals(days.get(j).date().plusDays(1))
          && days.get(j + 1).name(locale).equals(name)) {
        j++;
      }
      LocalDate from = first.date();
      LocalDate to = days.get(j).date();
      String span;
      if (from.equals(to)) {
        span = DAY_MONTH.format(from);
      } else if (from.getMonth() == to.getMonth()) {
        span = String.format("%02d–%s", from.getDayOfMonth(), DAY_MONTH.format(to));
      } else {
        span = DAY_MONTH.format(from) + "–" + DAY_MONTH.format(to);
      }
      groups.add(span + " " + name);
      i = j + 1;
    }
    return String.join(", ", groups);
  }

  /** "24, 25, 26, 27/02, 02/03", with the year where the days span two years. */
  private String countedDays() {
    List<LocalDate> days = deadline.countedDays();
    LocalDate first = days.get(0);
    LocalDate last = days.get(days.size() - 1);
    boolean years = first.getYear() != last.getYear();
    if (days.size() > LISTED_DAYS) {
      DateTimeFormatter format = years ? DATE : DAY_MONTH;
      return format.format(first) + " … " + format.format(last);
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      LocalDate next = i + 1 < days.size() ? days.get(i + 1) : null;
      StringBuilder part = new StringBuilder(String.format("%02d", day.getDayOfMonth()));
      boolean newYear = next == null || next.getYear() != day.getYear();
      if (newYear || next.getMonth() != day.getMonth()) {
        part.append('/').append(String.format("%02d", day.getMonthValue()));
      }
      if (years && newYear) {
        part.append('/').append(day.getYear());
      }
      parts.add(part.toString());
    }
    return String.join(", ", parts);
  }
}
