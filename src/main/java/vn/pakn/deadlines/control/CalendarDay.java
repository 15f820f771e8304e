package vn.pakn.deadlines.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A day whose status is worth showing: a public holiday, or a day worked or not worked unlike an
 * ordinary Monday–Friday week.
 *
 * @param nameKey the message key of the name ({@code deadlines.holiday.*} for holidays, {@code
 *     deadlines.day.*} for the other types)
 * @param vietnameseName the name to show in Vietnamese
 * @param englishName the name to show in English
 * @param legalBasis the article or notice the day comes from
 */
public record CalendarDay(
    LocalDate date,
    DayType type,
    String nameKey,
    String vietnameseName,
    String englishName,
    String legalBasis) {

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(nameKey, "nameKey");
    Objects.requireNonNull(vietnameseName, "vietnameseName");
    Objects.requireNonNull(englishName, "englishName");
    Objects.requireNonNull(legalBasis, "legalBasis");
  }

  /** The name in English for English, in Vietnamese otherwise. */
  public String name(Locale locale) {
    return english(locale) ? englishName : vietnameseName;
  }

  /** Whether the day is worked. */
  public boolean working() {
    return type.working();
  }

  static boolean english(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
