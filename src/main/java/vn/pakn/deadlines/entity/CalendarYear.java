package vn.pakn.deadlines.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.pakn.deadlines.control.OfficialDay;

/**
 * The official data of one year, replaced as a whole; each replacement raises the revision and is
 * recorded as a {@link CalendarRevision}.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = CalendarYear.ALL, query = "select y from CalendarYear y order by y.year")
public class CalendarYear {

  public static final String ALL = "CalendarYear.all";

  @Id
  @Column(name = "cal_year")
  private int year;

  @Column(nullable = false)
  private int revision;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "calendar_entry", joinColumns = @JoinColumn(name = "cal_year"))
  private List<CalendarEntry> entries = new ArrayList<>();

  protected CalendarYear() {}

  public CalendarYear(int year) {
    this.year = year;
  }

  /** Replaces the year's data; returns the new revision. */
  public int replace(List<OfficialDay> days, String by, OffsetDateTime at) {
    entries.clear();
    days.stream()
        .sorted(Comparator.comparing(OfficialDay::date).thenComparing(OfficialDay::type))
        .forEach(day -> entries.add(new CalendarEntry(day)));
    updatedBy = by;
    updatedAt = at;
    return ++revision;
  }

  public int year() {
    return year;
  }

  public int revision() {
    return revision;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public List<OfficialDay> days() {
    return entries.stream().map(CalendarEntry::toDay).toList();
  }
}
