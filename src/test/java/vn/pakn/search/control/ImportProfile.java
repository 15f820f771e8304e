package vn.pakn.search.control;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import vn.pakn.bench.AnswersBenchmark;
import vn.pakn.publication.control.KnownPersonalData;
import vn.pakn.publication.control.Redactor;

/**
 * Where an answer import spends its CPU (issue 13), without a server: the rows of {@link
 * vn.pakn.bench.AnswersBenchmark}'s corpus read and checked ({@link LegacyAnswer}), asked to the
 * {@link Redactor} (three texts a row), and the whole import run into an in-memory H2 database.
 * Prints the CPU time of each step per row. Not a test: run it by hand (docs/benchmarks.md), under
 * the heavy-test lock. Option: the number of rows (20000).
 */
public final class ImportProfile {

  private ImportProfile() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    var threads = ManagementFactory.getThreadMXBean();
    List<String> lines = AnswersBenchmark.jsonLines(n, "SL-STP");
    // warm up the JIT on a tenth, then measure
    for (int round = 0; round < 2; round++) {
      List<String> rows = round == 0 ? lines.subList(0, n / 10) : lines;
      long c0 = threads.getCurrentThreadCpuTime();
      var answers = new ArrayList<LegacyAnswer>();
      for (String line : rows) {
        var problems = new ArrayList<LegacyAnswer.Problem>();
        var values = LegacyAnswer.fromJson(line, problems);
        answers.add(
            LegacyAnswer.check(values, Set.of("SL-STP"), Set.of(fields()), java.time.Instant.now())
                .answer());
      }
      long c1 = threads.getCurrentThreadCpuTime();
      var redactor = new Redactor();
      int held = 0;
      for (LegacyAnswer a : answers) {
        for (String text : List.of(a.title(), a.question(), a.answer())) {
          if (!redactor.propose(text, KnownPersonalData.NONE).spans().isEmpty()) {
            held++;
            break;
          }
        }
      }
      long c2 = threads.getCurrentThreadCpuTime();
      if (round == 1) {
        System.out.printf(
            "%,d rows: read and check %.1f µs/row, redactor %.1f µs/row (%d held back): at most"
                + " %,.0f rows/s per core for these two steps%n",
            rows.size(),
            (c1 - c0) / 1e3 / rows.size(),
            (c2 - c1) / 1e3 / rows.size(),
            held,
            rows.size() / ((c2 - c0) / 1e9));
      }
    }
    // the whole import on H2 in memory: reading, checking, redactor, SQL batches
    String url = "jdbc:h2:mem:importprofile;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    var dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    try (var c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into agency (id, code, name, level) values (3, 'SL-STP', 'Sở Tư pháp',"
              + " 'DEPARTMENT')");
    }
    Path folder = Files.createTempDirectory("import-profile");
    var imports = new AnswerImports();
    imports.dataSource = dataSource;
    imports.directory = folder.toString();
    long id =
        imports.register(
            new ByteArrayInputStream(
                (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)),
            AnswerImports.Format.JSONL,
            "profile.jsonl",
            "bench");
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    imports.run(id);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    var status = imports.status(id).orElseThrow();
    System.out.printf(
        "whole import into H2 in memory: %,d imported, %,d held back in %.1f s wall (%,.0f rows/s),"
            + " %.1f s CPU of the importing thread (%,.0f rows/s per core)%n",
        status.imported(), status.heldBack(), wall, n / wall, cpu, n / cpu);
  }

  private static String[] fields() {
    return AnswersBenchmark.fields();
  }
}
