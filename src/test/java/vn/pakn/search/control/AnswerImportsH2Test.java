package vn.pakn.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's SQL and batching on H2, the embedded default (AnswersIT runs it on PostgreSQL): rows
 * written with their publication steps, the report, idempotence by legacy id, a BOM, and a resume
 * from a stored resume point.
 */
class AnswerImportsH2Test {

  @TempDir Path folder;
  JdbcDataSource dataSource;
  Connection c;
  AnswerImports imports;

  @BeforeEach
  void database() throws SQLException {
    String url = "jdbc:h2:mem:imports" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    c = dataSource.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute(
          "insert into agency (id, code, name, level) values (3, 'SL-STP', 'Sở Tư pháp',"
              + " 'DEPARTMENT')");
    }
    imports = new AnswerImports();
    imports.dataSource = dataSource;
    imports.directory = folder.toString();
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  static String row(String legacyId, String title, String extra) {
    return "{\"legacyId\":\""
        + legacyId
        + "\",\"title\":\""
        + title
        + "\",\"answer\":\"Trả lời\",\"agencyCode\":\"SL-STP\",\"fieldCode\":\"TPHT\","
        + "\"kind\":\"CONDUCT\",\"publishedDate\":\"2019-01-02\""
        + extra
        + "}\n";
  }

  long run(String file) throws IOException {
    long id =
        imports.register(
            new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
            AnswerImports.Format.JSONL,
            "test.jsonl",
            "admin");
    imports.run(id);
    return id;
  }

  @Test
  void rowsArePublishedOnceWithTheirStepsAndAReport() throws Exception {
    String file =
        "\uFEFF"
            + row("a-1", "Một", "")
            + row("a-2", "Hai", ",\"question\":\"Số điện thoại của tôi 0912 345 678\"")
            + row("a-1", "Một lần nữa", "")
            + row("a-3", "Ba", "").replace("SL-STP", "NOPE")
            + "{broken\n";
    long id = run(file);

    var status = imports.status(id).orElseThrow();
    assertThat(status.state()).isEqualTo("DONE");
    assertThat(status.processed()).isEqualTo(5);
    assertThat(status.imported()).isEqualTo(1);
    assertThat(status.heldBack()).isEqualTo(1);
    assertThat(status.failed()).isEqualTo(3);
    assertThat(status.errors())
        .extracting(AnswerImports.RowReport::key)
        .containsExactly(
            "import.personalData", "import.repeated", "import.agency", "import.notJson");
    assertThat(count("select count(*) from public_answer")).isEqualTo(1);
    assertThat(count("select count(*) from publication_change")).isEqualTo(1);
    assertThat(count("select last_seq from publication_counter")).isEqualTo(1);

    long again = run(row("a-1", "Một", "") + row("a-3", "Ba", ""));
    var second = imports.status(again).orElseThrow();
    assertThat(second.unchanged()).isEqualTo(1);
    assertThat(second.imported()).isEqualTo(1);
    assertThat(count("select count(*) from public_answer")).isEqualTo(2);

    long changed = run(row("a-1", "Một đã sửa", ""));
    assertThat(imports.status(changed).orElseThrow().imported()).isEqualTo(1);
    assertThat(count("select count(*) from public_answer")).isEqualTo(2);
    assertThat(count("select count(*) from public_answer where title = 'Một đã sửa'")).isEqualTo(1);
    assertThat(count("select count(*) from publication_change")).isEqualTo(3);
  }

  @Test
  void aHeldBackRowIsPublishedRedactedOrDiscardedOnce() throws Exception {
    String phone = ",\"question\":\"Gọi tôi 0912 345 678\"";
    long id = run(row("h-1", "Một", phone) + row("h-2", "Hai", phone) + row("h-3", "Ba", phone));
    var review = new HeldBackAnswers();
    review.dataSource = dataSource;
    review.imports = imports;

    var waiting = review.waiting(id);
    assertThat(waiting)
        .extracting(HeldBackAnswers.HeldBack::legacyId)
        .containsExactly("h-1", "h-2", "h-3");
    var question = waiting.get(0).question();
    assertThat(question.spans()).isNotEmpty();
    assertThat(
            question
                .text()
                .substring(question.spans().get(0).start(), question.spans().get(0).end()))
        .contains("345");
    assertThat(question.redacted()).doesNotContain("345");

    long answer = review.publish(id, waiting.get(0).line(), "admin");
    review.discard(id, waiting.get(1).line(), "admin");

    assertThat(count("select count(*) from public_answer where id = " + answer)).isEqualTo(1);
    assertThat(count("select count(*) from public_answer where question like '%345%'")).isZero();
    assertThat(count("select count(*) from publication_change where answer_id = " + answer))
        .isEqualTo(1);
    assertThat(count("select count(*) from answer_import_row where content like '%345%'"))
        .as("only the row still waiting keeps its text")
        .isEqualTo(1);
    var status = imports.status(id).orElseThrow();
    assertThat(status.imported()).isEqualTo(1);
    assertThat(status.heldBack()).isEqualTo(1);
    assertThat(status.discarded()).isEqualTo(1);
    assertThat(status.errors())
        .extracting(AnswerImports.RowReport::legacyId)
        .containsExactly("h-3");
    assertThat(review.waiting(id))
        .extracting(HeldBackAnswers.HeldBack::legacyId)
        .containsExactly("h-3");
    for (long line : new long[] {waiting.get(0).line(), waiting.get(1).line(), 999}) {
      assertThatThrownBy(() -> review.publish(id, line, "admin"))
          .isInstanceOf(vn.pakn.platform.control.ProblemException.class);
      assertThatThrownBy(() -> review.discard(id, line, "admin"))
          .isInstanceOf(vn.pakn.platform.control.ProblemException.class);
    }
    assertThat(count("select count(*) from public_answer")).isEqualTo(1);
  }

  @Test
  void anInterruptedImportResumesAfterItsLastBatch() throws Exception {
    var file = new StringBuilder();
    for (int i = 0; i < AnswerImports.BATCH + 20; i++) {
      file.append(row("r-" + i, "Câu " + i, ""));
    }
    long id =
        imports.register(
            new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
            AnswerImports.Format.JSONL,
            "big.jsonl",
            "admin");
    imports.run(id);
    assertThat(count("select count(*) from public_answer")).isEqualTo(AnswerImports.BATCH + 20);

    // as if the application stopped after the first batch: the resume point goes back there
    long firstBatchEnd = offsetAfter(file.toString(), AnswerImports.BATCH);
    try (Statement s = c.createStatement()) {
      s.execute(
          "update answer_import set state = 'RUNNING', bytes_done = "
              + firstBatchEnd
              + ", lines_done = "
              + AnswerImports.BATCH
              + ", imported = "
              + AnswerImports.BATCH
              + ", processed = "
              + AnswerImports.BATCH
              + " where id = "
              + id);
    }
    imports.run(id);

    var status = imports.status(id).orElseThrow();
    assertThat(status.state()).isEqualTo("DONE");
    assertThat(status.processed()).isEqualTo(AnswerImports.BATCH + 20);
    assertThat(count("select count(*) from public_answer")).isEqualTo(AnswerImports.BATCH + 20);
  }

  static long offsetAfter(String text, int lines) {
    int at = 0;
    for (int i = 0; i < lines; i++) {
      at = text.indexOf('\n', at) + 1;
    }
    return text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
  }

  long count(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
