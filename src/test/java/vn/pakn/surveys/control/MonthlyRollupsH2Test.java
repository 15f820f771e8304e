package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.surveys.control.Scores.By;

/**
 * The roll-ups' SQL on H2, the embedded default (the container tests run it on PostgreSQL), against
 * an oracle computed in Java from the very responses inserted: for every grouping level, month and
 * quarter, one agency or all, the counts read from the roll-ups — and so the indices and desk
 * scores of the shipped definitions — equal those of the raw responses, whether the roll-ups were
 * recomputed month by month or followed response by response.
 */
class MonthlyRollupsH2Test {

  static final List<String> SURVEYS = List.of("kiosk", "desk-evaluation", "sipas");
  static final LocalDate FIRST = LocalDate.of(2030, 1, 1);

  /** One response as inserted. */
  record Response(
      long id,
      String survey,
      boolean official,
      long agency,
      String desk,
      String procedure,
      Long officer,
      LocalDate day,
      Integer deskPoints,
      Map<String, Integer> answers) {}

  /** What a group's survey version adds up to. */
  record Counts(
      long official,
      long unofficial,
      Map<Integer, Long> deskPoints,
      Map<String, Map<Integer, Long>> answers) {}

  Connection c;
  final Random random = new Random(15);
  final List<Response> responses = new ArrayList<>();
  final SurveyDefinitions definitions = SurveyFiles.shipped();
  long nextId = 1;

  @BeforeEach
  void database() throws SQLException {
    String url = "jdbc:h2:mem:rollups" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    c = DriverManager.getConnection(url, "sa", "");
    try (Statement s = c.createStatement()) {
      s.execute("set referential_integrity false");
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void recomputedRollupsGiveTheScoresOfTheRawResponses() throws SQLException {
    insert(1500, FIRST, 3);
    recompute();
    assertEveryGroupingEqualsTheRawResponses();
    assertThat(pending()).isZero();
  }

  @Test
  void followedRollupsEqualRecomputedOnes() throws SQLException {
    insert(600, FIRST, 3);
    recompute();
    insert(400, FIRST.plusMonths(1), 3); // into months already rolled up, and a new one
    assertThat(pending()).isEqualTo(400);
    MonthlyRollups.Followed followed = MonthlyRollups.follow(c);
    assertThat(followed.responses()).isEqualTo(400);
    assertThat(pending()).isZero();
    assertEveryGroupingEqualsTheRawResponses();
    List<List<Object>> incremental = rows();

    recompute();
    assertThat(rows()).isEqualTo(incremental);
    assertThat(MonthlyRollups.follow(c).responses()).isZero();
    assertThat(rows()).isEqualTo(incremental);
  }

  @Test
  void aMonthWithoutResponsesLeftLeavesTheRollups() throws SQLException {
    insert(300, FIRST, 2);
    recompute();
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "delete from survey_answer where response_id in (select id from survey_response"
              + " where answered_on >= date '2030-02-01')");
      s.executeUpdate("delete from survey_response where answered_on >= date '2030-02-01'");
    }
    responses.removeIf(r -> !r.day().isBefore(LocalDate.of(2030, 2, 1)));
    recompute();
    assertEveryGroupingEqualsTheRawResponses();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from survey_rollup_response where on_month >= date '2030-02-01'")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  @Test
  void agencyLevelIsTheSumOfEveryDesk() throws SQLException {
    insert(500, FIRST, 1);
    recompute();
    long agencyResponses =
        sum(
            "select sum(responses) from survey_rollup_response where"
                + " grouping_level = 'AGENCY'");
    long deskResponses =
        sum("select sum(responses) from survey_rollup_response where" + " grouping_level = 'DESK'");
    assertThat(agencyResponses).isEqualTo(deskResponses).isEqualTo(500);
    long answers =
        responses.stream().filter(Response::official).mapToLong(r -> r.answers().size()).sum();
    for (String level : List.of("AGENCY", "DESK", "SERVICE", "OFFICER")) {
      assertThat(
              sum(
                  "select sum(answers) from survey_rollup_answer where grouping_level = '"
                      + level
                      + "'"))
          .as(level)
          .isEqualTo(answers);
    }
  }

  // --- the oracle and the comparison ---------------------------------------------------------

  void assertEveryGroupingEqualsTheRawResponses() throws SQLException {
    List<Period> periods = new ArrayList<>();
    for (int m = 0; m < 4; m++) {
      periods.add(Period.parse(FIRST.plusMonths(m).toString().substring(0, 7)).orElseThrow());
    }
    periods.add(Period.parse("2030-Q1").orElseThrow());
    periods.add(Period.parse("2030").orElseThrow());
    Suppression suppression = new Suppression(10);
    for (By by : By.values()) {
      for (Period period : periods) {
        for (Long agency : new Long[] {null, 1L, 2L, 3L}) {
          Map<String, Counts> expected = expected(by, period, agency);
          Map<String, Counts> actual = fromRollups(by, period, agency);
          String what = by + " " + period.text() + " agency " + agency;
          assertThat(actual).as(what).isEqualTo(expected);
          for (var entry : expected.entrySet()) {
            String survey = entry.getKey().substring(entry.getKey().lastIndexOf('|') + 1);
            SurveyDefinition definition = definitions.find(survey, 1).orElseThrow();
            Counts e = entry.getValue();
            Counts a = actual.get(entry.getKey());
            assertThat(index(definition, suppression, a))
                .as(what)
                .isEqualTo(index(definition, suppression, e));
            if (definition.deskScoring().isPresent()) {
              assertThat(DeskScore.summarize(definition, a.deskPoints(), suppression))
                  .as(what)
                  .isEqualTo(DeskScore.summarize(definition, e.deskPoints(), suppression));
            }
          }
        }
      }
    }
  }

  static SatisfactionIndex.Report index(SurveyDefinition d, Suppression s, Counts counts) {
    List<AnswerCounts.Row> rows = new ArrayList<>();
    counts
        .answers()
        .forEach((q, values) -> values.forEach((v, n) -> rows.add(new AnswerCounts.Row(q, v, n))));
    return new SatisfactionIndex(d, s).compute(AnswerCounts.of(counts.official(), rows));
  }

  /** Counts per "agency|group|survey" from the responses in memory. */
  Map<String, Counts> expected(By by, Period period, Long agency) {
    Map<String, Counts> groups = new TreeMap<>();
    for (Response r : responses) {
      if (r.day().isBefore(period.from())
          || !r.day().isBefore(period.to())
          || (agency != null && r.agency() != agency)) {
        continue;
      }
      String group =
          switch (by) {
            case AGENCY -> "";
            case DESK -> r.desk();
            case SERVICE -> r.procedure();
            case OFFICER -> r.officer() == null ? "" : r.officer().toString();
          };
      Counts counts =
          groups.computeIfAbsent(
              r.agency() + "|" + group + "|" + r.survey(),
              k -> new Counts(0, 0, new TreeMap<>(), new TreeMap<>()));
      if (r.official()) {
        if (r.deskPoints() != null) {
          counts.deskPoints().merge(r.deskPoints(), 1L, Long::sum);
        }
        r.answers()
            .forEach(
                (q, v) ->
                    counts
                        .answers()
                        .computeIfAbsent(q, k -> new TreeMap<>())
                        .merge(v, 1L, Long::sum));
      }
      groups.put(
          r.agency() + "|" + group + "|" + r.survey(),
          new Counts(
              counts.official() + (r.official() ? 1 : 0),
              counts.unofficial() + (r.official() ? 0 : 1),
              counts.deskPoints(),
              counts.answers()));
    }
    return groups;
  }

  /** The same from the scores' queries over the roll-ups. */
  Map<String, Counts> fromRollups(By by, Period period, Long agency) throws SQLException {
    Map<String, long[]> responseCounts = new HashMap<>();
    Map<String, Map<Integer, Long>> points = new HashMap<>();
    Map<String, Map<String, Map<Integer, Long>>> answers = new HashMap<>();
    try (PreparedStatement s =
            prepare(MonthlyRollups.responsesOf(agency != null), by, period, agency);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String key = key(by, rs);
        long n = rs.getLong(7);
        long[] counts = responseCounts.computeIfAbsent(key, k -> new long[2]);
        if (rs.getBoolean(5)) {
          counts[0] += n;
          if (rs.getInt(6) >= 0) {
            points.computeIfAbsent(key, k -> new TreeMap<>()).merge(rs.getInt(6), n, Long::sum);
          }
        } else {
          counts[1] += n;
        }
      }
    }
    try (PreparedStatement s =
            prepare(MonthlyRollups.answersOf(agency != null), by, period, agency);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        answers
            .computeIfAbsent(key(by, rs), k -> new TreeMap<>())
            .computeIfAbsent(rs.getString(5), k -> new TreeMap<>())
            .merge(rs.getInt(6), rs.getLong(7), Long::sum);
      }
    }
    Map<String, Counts> groups = new TreeMap<>();
    responseCounts.forEach(
        (key, counts) ->
            groups.put(
                key,
                new Counts(
                    counts[0],
                    counts[1],
                    points.getOrDefault(key, new TreeMap<>()),
                    answers.getOrDefault(key, new TreeMap<>()))));
    return groups;
  }

  static String key(By by, ResultSet rs) throws SQLException {
    Scores.GroupKey group = Scores.key(by, new Object[] {rs.getLong(1), rs.getString(2)});
    String text =
        by == By.OFFICER
            ? (group.officerId() == null ? "" : group.officerId().toString())
            : group.text() == null ? "" : group.text();
    return group.agencyId() + "|" + text + "|" + rs.getString(3);
  }

  PreparedStatement prepare(String sql, By by, Period period, Long agency) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql.replaceAll("\\?\\d", "?"));
    s.setString(1, by.name());
    s.setDate(2, Date.valueOf(period.from()));
    s.setDate(3, Date.valueOf(period.to()));
    if (agency != null) {
      s.setLong(4, agency);
    }
    return s;
  }

  // --- data ------------------------------------------------------------------------------------

  /** n random responses over the given months, each with its pending mark, as the app stores. */
  void insert(int n, LocalDate from, int months) throws SQLException {
    try (PreparedStatement response =
            c.prepareStatement(
                "insert into survey_response (id, survey_id, survey_version, official, channel,"
                    + " agency_id, desk, procedure_code, officer_id, answered_on, answered_at,"
                    + " received_at, desk_points, marks_unsatisfied)"
                    + " values (?, ?, 1, ?, 'KIOSK', ?, ?, ?, ?, ?, ?, ?, ?, false)");
        PreparedStatement answer =
            c.prepareStatement(
                "insert into survey_answer (response_id, question_id, answer_value)"
                    + " values (?, ?, ?)");
        PreparedStatement pending =
            c.prepareStatement(
                "insert into survey_rollup_pending (response_id, claimed) values (?, false)")) {
      for (int i = 0; i < n; i++) {
        String survey = SURVEYS.get(random.nextInt(SURVEYS.size()));
        SurveyDefinition definition = definitions.find(survey, 1).orElseThrow();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (var q : definition.questions()) {
          var levels = definition.scaleOf(q).levels();
          if (random.nextInt(10) > 0) { // now and then a question left out
            answers.put(q.id(), levels.get(random.nextInt(levels.size())).value());
          }
        }
        LocalDate day = from.plusMonths(random.nextInt(months)).plusDays(random.nextInt(28));
        Response r =
            new Response(
                nextId++,
                survey,
                random.nextInt(10) > 1,
                1 + random.nextInt(3),
                "Quầy " + (1 + random.nextInt(3)),
                "1.00" + random.nextInt(4),
                random.nextInt(3) == 0 ? null : 100L + random.nextInt(2),
                day,
                definition.deskScoring().isPresent() ? random.nextInt(19) : null,
                answers);
        responses.add(r);
        response.setLong(1, r.id());
        response.setString(2, r.survey());
        response.setBoolean(3, r.official());
        response.setLong(4, r.agency());
        response.setString(5, r.desk());
        response.setString(6, r.procedure());
        response.setObject(7, r.officer());
        response.setDate(8, Date.valueOf(day));
        Timestamp at = Timestamp.valueOf(day.atTime(9, 0));
        response.setTimestamp(9, at);
        response.setTimestamp(10, at);
        response.setObject(11, r.deskPoints());
        response.executeUpdate();
        for (var a : answers.entrySet()) {
          answer.setLong(1, r.id());
          answer.setString(2, a.getKey());
          answer.setInt(3, a.getValue());
          answer.executeUpdate();
        }
        pending.setLong(1, r.id());
        pending.executeUpdate();
      }
    }
  }

  void recompute() throws SQLException {
    List<LocalDate> months = MonthlyRollups.months(c);
    MonthlyRollups.dropOutside(c, months);
    for (LocalDate month : months) {
      MonthlyRollups.recomputeMonth(c, month);
    }
  }

  long pending() throws SQLException {
    return sum("select count(*) from survey_rollup_pending");
  }

  long sum(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every roll-up row, in key order. */
  List<List<Object>> rows() throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    for (String sql :
        List.of(
            "select * from survey_rollup_response order by agency_id, grouping_level, on_month,"
                + " group_key, survey_id, survey_version, official, desk_points",
            "select * from survey_rollup_answer order by agency_id, grouping_level, on_month,"
                + " group_key, survey_id, survey_version, question_id, answer_value")) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
