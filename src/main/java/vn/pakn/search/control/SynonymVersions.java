package vn.pakn.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.pakn.platform.control.Database;
import vn.pakn.platform.control.ProblemException;

/**
 * The saved versions of the dictionary of citizens' words (table {@code search_synonyms}): each
 * edit is a new row, never changed, naming who saved it, when and why. Plain JDBC, so the search
 * feeder can ask for the newest version number on every poll at the cost of one indexed lookup.
 */
@ApplicationScoped
public class SynonymVersions {

  /** One saved version, without its text. */
  public record Saved(int version, Instant savedAt, String savedBy, String reason, int lines) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The newest version number; 0 when only the shipped dictionary exists. */
  public int latest() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select coalesce(max(version), 0) from search_synonyms");
        ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the synonym dictionary", e);
    }
  }

  /** The dictionary in use: the newest saved version, or the shipped one. */
  public SynonymDictionary current() {
    return find(latest()).orElseGet(SynonymDictionary::shipped);
  }

  /** A saved version (0: the shipped dictionary). */
  public Optional<SynonymDictionary> find(int version) {
    if (version == 0) {
      return Optional.of(SynonymDictionary.shipped());
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select text from search_synonyms where version = ?")) {
      s.setInt(1, version);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next()
            ? Optional.of(new SynonymDictionary(rows.getString(1), version))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the synonym dictionary", e);
    }
  }

  /** Every saved version, newest first. */
  public List<Saved> history() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select version, saved_at, saved_by, reason, text from search_synonyms"
                    + " order by version desc");
        ResultSet rows = s.executeQuery()) {
      var saved = new ArrayList<Saved>();
      while (rows.next()) {
        saved.add(
            new Saved(
                rows.getInt(1),
                rows.getObject(2, OffsetDateTime.class).toInstant(),
                rows.getString(3),
                rows.getString(4),
                (int) rows.getString(5).lines().count()));
      }
      return saved;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the synonym dictionary", e);
    }
  }

  /**
   * Saves a checked dictionary as the version after {@code basedOn}.
   *
   * @throws ProblemException 409 when someone saved another version since {@code basedOn}
   */
  public int save(SynonymDictionary checked, int basedOn, String by, String reason, Instant at) {
    int version = basedOn + 1;
    try (Connection c = dataSource.getConnection()) {
      if (latestOn(c) != basedOn) {
        throw new ProblemException(409, "synonyms-changed", basedOn);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into search_synonyms (version, text, saved_at, saved_by, reason)"
                  + " values (?, ?, ?, ?, ?)")) {
        s.setInt(1, version);
        s.setString(2, checked.text());
        s.setObject(3, at.atOffset(ZoneOffset.UTC));
        s.setString(4, by);
        s.setString(5, reason);
        s.executeUpdate();
      }
      return version;
    } catch (SQLException e) {
      // two saves on the same version: the primary key lets only one through
      if (latest() != basedOn) {
        throw new ProblemException(409, "synonyms-changed", basedOn);
      }
      throw new IllegalStateException("cannot save the synonym dictionary", e);
    }
  }

  private static int latestOn(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("select coalesce(max(version), 0) from search_synonyms");
        ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
