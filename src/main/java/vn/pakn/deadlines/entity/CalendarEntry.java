package vn.pakn.deadlines.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import vn.pakn.deadlines.control.OfficialDay;
import vn.pakn.deadlines.control.OfficialDayType;

/** One stored entry of a year's official data. */
@Embeddable
public class CalendarEntry {

  @Column(name = "entry_date", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private OfficialDayType type;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "legal_reference", nullable = false, length = 300)
  private String legalReference;

  protected CalendarEntry() {}

  CalendarEntry(OfficialDay day) {
    this.day = day.date();
    this.type = day.type();
    this.name = day.name();
    this.legalReference = day.legalReference();
  }

  public OfficialDay toDay() {
    return new OfficialDay(day, type, name, legalReference);
  }
}
