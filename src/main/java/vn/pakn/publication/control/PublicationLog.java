package vn.pakn.publication.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.pakn.platform.control.Database;

/**
 * The publication sequence and the public copies as search reads them: plain JDBC, no entity state,
 * so a background feeder on any thread can follow it and a rebuild can page through a million
 * copies without a persistence context growing.
 */
@ApplicationScoped
public class PublicationLog {

  /** One step of the sequence: which answer changed. The answer's current state says how. */
  public record Change(long seq, long answerId) {}

  /** A public copy in its current state; {@code answer} is empty when it is withdrawn. */
  public record Copy(long id, Optional<PublicAnswer> answer) {}

  private static final String COPY_COLUMNS =
      "select a.id, a.title, a.question, a.answer, g.code, g.name, a.field_code, f.name_vi,"
          + " a.kind, a.published_at, a.published from public_answer a"
          + " join agency g on g.id = a.agency_id join field f on f.code = a.field_code";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The number of the last committed change; 0 when nothing was ever published. */
  public long lastSequence() {
    return number("select coalesce(max(seq), 0) from publication_change");
  }

  /** How many answers are published now. */
  public long countPublished() {
    return number("select count(*) from public_answer where published = true");
  }

  /** The changes after {@code seq}, in order, at most {@code limit}. */
  public List<Change> after(long seq, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select seq, answer_id from publication_change where seq > ? order by seq"
                    + " fetch first "
                    + limit
                    + " rows only")) {
      s.setLong(1, seq);
      var changes = new ArrayList<Change>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          changes.add(new Change(rows.getLong(1), rows.getLong(2)));
        }
      }
      return changes;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the publication sequence", e);
    }
  }

  /** The current state of some answers (withdrawn ones with an empty answer). */
  public List<Copy> copies(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(COPY_COLUMNS + " where a.id in (" + marks + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        s.setLong(i + 1, ids.get(i));
      }
      var copies = new ArrayList<Copy>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          boolean published = rows.getBoolean(11);
          copies.add(
              new Copy(rows.getLong(1), published ? Optional.of(answer(rows)) : Optional.empty()));
        }
      }
      return copies;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read public answers", e);
    }
  }

  /** A page of published answers with ids above {@code afterId}, by id: for rebuilding. */
  public List<PublicAnswer> publishedAfter(long afterId, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                COPY_COLUMNS
                    + " where a.published = true and a.id > ? order by a.id fetch first "
                    + limit
                    + " rows only")) {
      s.setLong(1, afterId);
      var page = new ArrayList<PublicAnswer>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          page.add(answer(rows));
        }
      }
      return page;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read public answers", e);
    }
  }

  private static PublicAnswer answer(ResultSet rows) throws SQLException {
    return new PublicAnswer(
        Long.toString(rows.getLong(1)),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        rows.getString(9),
        rows.getObject(10, OffsetDateTime.class).toInstant());
  }

  private long number(String sql) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the publication sequence", e);
    }
  }
}
