package vn.pakn.surveys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Points of one entered PAR scheme item for an agency and period, typed or imported (CSV). */
@Entity
@Table(name = "par_entry")
@NamedQuery(name = ParEntry.BY_PERIOD, query = "select e from ParEntry e where e.period = :period")
@NamedQuery(
    name = ParEntry.FIND,
    query =
        "select e from ParEntry e where e.agencyId = :agency and e.period = :period"
            + " and e.itemId = :item")
public class ParEntry {

  public static final String BY_PERIOD = "ParEntry.byPeriod";
  public static final String FIND = "ParEntry.find";

  @Id
  @SequenceGenerator(name = "par_entry_seq", sequenceName = "par_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "par_entry_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(nullable = false, length = 8)
  private String period;

  @Column(name = "item_id", nullable = false, length = 64)
  private String itemId;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal points;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private OffsetDateTime enteredAt;

  protected ParEntry() {}

  public ParEntry(Long agencyId, String period, String itemId) {
    this.agencyId = agencyId;
    this.period = period;
    this.itemId = itemId;
  }

  public void set(BigDecimal points, String enteredBy, OffsetDateTime enteredAt) {
    this.points = points;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
  }

  public Long agencyId() {
    return agencyId;
  }

  public String period() {
    return period;
  }

  public String itemId() {
    return itemId;
  }

  public BigDecimal points() {
    return points;
  }
}
