package vn.pakn.deadlines.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.platform.control.Database;
import vn.pakn.platform.control.Databases;

/**
 * One batch of the reminder sweep in a transaction of its own: claim clocks whose next threshold
 * has passed, record the level each reached and fire one {@link DeadlineAlert} per clock whose
 * level rose — the highest level reached, so a clock found late (after an outage) announces only
 * where it stands. Observers enqueue mails in this same transaction: the level and the mails commit
 * together or not at all.
 */
@ApplicationScoped
public class AlertBatch {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<DeadlineAlert> alerts;
  @Inject WorkingCalendars calendars;

  @Inject
  @ConfigProperty(name = "pakn.db.url")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "pakn.deadlines.sweep.batchSize", defaultValue = "500")
  int batchSize;

  public int size() {
    return batchSize;
  }

  /**
   * @return {claimed, alerts fired}
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int[] run(Instant now) {
    List<AlertClaims.Crossing> crossings;
    try (Connection c = dataSource.getConnection()) {
      crossings = AlertClaims.claim(c, now, batchSize, Databases.isPostgres(databaseUrl));
    } catch (SQLException e) {
      throw new IllegalStateException("deadline sweep failed: " + e.getMessage(), e);
    }
    WorkingCalendar calendar = calendars.current();
    int fired = 0;
    for (AlertClaims.Crossing crossing : crossings) {
      if (crossing.level().compareTo(crossing.previous()) > 0) {
        alerts.fire(
            new DeadlineAlert(
                crossing.clockId(),
                crossing.petitionId(),
                crossing.stage(),
                crossing.agencyId(),
                crossing.level(),
                crossing.due(),
                ClockArithmetic.workingDaysLeft(calendar, now, crossing.due())));
        fired++;
      }
    }
    return new int[] {crossings.size(), fired};
  }
}
