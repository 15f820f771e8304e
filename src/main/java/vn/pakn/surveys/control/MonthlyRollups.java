package vn.pakn.surveys.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.platform.control.Databases;

/**
 * The SQL of the score roll-ups, one statement set for H2 and PostgreSQL, run on a connection whose
 * transaction the caller owns. The roll-ups hold, per month, grouping level (agency, desk, service,
 * officer) and group: response counts per survey version, official or not and desk points, and
 * official answer counts per question and value — the counts {@link AnswerCounts} and {@link
 * DeskScore} take, so a score read from them equals the score of the raw responses (periods are
 * whole months).
 *
 * <p>Two ways in: {@link #recomputeMonth} replaces one month from the responses (set-based; the
 * months of a full recomputation run in parallel sessions), and {@link #follow} adds the responses
 * stored since the last round, listed in {@code survey_rollup_pending} by the transaction that
 * stored them.
 */
public final class MonthlyRollups {

  private MonthlyRollups() {}

  /** A month's first day, from a day (both databases). */
  static final String MONTH_OF_ANSWER = "cast(date_trunc('month', r.answered_on) as date)";

  /** The group of a finest-grain row at a level; '' where the level has no group of its own. */
  static final String GROUP_KEY =
      "case l.grouping_level when 'DESK' then f.desk when 'SERVICE' then f.procedure_code"
          + " when 'OFFICER' then coalesce(cast(f.officer_id as varchar(20)), '') else '' end";

  /** Desk points count only for official responses; -1 for none. */
  static final String DESK_POINTS =
      "case when r.official = true and r.desk_points is not null then r.desk_points else -1 end";

  static final String RESPONSE_KEY =
      "on_month, grouping_level, agency_id, group_key, survey_id, survey_version, official,"
          + " desk_points";
  static final String ANSWER_KEY =
      "on_month, grouping_level, agency_id, group_key, survey_id, survey_version, question_id,"
          + " answer_value";

  /** The columns of the finest grain: every grouping column of a response, and its month. */
  static final String FINEST =
      MONTH_OF_ANSWER
          + ", r.agency_id, r.desk, r.procedure_code, r.officer_id, r.survey_id, r.survey_version";

  /**
   * Responses per key: the given rows of {@code survey_response r} counted once at the finest grain
   * (one pass, one join), then summed per level (l) that {@code levels} admits.
   */
  static String responseRows(String from, String where, String levels) {
    return "select "
        + RESPONSE_KEY
        + ", sum(n) as responses from (select f.on_month, l.grouping_level, f.agency_id, "
        + GROUP_KEY
        + " as group_key, f.survey_id, f.survey_version, f.official, f.desk_points, f.n from"
        + " (select "
        + FINEST
        + ", r.official, "
        + DESK_POINTS
        + ", count(*) from "
        + from
        + " where "
        + where
        + " group by "
        + FINEST
        + ", r.official, "
        + DESK_POINTS
        + ") f (on_month, agency_id, desk, procedure_code, officer_id, survey_id, survey_version,"
        + " official, desk_points, n) cross join survey_grouping_level l where "
        + levels
        + ") x group by "
        + RESPONSE_KEY;
  }

  /** Official answers per key, the same way (the rows of {@code survey_answer a} joined once). */
  static String answerRows(String from, String where, String levels) {
    return "select "
        + ANSWER_KEY
        + ", sum(n) as answers from (select f.on_month, l.grouping_level, f.agency_id, "
        + GROUP_KEY
        + " as group_key, f.survey_id, f.survey_version, f.question_id, f.answer_value, f.n from"
        + " (select "
        + FINEST
        + ", a.question_id, a.answer_value, count(*) from "
        + from
        + " join survey_answer a on a.response_id = r.id where r.official = true and "
        + where
        + " group by "
        + FINEST
        + ", a.question_id, a.answer_value) f (on_month, agency_id, desk, procedure_code,"
        + " officer_id, survey_id, survey_version, question_id, answer_value, n) cross join"
        + " survey_grouping_level l where "
        + levels
        + ") x group by "
        + ANSWER_KEY;
  }

  static final String IN_MONTH = "r.answered_on >= ? and r.answered_on < ?";
  static final String BELOW_AGENCY = "l.grouping_level <> 'AGENCY'";

  /** The agency level of a month, summed from its desk level (every response is at one desk). */
  static String agencyFromDesks(String table, String key, String count) {
    String rest = key.replace("on_month, grouping_level, agency_id, group_key, ", "");
    return "insert into "
        + table
        + " ("
        + key
        + ", "
        + count
        + ") select on_month, 'AGENCY', agency_id, '', "
        + rest
        + ", sum("
        + count
        + ") from "
        + table
        + " where grouping_level = 'DESK' and on_month = ? group by on_month, agency_id, "
        + rest;
  }

  /** What one month's recomputation did. */
  public record MonthResult(LocalDate month, int days, long responses) {}

  /**
   * Replaces one month of the roll-ups with the sums of its responses, and drops the pending marks
   * of those responses. Run it in a transaction that sees one snapshot (repeatable read) so that
   * the responses summed and the marks dropped are the same.
   */
  public static MonthResult recomputeMonth(Connection c, LocalDate month) throws SQLException {
    Date from = Date.valueOf(month);
    Date to = Date.valueOf(month.plusMonths(1));
    if (Databases.isPostgres(c.getMetaData().getURL())) {
      // a month's responses are a small part of all: their answers are read through the answers'
      // key, not by hashing the whole answer table once per month; and the statements are too
      // short for JIT compilation to pay off
      for (String setting :
          List.of(
              "set local enable_hashjoin = off",
              "set local enable_mergejoin = off",
              "set local jit = off")) {
        update(c, setting);
      }
    }
    int days;
    long responses;
    try (var s =
        c.prepareStatement(
            "select count(distinct answered_on), count(*) from survey_response"
                + " where answered_on >= ? and answered_on < ?")) {
      s.setDate(1, from);
      s.setDate(2, to);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        days = rs.getInt(1);
        responses = rs.getLong(2);
      }
    }
    update(
        c,
        "delete from survey_rollup_pending where response_id in (select id from survey_response"
            + " where answered_on >= ? and answered_on < ?)",
        from,
        to);
    for (String table : List.of("survey_rollup_response", "survey_rollup_answer")) {
      update(
          c,
          "delete from "
              + table
              + " where grouping_level in ('AGENCY', 'DESK', 'SERVICE', 'OFFICER')"
              + " and on_month = ?",
          from);
    }
    if (responses > 0) {
      update(
          c,
          "insert into survey_rollup_response ("
              + RESPONSE_KEY
              + ", responses) "
              + responseRows("survey_response r", IN_MONTH, BELOW_AGENCY),
          from,
          to);
      update(c, agencyFromDesks("survey_rollup_response", RESPONSE_KEY, "responses"), from);
      update(
          c,
          "insert into survey_rollup_answer ("
              + ANSWER_KEY
              + ", answers) "
              + answerRows("survey_response r", IN_MONTH, BELOW_AGENCY),
          from,
          to);
      update(c, agencyFromDesks("survey_rollup_answer", ANSWER_KEY, "answers"), from);
    }
    return new MonthResult(month, days, responses);
  }

  /** Every month from the first to the last answered one, oldest first. */
  public static List<LocalDate> months(Connection c) throws SQLException {
    List<LocalDate> months = new ArrayList<>();
    try (var s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select min(answered_on), max(answered_on) from survey_response")) {
      rs.next();
      Date first = rs.getDate(1);
      Date last = rs.getDate(2);
      if (first == null) {
        return months;
      }
      LocalDate end = last.toLocalDate().withDayOfMonth(1);
      for (LocalDate m = first.toLocalDate().withDayOfMonth(1);
          !m.isAfter(end);
          m = m.plusMonths(1)) {
        months.add(m);
      }
    }
    return months;
  }

  /** Drops roll-up rows of months outside the given range (no response left in them). */
  public static void dropOutside(Connection c, List<LocalDate> months) throws SQLException {
    for (String table : List.of("survey_rollup_response", "survey_rollup_answer")) {
      if (months.isEmpty()) {
        update(c, "delete from " + table);
      } else {
        update(
            c,
            "delete from " + table + " where on_month < ? or on_month > ?",
            Date.valueOf(months.get(0)),
            Date.valueOf(months.get(months.size() - 1)));
      }
    }
  }

  /** What one round of the follower added. */
  public record Followed(long responses, int days) {}

  static final String PENDING_RESPONSES =
      "survey_rollup_pending p join survey_response r on r.id = p.response_id";

  /**
   * Adds the responses listed as pending to the roll-ups and removes them from the list, in the
   * caller's transaction. Only one follower may run at a time (the caller holds the state row's
   * lock): rows are claimed first, so a response committed meanwhile waits for the next round.
   */
  public static Followed follow(Connection c) throws SQLException {
    int claimed =
        update(c, "update survey_rollup_pending set claimed = true where claimed = false");
    if (claimed == 0) {
      return new Followed(0, 0);
    }
    int days;
    try (var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(distinct r.answered_on) from survey_rollup_pending p"
                    + " join survey_response r on r.id = p.response_id where p.claimed = true")) {
      rs.next();
      days = rs.getInt(1);
    }
    update(
        c,
        merge(
            "survey_rollup_response",
            RESPONSE_KEY,
            "responses",
            responseRows(PENDING_RESPONSES, "p.claimed = true", "1 = 1")));
    update(
        c,
        merge(
            "survey_rollup_answer",
            ANSWER_KEY,
            "answers",
            answerRows(PENDING_RESPONSES, "p.claimed = true", "1 = 1")));
    update(c, "delete from survey_rollup_pending where claimed = true");
    return new Followed(claimed, days);
  }

  /** Adds the source's counts to the table's rows of the same key, inserting missing keys. */
  static String merge(String table, String key, String count, String source) {
    String[] columns = key.split(",\\s*");
    StringBuilder on = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (String column : columns) {
      if (on.length() > 0) {
        on.append(" and ");
        values.append(", ");
      }
      on.append("t.").append(column).append(" = s.").append(column);
      values.append("s.").append(column);
    }
    return "merge into "
        + table
        + " t using ("
        + source
        + ") s on ("
        + on
        + ") when matched then update set "
        + count
        + " = t."
        + count
        + " + s."
        + count
        + " when not matched then insert ("
        + key
        + ", "
        + count
        + ") values ("
        + values
        + ", s."
        + count
        + ")";
  }

  /**
   * The scores query of a level: response counts per group, survey version, official and desk
   * points at a level (?1) over the months [?2, ?3), of one agency (?4) when {@code oneAgency}.
   */
  public static String responsesOf(boolean oneAgency) {
    return "select agency_id, group_key, survey_id, survey_version, official, desk_points,"
        + " sum(responses) from survey_rollup_response where grouping_level = ?1"
        + " and on_month >= ?2 and on_month < ?3"
        + (oneAgency ? " and agency_id = ?4" : "")
        + " group by agency_id, group_key, survey_id, survey_version, official, desk_points";
  }

  /** The scores query of a level: official answer counts per group, question and value. */
  public static String answersOf(boolean oneAgency) {
    return "select agency_id, group_key, survey_id, survey_version, question_id, answer_value,"
        + " sum(answers) from survey_rollup_answer where grouping_level = ?1"
        + " and on_month >= ?2 and on_month < ?3"
        + (oneAgency ? " and agency_id = ?4" : "")
        + " group by agency_id, group_key, survey_id, survey_version, question_id, answer_value";
  }

  private static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    }
  }
}
