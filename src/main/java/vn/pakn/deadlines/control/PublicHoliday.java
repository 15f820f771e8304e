package vn.pakn.deadlines.control;

import java.time.LocalDate;
import java.util.Locale;

/** The public holidays of Labour Code 2019 Art. 112, with their names as message keys. */
public enum PublicHoliday {
  NEW_YEAR("Tết Dương lịch", "New Year's Day"),
  LUNAR_NEW_YEAR("Tết Nguyên đán", "Lunar New Year"),
  HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
  REUNIFICATION_DAY("Ngày Chiến thắng", "Reunification Day"),
  LABOUR_DAY("Quốc tế Lao động", "International Labour Day"),
  NATIONAL_DAY("Quốc khánh", "National Day");

  static final String LEGAL_BASIS = "Bộ luật Lao động 2019, Điều 112";
  static final String COMPENSATORY_LEGAL_BASIS = "Bộ luật Lao động 2019, Điều 111 khoản 3";
  static final String COMPENSATORY_KEY = "deadlines.day.compensatory";
  static final String COMPENSATORY_VI = "Nghỉ bù";
  static final String COMPENSATORY_EN = "Compensatory day off";

  private final String vietnameseName;
  private final String englishName;

  PublicHoliday(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /** The key of the holiday's name in message bundles, e.g. {@code deadlines.holiday.new-year}. */
  public String nameKey() {
    return "deadlines.holiday." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String vietnameseName() {
    return vietnameseName;
  }

  public String englishName() {
    return englishName;
  }

  /** The English name for English, the Vietnamese name otherwise. */
  public String displayName(Locale locale) {
    return CalendarDay.english(locale) ? englishName : vietnameseName;
  }

  CalendarDay on(LocalDate date) {
    return new CalendarDay(
        date, DayType.HOLIDAY, nameKey(), vietnameseName, englishName, LEGAL_BASIS);
  }

  CalendarDay compensatedOn(LocalDate date) {
    return new CalendarDay(
        date,
        DayType.COMPENSATORY_DAY_OFF,
        COMPENSATORY_KEY,
        COMPENSATORY_VI + " (" + vietnameseName + ")",
        COMPENSATORY_EN + " (" + englishName + ")",
        COMPENSATORY_LEGAL_BASIS);
  }
}
