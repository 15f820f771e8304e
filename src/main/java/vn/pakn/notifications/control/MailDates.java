package vn.pakn.notifications.control;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.pakn.platform.control.VietnamTime;

/** Dates and times as mails write them: Vietnam time, in the recipient's language. */
public final class MailDates {

  private static final DateTimeFormatter VI_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  private static final DateTimeFormatter EN_TIME =
      DateTimeFormatter.ofPattern("HH:mm, d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EN_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private MailDates() {}

  /** e.g. {@code 08:15 ngày 21/11/2026} or {@code 08:15, 21 November 2026}. */
  public static String time(OffsetDateTime at, Locale language) {
    return at.atZoneSameInstant(VietnamTime.ZONE).format(isEnglish(language) ? EN_TIME : VI_TIME);
  }

  /** e.g. {@code 21/11/2026} or {@code 21 November 2026}. */
  public static String day(OffsetDateTime at, Locale language) {
    return at.atZoneSameInstant(VietnamTime.ZONE).format(isEnglish(language) ? EN_DAY : VI_DAY);
  }

  private static boolean isEnglish(Locale language) {
    return "en".equals(language.getLanguage());
  }
}
