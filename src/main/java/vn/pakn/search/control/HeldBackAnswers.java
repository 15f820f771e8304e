package vn.pakn.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import vn.pakn.platform.control.Database;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.publication.control.KnownPersonalData;
import vn.pakn.publication.control.RedactionProposal;
import vn.pakn.publication.control.RedactionSpan;
import vn.pakn.publication.control.Redactor;

/**
 * The review of the rows an answer import held back because the {@link Redactor} found personal
 * data in them (Decree 13/2023/NĐ-CP): administrators see each row with the redactor's spans and
 * either publish the redacted copy (the redactor's proposal applied, as a leader's publication
 * would) or discard the row. Either way the row stays as the record of who decided and when, and
 * its text is cleared, so personal data is kept no longer than the review needs.
 */
@ApplicationScoped
public class HeldBackAnswers {

  /** How many rows waiting for review one listing shows. */
  static final int MAX_LISTED = AnswerImports.MAX_REPORTED;

  /** One text of a held-back row: as imported, what the redactor found, and the public copy. */
  public record Text(String text, List<RedactionSpan> spans, String redacted) {}

  /**
   * A row waiting for review; {@code publishable} false when the row was held back by an earlier
   * version that kept only its texts (it can only be discarded and imported again).
   */
  public record HeldBack(
      long line, String legacyId, Text title, Text question, Text answer, boolean publishable) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject AnswerImports imports;

  Clock clock = Clock.systemUTC();

  /** The first {@link #MAX_LISTED} rows of an import waiting for review, by line. */
  public List<HeldBack> waiting(long importId) {
    var redactor = new Redactor();
    var rows = new ArrayList<HeldBack>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select line, legacy_id, content from answer_import_row where import_id = ? and"
                    + " outcome = 'HELD_BACK' order by line fetch first "
                    + MAX_LISTED
                    + " rows only")) {
      s.setLong(1, importId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Map<String, String> values = values(r.getString(3));
          rows.add(
              new HeldBack(
                  r.getLong(1),
                  r.getString(2),
                  text(redactor, values.get("title")),
                  text(redactor, values.get("question")),
                  text(redactor, values.get("answer")),
                  values.containsKey("agencyCode")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the held-back rows of import " + importId, e);
    }
    return rows;
  }

  /**
   * Publishes the redacted copy of a held-back row: the answer is published like any imported one
   * (a public copy, its legacy id, a step of the publication sequence), the import's counts move
   * the row from held back to imported.
   *
   * @return the public answer's id
   * @throws ProblemException 404 when the row is not waiting for review, 409 when it cannot be
   *     published (kept without its columns, its legacy id imported meanwhile, or no longer valid)
   */
  public long publish(long importId, long line, String by) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Map<String, String> values = values(locked(c, importId, line));
        if (!values.containsKey("agencyCode")) {
          throw new ProblemException(409, "held-back-incomplete");
        }
        Map<String, Long> agencies = imports.codes("select code, id from agency");
        var fields = imports.codes("select code, 0 from field").keySet();
        var redactor = new Redactor();
        for (String column : List.of("title", "question", "answer")) {
          values.put(column, text(redactor, values.get(column)).redacted());
        }
        LegacyAnswer.Checked checked =
            LegacyAnswer.check(values, agencies.keySet(), fields, clock.instant());
        if (checked.answer() == null) {
          throw new ProblemException(409, "held-back-invalid");
        }
        LegacyAnswer answer = checked.answer();
        if (alreadyImported(c, answer.legacyId())) {
          throw new ProblemException(409, "held-back-imported", answer.legacyId());
        }
        long id = AnswerImports.insert(c, importId, List.of(answer), agencies).get(0);
        imports.sequence(c, List.of(id));
        reviewed(c, importId, line, "PUBLISHED", id, by);
        counts(c, importId, "imported = imported + 1");
        c.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot publish a held-back row of import " + importId, e);
    }
  }

  /**
   * Discards a held-back row: nothing is published, the import counts it as discarded.
   *
   * @throws ProblemException 404 when the row is not waiting for review
   */
  public void discard(long importId, long line, String by) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        locked(c, importId, line);
        reviewed(c, importId, line, "DISCARDED", null, by);
        counts(c, importId, "discarded = discarded + 1");
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot discard a held-back row of import " + importId, e);
    }
  }

  /** The row's content, locked; 404 unless it waits for review. */
  private static String locked(Connection c, long importId, long line) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select content from answer_import_row where import_id = ? and line = ? and outcome ="
                + " 'HELD_BACK' for update")) {
      s.setLong(1, importId);
      s.setLong(2, line);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new ProblemException(404, "held-back-not-found");
        }
        return Optional.ofNullable(r.getString(1)).orElse("{}");
      }
    }
  }

  private static boolean alreadyImported(Connection c, String legacyId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select 1 from imported_answer where legacy_id = ?")) {
      s.setString(1, legacyId);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private void reviewed(
      Connection c, long importId, long line, String outcome, Long answerId, String by)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update answer_import_row set outcome = ?, content = null, reviewed_by = ?,"
                + " reviewed_at = ?, answer_id = ? where import_id = ? and line = ?")) {
      s.setString(1, outcome);
      s.setString(2, by);
      s.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
      s.setObject(4, answerId);
      s.setLong(5, importId);
      s.setLong(6, line);
      s.executeUpdate();
    }
  }

  private static void counts(Connection c, long importId, String change) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update answer_import set held_back = held_back - 1, " + change + " where id = ?")) {
      s.setLong(1, importId);
      s.executeUpdate();
    }
  }

  private static Map<String, String> values(String content) {
    var problems = new ArrayList<LegacyAnswer.Problem>();
    Map<String, String> values = LegacyAnswer.fromJson(content == null ? "{}" : content, problems);
    return new java.util.HashMap<>(values == null ? Map.of() : values);
  }

  private static Text text(Redactor redactor, String text) {
    if (text == null || text.isEmpty()) {
      return new Text("", List.of(), "");
    }
    RedactionProposal proposal = redactor.propose(text, KnownPersonalData.NONE);
    return new Text(proposal.text(), proposal.spans(), proposal.apply());
  }
}
