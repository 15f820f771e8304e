package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.deadlines.control.WorkingCalendars;

/**
 * When each stage of a petition is due, in working days of the calendar in force (the law and the
 * stored official data): studying and classifying a petition (and transferring it out when outside
 * competence: Decree 20/2008/NĐ-CP Art. 9, 5 working days), and answering it (10 working days in
 * recent provincial rules; a 2025 directive speaks of 15 — configuration, to be confirmed).
 */
@ApplicationScoped
public class WorkflowDeadlines {

  @Inject
  @ConfigProperty(name = "pakn.deadlines.classificationDays", defaultValue = "5")
  int classificationDays;

  @Inject
  @ConfigProperty(name = "pakn.deadlines.answerDays", defaultValue = "10")
  int answerDays;

  @Inject WorkingCalendars calendars;

  public OffsetDateTime classificationDue(OffsetDateTime from) {
    return due(from, classificationDays);
  }

  public OffsetDateTime answerDue(OffsetDateTime from) {
    return due(from, answerDays);
  }

  /**
   * N more working days after the last day of the current due: counted as if received at the start
   * of that last day (a working day, before the 15:00 cut-off), so counting starts the day after.
   * (Counting from 23:59 of the last day would fall after the cut-off and add one day too many.)
   */
  public OffsetDateTime extended(OffsetDateTime currentDue, int workingDays) {
    return due(currentDue.minusDays(1), workingDays);
  }

  private OffsetDateTime due(OffsetDateTime from, int workingDays) {
    return calendars.calculator().due(from.toInstant(), workingDays).atOffset(ZoneOffset.UTC);
  }
}
