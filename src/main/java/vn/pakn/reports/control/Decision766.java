package vn.pakn.reports.control;

/**
 * The petition rates of Decision 766/QĐ-TTg (2022), group 5 of the service index, defined once for
 * the reports and the scores alike (the details are the operator's public description: confirm).
 *
 * <ul>
 *   <li>5.2 on-time rate = petitions answered before their due ÷ (answered + still open and
 *       overdue);
 *   <li>5.3 satisfaction rate = (answered − unsatisfied) ÷ answered, where a petition is
 *       unsatisfied when it was answered late (on or after its due), its sender marked the answer
 *       unsatisfying, or the sender's petition survey says so — counted once however many apply.
 * </ul>
 *
 * Both count the answers an agency sent in the period.
 */
public final class Decision766 {

  /**
   * SQL: 1 when the petition {@code p} is unsatisfied by 5.3, else 0 (tables {@code petition p} and
   * {@code survey_response}).
   */
  public static final String UNSATISFIED_OR_LATE =
      "case when p.answered_at >= p.due_at or p.satisfaction = 'UNSATISFIED'"
          + " or exists (select 1 from survey_response r where r.petition_id = p.id"
          + " and r.marks_unsatisfied = true) then 1 else 0 end";

  /** SQL: 1 when the petition {@code p} was answered before its due (5.2), else 0. */
  public static final String ON_TIME = "case when p.answered_at < p.due_at then 1 else 0 end";

  private Decision766() {}

  /** The answers one agency sent in a period, and how many of them count as unsatisfied. */
  public record Satisfaction(long answered, long unsatisfiedOrLate) {

    public Satisfaction {
      if (answered < 0 || unsatisfiedOrLate < 0 || unsatisfiedOrLate > answered) {
        throw new IllegalArgumentException(unsatisfiedOrLate + " of " + answered);
      }
    }

    /** The numerator of 5.3. */
    public long satisfied() {
      return answered - unsatisfiedOrLate;
    }

    /** 5.3, or null while nothing was answered (never 100 % of nothing). */
    public Double rate() {
      return answered == 0 ? null : (double) satisfied() / answered;
    }
  }

  /** 5.2, or null while there is nothing to judge. */
  public static Double onTimeRate(long answeredOnTime, long answered, long openOverdue) {
    long base = answered + openOverdue;
    return base == 0 ? null : (double) answeredOnTime / base;
  }
}
