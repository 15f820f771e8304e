package vn.pakn.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.platform.control.Database;
import vn.pakn.publication.control.KnownPersonalData;
import vn.pakn.publication.control.Redactor;

/**
 * Imports of answers published on an old portal (JSON Lines or CSV, columns of {@link
 * LegacyAnswer}): the uploaded file is kept under {@code pakn.import.directory}, then read in the
 * background in batches of {@link #BATCH} rows. Each row is checked on its own; a row that fails is
 * reported with its reasons and the others go on. A row in which the {@link Redactor} still finds
 * personal data (Decree 13/2023/NĐ-CP) is held back for review and not published. Every batch is
 * one transaction: its public copies, their steps in the publication sequence (so search indexes
 * them like any publication), its report rows and the import's counters and resume point (the byte
 * offset after the batch) commit together, so a crash loses no row and writes none by half, and the
 * import resumes where its last batch ended when the application starts again. Rows are idempotent
 * by legacy id: an unchanged row imported before changes nothing; a changed one updates its public
 * copy.
 */
@ApplicationScoped
public class AnswerImports {

  private static final Logger LOG = Logger.getLogger(AnswerImports.class.getName());
  static final int BATCH = 500;

  /** How many failed or held-back rows an import's status lists. */
  static final int MAX_REPORTED = 200;

  /** The formats of a file. */
  public enum Format {
    JSONL,
    CSV
  }

  /** One row of the report: a line that failed or was held back, and why. */
  public record RowReport(
      long line, String legacyId, String outcome, String key, List<String> args) {}

  /** An import as administrators follow it. */
  public record Status(
      long id,
      String state,
      String format,
      String fileName,
      Instant createdAt,
      String createdBy,
      Instant finishedAt,
      long bytesDone,
      long bytes,
      long processed,
      long imported,
      long unchanged,
      long heldBack,
      long failed,
      long discarded,
      String problem,
      List<RowReport> errors) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "pakn.import.directory", defaultValue = "./data/imports")
  String directory;

  Clock clock = Clock.systemUTC();

  private final Set<Long> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Stores an uploaded file and starts importing it; returns the import's id. */
  public long start(InputStream body, Format format, String fileName, String by)
      throws IOException {
    long id = register(body, format, fileName, by);
    submit(id);
    return id;
  }

  /** Stores an uploaded file and registers its import, queued. */
  long register(InputStream body, Format format, String fileName, String by) throws IOException {
    Path folder = Path.of(directory);
    Files.createDirectories(folder);
    long id = nextId();
    Path file = folder.resolve("import-" + id + (format == Format.CSV ? ".csv" : ".jsonl"));
    try {
      // the id is new to this database: a file of that name is left from another one (a database
      // restored or recreated beside the same folder) and belongs to no import
      Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException failed) {
      Files.deleteIfExists(file);
      throw failed;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into answer_import (id, state, format, file_name, file_path, created_at,"
                    + " created_by, bytes_done, lines_done, processed, imported, unchanged,"
                    + " held_back, failed) values (?, 'QUEUED', ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0,"
                    + " 0)")) {
      s.setLong(1, id);
      s.setString(2, format.name());
      s.setString(3, fileName);
      s.setString(4, file.toAbsolutePath().toString());
      s.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
      s.setString(6, by);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot register the import", e);
    }
    return id;
  }

  /** Resumes every import that was queued or running when the application stopped. */
  public void resumeUnfinished() {
    for (long id : ids("select id from answer_import where state in ('QUEUED', 'RUNNING')")) {
      LOG.info(() -> "resuming answer import " + id);
      submit(id);
    }
  }

  private void submit(long id) {
    if (running.add(id)) {
      executor.execute(
          () -> {
            try {
              run(id);
            } catch (RuntimeException | IOException failed) {
              LOG.log(Level.SEVERE, "answer import " + id + " failed", failed);
              finish(id, "FAILED", String.valueOf(failed.getMessage()));
            } finally {
              running.remove(id);
            }
          });
    }
  }

  // --- the work
  // -----------------------------------------------------------------------------------

  private record Job(Format format, Path file, long bytesDone, long linesDone) {}

  private record Written(int imported, int unchanged) {}

  void run(long id) throws IOException {
    Job job = job(id).orElseThrow();
    setState(id, "RUNNING");
    if (ImportRecords.looksUtf16(job.file())) {
      finish(id, "FAILED", "import.utf16");
      return;
    }
    Map<String, Long> agencies = codes("select code, id from agency");
    Set<String> fields = codes("select code, 0 from field").keySet();
    boolean csv = job.format() == Format.CSV;
    List<String> header = null;
    if (csv) {
      try (var first = ImportRecords.open(job.file(), true, 0, 0)) {
        ImportRecords.Record r = first.next();
        if (r == null) {
          finish(id, "DONE", null);
          return;
        }
        if (r.text() == null) {
          finish(id, "FAILED", "import.header");
          return;
        }
        header = LegacyAnswer.csvFields(r.text()).stream().map(LegacyAnswer::column).toList();
        var missing = new ArrayList<String>(LegacyAnswer.REQUIRED);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
          finish(id, "FAILED", "import.missingColumns:" + String.join(", ", missing));
          return;
        }
      }
    }
    var redactor = new Redactor();
    try (var records = ImportRecords.open(job.file(), csv, job.bytesDone(), job.linesDone())) {
      if (csv && job.bytesDone() == 0) {
        records.next(); // the header
      }
      // the resume point as stored: a byte order mark or a header read above is part of the
      // first batch
      long from = job.bytesDone();
      while (true) {
        var batch = new ArrayList<ImportRecords.Record>(BATCH);
        ImportRecords.Record r;
        while (batch.size() < BATCH && (r = records.next()) != null) {
          batch.add(r);
        }
        if (batch.isEmpty()) {
          break;
        }
        var rows = new ArrayList<Row>(batch.size());
        for (ImportRecords.Record record : batch) {
          rows.add(row(record, header, agencies.keySet(), fields, redactor));
        }
        if (!write(id, from, records.offset(), records.line(), rows, agencies)) {
          LOG.warning(() -> "answer import " + id + " is being run elsewhere; stopping here");
          return;
        }
        from = records.offset();
      }
    }
    finish(id, "DONE", null);
  }

  /** A row read and checked: the answer, or its problems; held back when it holds personal data. */
  private record Row(
      long line,
      String legacyId,
      LegacyAnswer answer,
      List<LegacyAnswer.Problem> problems,
      boolean heldBack,
      String content) {}

  private Row row(
      ImportRecords.Record record,
      List<String> header,
      Set<String> agencies,
      Set<String> fields,
      Redactor redactor) {
    var problems = new ArrayList<LegacyAnswer.Problem>();
    if (record.error() != null) {
      problems.add(new LegacyAnswer.Problem(record.error()));
      return new Row(record.line(), null, null, problems, false, null);
    }
    Map<String, String> values;
    if (header != null) {
      List<String> cells = LegacyAnswer.csvFields(record.text());
      if (cells.size() != header.size()) {
        problems.add(new LegacyAnswer.Problem("import.columns", cells.size(), header.size()));
        return new Row(record.line(), null, null, problems, false, null);
      }
      values = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        if (header.get(i) != null) {
          values.put(header.get(i), cells.get(i));
        }
      }
    } else {
      values = LegacyAnswer.fromJson(record.text(), problems);
    }
    String legacyId = values.get("legacyId");
    if (legacyId != null && legacyId.length() > 100) {
      legacyId = legacyId.substring(0, 100);
    }
    if (!problems.isEmpty()) {
      return new Row(record.line(), legacyId, null, problems, false, null);
    }
    LegacyAnswer.Checked checked = LegacyAnswer.check(values, agencies, fields, clock.instant());
    if (checked.answer() == null) {
      return new Row(record.line(), legacyId, null, checked.problems(), false, null);
    }
    LegacyAnswer a = checked.answer();
    boolean personal = holdsPersonalData(redactor, a);
    // a held-back row keeps its columns, read back as a JSON Lines row when it is published
    String content = personal ? content(a) : null;
    if (content != null && content.length() > 60_000) {
      content = content.substring(0, 60_000);
    }
    return new Row(record.line(), a.legacyId(), a, List.of(), personal, content);
  }

  /** A row's columns as a JSON Lines object, as {@link LegacyAnswer#fromJson} reads them. */
  static String content(LegacyAnswer a) {
    var json =
        Json.createObjectBuilder()
            .add("legacyId", a.legacyId())
            .add("title", a.title())
            .add("question", a.question())
            .add("answer", a.answer())
            .add("agencyCode", a.agencyCode())
            .add("fieldCode", a.fieldCode())
            .add("kind", a.kind())
            .add("publishedDate", a.publishedAt().atOffset(ZoneOffset.UTC).toString());
    if (a.sourceUrl() != null) {
      json.add("sourceUrl", a.sourceUrl());
    }
    return json.build().toString();
  }

  /** The one place imports ask the redactor: is there still something to hide? */
  private static boolean holdsPersonalData(Redactor redactor, LegacyAnswer a) {
    for (String text : List.of(a.title(), a.question(), a.answer())) {
      if (!redactor.propose(text, KnownPersonalData.NONE).spans().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes one batch in one transaction; false (nothing written) when the import's resume point is
   * no longer {@code from}, i.e. another worker has moved it.
   */
  private boolean write(
      long id, long from, long to, long lines, List<Row> rows, Map<String, Long> agencies)
      throws IOException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (lockedOffset(c, id) != from) {
          c.rollback();
          return false;
        }
        var failed = new ArrayList<Row>();
        var held = new ArrayList<Row>();
        var good = new ArrayList<Row>();
        var seen = new HashSet<String>();
        for (Row row : rows) {
          if (row.answer() == null) {
            failed.add(row);
          } else if (!seen.add(row.legacyId())) {
            failed.add(repeated(row));
          } else if (row.heldBack()) {
            held.add(row);
          } else {
            good.add(row);
          }
        }
        Map<String, long[]> existing = existing(c, good);
        var fresh = new ArrayList<Row>();
        var changed = new ArrayList<Row>();
        int unchanged = 0;
        for (Row row : good) {
          long[] known = existing.get(row.legacyId());
          if (known == null) {
            fresh.add(row);
          } else if (known[1] == id) {
            failed.add(repeated(row));
          } else if (known[2] == row.answer().contentHash().hashCode()) {
            unchanged++;
          } else {
            changed.add(row);
          }
        }
        List<Long> published = insert(c, id, answers(fresh), agencies);
        published.addAll(update(c, id, changed, existing, agencies));
        sequence(c, published);
        report(c, id, failed, "FAILED");
        report(c, id, held, "HELD_BACK");
        try (PreparedStatement s =
            c.prepareStatement(
                "update answer_import set bytes_done = ?, lines_done = ?, processed = processed +"
                    + " ?, imported = imported + ?, unchanged = unchanged + ?, held_back ="
                    + " held_back + ?, failed = failed + ? where id = ?")) {
          s.setLong(1, to);
          s.setLong(2, lines);
          s.setLong(3, rows.size());
          s.setLong(4, fresh.size() + changed.size());
          s.setLong(5, unchanged);
          s.setLong(6, held.size());
          s.setLong(7, failed.size());
          s.setLong(8, id);
          s.executeUpdate();
        }
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write a batch of import " + id, e);
    }
  }

  private static List<LegacyAnswer> answers(List<Row> rows) {
    return rows.stream().map(Row::answer).toList();
  }

  private static Row repeated(Row row) {
    return new Row(
        row.line(),
        row.legacyId(),
        null,
        List.of(new LegacyAnswer.Problem("import.repeated", row.legacyId())),
        false,
        null);
  }

  private static long lockedOffset(Connection c, long id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select bytes_done from answer_import where id = ? for update")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : -1;
      }
    }
  }

  /** Legacy id → {answer id, import id, content hash's hashCode} for the rows already imported. */
  private static Map<String, long[]> existing(Connection c, List<Row> rows) throws SQLException {
    var found = new HashMap<String, long[]>();
    if (rows.isEmpty()) {
      return found;
    }
    String marks = String.join(",", java.util.Collections.nCopies(rows.size(), "?"));
    try (PreparedStatement s =
        c.prepareStatement(
            "select legacy_id, answer_id, import_id, content_hash from imported_answer"
                + " where legacy_id in ("
                + marks
                + ")")) {
      for (int i = 0; i < rows.size(); i++) {
        s.setString(i + 1, rows.get(i).legacyId());
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(
              r.getString(1), new long[] {r.getLong(2), r.getLong(3), r.getString(4).hashCode()});
        }
      }
    }
    return found;
  }

  /** Inserts public copies of new answers and their legacy ids; returns the answers' ids. */
  static List<Long> insert(
      Connection c, long importId, List<LegacyAnswer> rows, Map<String, Long> agencies)
      throws SQLException {
    var ids = new ArrayList<Long>();
    if (rows.isEmpty()) {
      return ids;
    }
    // the block of 50 ids below each sequence value, as the JPA side allocates them
    long next = 0;
    long last = -1;
    try (PreparedStatement seq = c.prepareStatement(nextValue(c, "public_answer_seq"));
        PreparedStatement copy =
            c.prepareStatement(
                "insert into public_answer (id, version, agency_id, field_code, kind, title,"
                    + " question, answer, published, published_at, published_by) values (?, 1,"
                    + " ?, ?, ?, ?, ?, ?, true, ?, ?)");
        PreparedStatement legacy =
            c.prepareStatement(
                "insert into imported_answer (legacy_id, answer_id, import_id, source_url,"
                    + " content_hash) values (?, ?, ?, ?, ?)")) {
      for (LegacyAnswer a : rows) {
        if (next > last) {
          try (ResultSet r = seq.executeQuery()) {
            r.next();
            last = r.getLong(1);
            next = last - 49;
          }
        }
        long answerId = next++;
        copy.setLong(1, answerId);
        copy.setLong(2, agencies.get(a.agencyCode()));
        copy.setString(3, a.fieldCode());
        copy.setString(4, a.kind());
        copy.setString(5, a.title());
        copy.setString(6, a.question());
        copy.setString(7, a.answer());
        copy.setObject(8, a.publishedAt().atOffset(ZoneOffset.UTC));
        copy.setString(9, "import-" + importId);
        copy.addBatch();
        legacy.setString(1, a.legacyId());
        legacy.setLong(2, answerId);
        legacy.setLong(3, importId);
        legacy.setString(4, a.sourceUrl());
        legacy.setString(5, a.contentHash());
        legacy.addBatch();
        ids.add(answerId);
      }
      copy.executeBatch();
      legacy.executeBatch();
    }
    return ids;
  }

  private static List<Long> update(
      Connection c,
      long importId,
      List<Row> rows,
      Map<String, long[]> existing,
      Map<String, Long> agencies)
      throws SQLException {
    var ids = new ArrayList<Long>();
    if (rows.isEmpty()) {
      return ids;
    }
    try (PreparedStatement copy =
            c.prepareStatement(
                "update public_answer set version = version + 1, agency_id = ?, field_code = ?,"
                    + " kind = ?, title = ?, question = ?, answer = ?, published_at = ? where id ="
                    + " ?");
        PreparedStatement legacy =
            c.prepareStatement(
                "update imported_answer set import_id = ?, source_url = ?, content_hash = ?"
                    + " where legacy_id = ?")) {
      for (Row row : rows) {
        LegacyAnswer a = row.answer();
        long answerId = existing.get(a.legacyId())[0];
        copy.setLong(1, agencies.get(a.agencyCode()));
        copy.setString(2, a.fieldCode());
        copy.setString(3, a.kind());
        copy.setString(4, a.title());
        copy.setString(5, a.question());
        copy.setString(6, a.answer());
        copy.setObject(7, a.publishedAt().atOffset(ZoneOffset.UTC));
        copy.setLong(8, answerId);
        copy.addBatch();
        legacy.setLong(1, importId);
        legacy.setString(2, a.sourceUrl());
        legacy.setString(3, a.contentHash());
        legacy.setString(4, a.legacyId());
        legacy.addBatch();
        ids.add(answerId);
      }
      copy.executeBatch();
      legacy.executeBatch();
    }
    return ids;
  }

  /** One step of the publication sequence per answer, the counter row locked as publishing does. */
  void sequence(Connection c, List<Long> answers) throws SQLException {
    if (answers.isEmpty()) {
      return;
    }
    long seq;
    try (PreparedStatement lock =
            c.prepareStatement("select last_seq from publication_counter where id = 1 for update");
        ResultSet r = lock.executeQuery()) {
      r.next();
      seq = r.getLong(1);
    }
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    try (PreparedStatement change =
        c.prepareStatement(
            "insert into publication_change (seq, answer_id, change, changed_at, changed_by,"
                + " reason) values (?, ?, 'PUBLISHED', ?, 'import', 'historical import')")) {
      for (long answer : answers) {
        change.setLong(1, ++seq);
        change.setLong(2, answer);
        change.setObject(3, now);
        change.addBatch();
      }
      change.executeBatch();
    }
    try (PreparedStatement bump =
        c.prepareStatement("update publication_counter set last_seq = ? where id = 1")) {
      bump.setLong(1, seq);
      bump.executeUpdate();
    }
  }

  private static void report(Connection c, long id, List<Row> rows, String outcome)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into answer_import_row (import_id, line, legacy_id, outcome, message, content)"
                + " values (?, ?, ?, ?, ?, ?)")) {
      for (Row row : rows) {
        s.setLong(1, id);
        s.setLong(2, row.line());
        s.setString(3, row.legacyId());
        s.setString(4, outcome);
        s.setString(5, message(outcome, row.problems()));
        s.setString(6, row.content());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Problems stored as "key|arg|arg" lines, read back into keys and arguments for the report. */
  private static String message(String outcome, List<LegacyAnswer.Problem> problems) {
    if ("HELD_BACK".equals(outcome)) {
      return "import.personalData";
    }
    var lines = new ArrayList<String>();
    for (LegacyAnswer.Problem p : problems) {
      var parts = new ArrayList<String>();
      parts.add(p.key());
      p.args().forEach(a -> parts.add(String.valueOf(a).replace('|', '/').replace('\n', ' ')));
      lines.add(String.join("|", parts));
    }
    String text = String.join("\n", lines);
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  // --- reading
  // ------------------------------------------------------------------------------------

  /** The import's state, counts and the first {@link #MAX_REPORTED} rows that failed or wait. */
  public Optional<Status> status(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select state, format, file_name, created_at, created_by, finished_at,"
                    + " bytes_done, processed, imported, unchanged, held_back, failed, problem,"
                    + " file_path, discarded from answer_import where id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Path file = Path.of(r.getString(14));
        long bytes = Files.exists(file) ? Files.size(file) : r.getLong(7);
        return Optional.of(
            new Status(
                id,
                r.getString(1),
                r.getString(2),
                r.getString(3),
                instant(r, 4),
                r.getString(5),
                instant(r, 6),
                r.getLong(7),
                bytes,
                r.getLong(8),
                r.getLong(9),
                r.getLong(10),
                r.getLong(11),
                r.getLong(12),
                r.getLong(15),
                r.getString(13),
                rows(c, id)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read import " + id, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The most recent imports, newest first. */
  public List<Long> recent(int max) {
    return ids("select id from answer_import order by id desc fetch first " + max + " rows only");
  }

  private static List<RowReport> rows(Connection c, long id) throws SQLException {
    var rows = new ArrayList<RowReport>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select line, legacy_id, outcome, message from answer_import_row where import_id = ?"
                + " and outcome in ('FAILED', 'HELD_BACK') order by line fetch first "
                + MAX_REPORTED
                + " rows only")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          for (String problem : r.getString(4).split("\n")) {
            List<String> parts = List.of(problem.split("\\|", -1));
            rows.add(
                new RowReport(
                    r.getLong(1),
                    r.getString(2),
                    r.getString(3),
                    parts.get(0),
                    parts.subList(1, parts.size())));
          }
        }
      }
    }
    return rows;
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private Optional<Job> job(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select format, file_path, bytes_done, lines_done from answer_import where id ="
                    + " ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(
                new Job(
                    Format.valueOf(r.getString(1)),
                    Path.of(r.getString(2)),
                    r.getLong(3),
                    r.getLong(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read import " + id, e);
    }
  }

  private long nextId() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(nextValue(c, "answer_import_seq"));
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot number the import", e);
    }
  }

  /** The next value of a sequence, in the database's own syntax (H2 by default, or PostgreSQL). */
  static String nextValue(Connection c, String sequence) throws SQLException {
    return c.getMetaData()
            .getDatabaseProductName()
            .toLowerCase(java.util.Locale.ROOT)
            .contains("h2")
        ? "select next value for " + sequence
        : "select nextval('" + sequence + "')";
  }

  private void setState(long id, String state) {
    execute("update answer_import set state = ? where id = ?", state, id);
  }

  private void finish(long id, String state, String problem) {
    execute(
        "update answer_import set state = ?, problem = ?, finished_at = ? where id = ?",
        state,
        problem,
        clock.instant().atOffset(ZoneOffset.UTC),
        id);
  }

  private void execute(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update an import", e);
    }
  }

  private List<Long> ids(String sql) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      var ids = new ArrayList<Long>();
      while (r.next()) {
        ids.add(r.getLong(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list imports", e);
    }
  }

  Map<String, Long> codes(String sql) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      var codes = new HashMap<String, Long>();
      while (r.next()) {
        codes.put(r.getString(1), r.getLong(2));
      }
      return codes;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read agencies and fields", e);
    }
  }
}
