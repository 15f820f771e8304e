package vn.pakn.deadlines.control;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of the official yearly data, as stored and as imported. */
public record OfficialDay(
    LocalDate date, OfficialDayType type, String name, String legalReference) {

  public static final int MAX_NAME = 200;
  public static final int MAX_REFERENCE = 300;

  public OfficialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(legalReference, "legalReference");
  }
}
