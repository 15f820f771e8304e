package vn.pakn.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.lucene.store.MMapDirectory;
import org.postgresql.PGConnection;
import vn.pakn.search.control.AbbreviationSynonyms;
import vn.pakn.search.control.AnswerIndex;
import vn.pakn.search.control.AnswerQuery;
import vn.pakn.search.control.SynonymDictionary;

/**
 * Search of published answers at scale (issue 6): generates N published answers of Vietnamese
 * administrative text (default 1,000,000) straight into PostgreSQL, lets the app rebuild its index
 * from the database (build time), then measures top-10 search with facets over HTTP from C
 * concurrent clients for five kinds of queries (frequent terms, rare terms, phrases, without
 * diacritics, relaxed: all words together find nothing), each a stream of distinct queries with
 * Lucene's query cache off, the catch-up of a new publication, the same queries on Lucene
 * in-process (the same {@link AnswerIndex} code on the same index), and PostgreSQL full-text search
 * ({@code tsvector} + GIN + {@code ts_rank_cd}, with {@code unaccent}) on the same corpus: a ranked
 * top 10, the total and the three facet counts per query. Not a test: run it by hand
 * (docs/benchmarks.md).
 *
 * <p>Options: {@code --answers N} (1000000), {@code --load import|copy} (import: JSON Lines files
 * of 40,000 answers through {@code POST /api/admin/answer-imports}, timed; copy: {@code COPY}
 * straight into the tables), {@code --requests R} per kind over HTTP and in-process (400), {@code
 * --pg-requests R} per kind for PostgreSQL FTS (80), {@code --concurrency C} (8), {@code --port P}
 * (8767), {@code --db-url jdbc:postgresql://…} for an existing empty database (user and password
 * postgres) instead of one started from jars.
 */
public final class AnswersBenchmark {

  /** The kinds of query measured, each a stream of distinct queries (see {@link #queries}). */
  static final List<String> KINDS_OF_QUERY =
      List.of("frequent terms", "rare terms", "phrases", "no diacritics", "relaxed");

  /** Common words of petitions, for rare-place queries. */
  static final String[] COMMON = {
    "hồ sơ",
    "thủ tục",
    "UBND",
    "kết quả",
    "cán bộ",
    "thời hạn",
    "giấy tờ",
    "người dân",
    "quy định",
    "trực tuyến",
    "Một cửa",
    "chậm",
    "hướng dẫn",
    "lệ phí",
    "đề nghị",
    "kiến nghị",
    "bổ sung",
    "hẹn",
    "công dân",
    "xác minh",
    "giải quyết",
    "niêm yết",
    "văn bản",
    "thông báo",
    "gia đình",
    "đi lại"
  };

  /** Things citizens ask about that the corpus does not hold: all words never match together. */
  static final String[] ABSENT = {
    "ly hôn",
    "nhận con nuôi",
    "di chúc",
    "thừa kế",
    "hộ chiếu",
    "tiền điện",
    "nước sạch",
    "xe buýt",
    "karaoke",
    "đất rừng"
  };

  /**
   * {@code n} distinct queries of a kind (at most 260), in a fixed order: no query repeats within a
   * run, so nothing an engine kept from an earlier request answers a later one.
   */
  static List<String> queries(String kind, int n) {
    var queries = new ArrayList<String>();
    for (int i = 0; queries.size() < n; i++) {
      String procedure = PROCEDURES[i % PROCEDURES.length];
      int round = i / PROCEDURES.length;
      if (round >= 10) {
        throw new IllegalArgumentException("at most 260 distinct queries of a kind, asked " + n);
      }
      queries.add(
          switch (kind) {
            case "frequent terms" -> procedure + " " + PLACES[round];
            case "rare terms" ->
                RARE_PLACES[i % RARE_PLACES.length].substring(4)
                    + " "
                    + COMMON[(i / RARE_PLACES.length) % COMMON.length];
            case "phrases" -> "\"" + procedure + "\" " + PLACES[(round + 3) % PLACES.length];
            case "no diacritics" -> fold(procedure + " " + PLACES[(round + 6) % PLACES.length]);
            case "relaxed" -> procedure + " " + ABSENT[round];
            default -> throw new IllegalArgumentException(kind);
          });
    }
    return queries;
  }

  /** Warm-up queries, none of which is measured afterwards. */
  static List<String> warmUp() {
    var queries = new ArrayList<String>(List.of(PROCEDURES));
    queries.addAll(List.of(PLACES));
    queries.addAll(List.of(MIDDLES));
    return queries;
  }

  static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd')
        .replace('Đ', 'D');
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int answers = Integer.parseInt(opt.getOrDefault("answers", "1000000"));
    int requests = Integer.parseInt(opt.getOrDefault("requests", "260"));
    int pgRequests = Integer.parseInt(opt.getOrDefault("pg-requests", "80"));
    int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "8"));
    int port = Integer.parseInt(opt.getOrDefault("port", "8767"));
    // before the long import, not after it
    queries("frequent terms", Math.max(requests, pgRequests));
    Path index = Path.of("target", "bench", "answers-index").toAbsolutePath();

    EmbeddedPostgres pg = opt.containsKey("db-url") ? null : EmbeddedPostgres.builder().start();
    try {
      String dbUrl =
          pg == null
              ? opt.get("db-url")
              : "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      String[] props = {
        "-Dpakn.demo=true", "-Dpakn.search.directory=" + index, "-Dpakn.search.queryCache=false"
      };
      System.setProperty("pakn.search.queryCache", "false");
      delete(index);
      // 1. the schema and the demo province, then the corpus straight into the tables
      boolean viaImport = !"copy".equals(opt.getOrDefault("load", "import"));
      try (BenchApp app = BenchApp.start(port, dbUrl, "answers-app-1.log", "-Xmx2g", props)) {
        awaitReady(app.base, Duration.ofMinutes(2));
        if (viaImport) {
          long t0 = System.nanoTime();
          long imported;
          try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
            imported = importCorpus(app.base, c, answers, 40_000);
          }
          double seconds = (System.nanoTime() - t0) / 1e9;
          System.out.printf(
              "imported %,d answers through POST /api/admin/answer-imports in %.1f s: %,.0f"
                  + " answers/s (generating and uploading included; the app indexed meanwhile)%n",
              imported, seconds, imported / seconds);
        }
      }
      if (!viaImport) {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
          load(c, answers);
        }
        System.out.printf(
            "generated and loaded %,d answers in %.1f s%n",
            answers, (System.nanoTime() - t0) / 1e9);
      }

      // 2. the index is gone: the app rebuilds it from the database at start
      delete(index);
      long started = System.nanoTime();
      // --app-jvm "-XX:StartFlightRecording=filename=…": profile the app while it is searched
      String appJvm = ("-Xmx2g " + opt.getOrDefault("app-jvm", "")).strip();
      try (BenchApp app = BenchApp.start(port, dbUrl, "answers-app-2.log", appJvm, props)) {
        JsonObject status = awaitReady(app.base, Duration.ofMinutes(30));
        double wall = (System.nanoTime() - started) / 1e9;
        JsonObject rebuild = status.getJsonObject("rebuild");
        double server =
            Duration.between(
                        Instant.parse(rebuild.getString("startedAt")),
                        Instant.parse(rebuild.getString("finishedAt")))
                    .toMillis()
                / 1000.0;
        System.out.printf(
            "index rebuilt: %,d answers in %.1f s (rebuild alone, as the app measured it);"
                + " %.1f s from starting the app%n",
            status.getJsonNumber("documents").longValue(), server, wall);

        // 3. search over HTTP
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run("warm-up (HTTP)", warmUp(), requests, concurrency, q -> httpSearch(http, app.base, q));
        System.out.printf(
            "%n%-28s %8s %8s %8s %8s%n",
            "HTTP, " + concurrency + " clients", "p50 ms", "p99 ms", "QPS", "hits");
        for (String kind : KINDS_OF_QUERY) {
          run(
              kind,
              queries(kind, requests),
              requests,
              concurrency,
              q -> httpSearch(http, app.base, q));
        }

        // 4. catch-up: a publication committed in the database, until the API finds it
        List<Long> lags = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
          for (int i = 0; i < 20; i++) {
            String word = "xqcatch" + (char) ('a' + i) + "zq";
            long committed = publish(c, 20_000_000L + i, word);
            while (httpTotal(http, app.base, word) == 0) {
              LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
              if (System.nanoTime() - committed > Duration.ofSeconds(30).toNanos()) {
                throw new IllegalStateException("not found after 30 s: " + word);
              }
            }
            lags.add((System.nanoTime() - committed) / 1_000_000);
          }
        }
        lags.sort(Comparator.naturalOrder());
        System.out.printf(
            "%ncatch-up, publication committed → found by the API (20 runs): p50 %d ms, max %d ms%n",
            lags.get(lags.size() / 2), lags.get(lags.size() - 1));
      }

      if (!"http".equals(opt.get("only"))) {
        inProcessAndPostgres(index, dbUrl, requests, pgRequests, concurrency);
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
    System.exit(0);
  }

  /** Steps 5 and 6: the same queries in-process on the app's index, then on PostgreSQL. */
  static void inProcessAndPostgres(
      Path index, String dbUrl, int requests, int pgRequests, int concurrency) throws Exception {
    // 5. the same queries in-process, on the same index (the app is stopped, so its lock is free)
    String generation = Files.readString(index.resolve("CURRENT")).strip();
    try (var dir = new MMapDirectory(index.resolve(generation));
        var lucene = AnswerIndex.open(dir)) {
      // the words the app searches with on a new database: abbreviations, shipped dictionary
      lucene.useSynonyms(AbbreviationSynonyms.standard().with(SynonymDictionary.shipped()));
      run("warm-up (in-process)", warmUp(), requests, concurrency, q -> luceneSearch(lucene, q));
      System.out.printf(
          "%n%-28s %8s %8s %8s %8s%n", "Lucene in-process", "p50 ms", "p99 ms", "QPS", "hits");
      for (String kind : KINDS_OF_QUERY) {
        run(kind, queries(kind, requests), requests, concurrency, q -> luceneSearch(lucene, q));
      }
    }

    // 6. PostgreSQL full-text search on the same rows
    try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
      long f0 = System.nanoTime();
      prepareFts(c);
      System.out.printf(
          "%nPostgreSQL FTS column and GIN index built in %.1f s%n",
          (System.nanoTime() - f0) / 1e9);
    }
    ThreadLocal<Connection> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                return DriverManager.getConnection(dbUrl, "postgres", "postgres");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    run(
        "warm-up (PostgreSQL)",
        warmUp(),
        pgRequests / 2,
        concurrency,
        q -> ftsSearch(connections.get(), q, false));
    System.out.printf(
        "%n%-28s %8s %8s %8s %8s%n", "PostgreSQL FTS", "p50 ms", "p99 ms", "QPS", "hits");
    for (String kind : KINDS_OF_QUERY) {
      boolean anyWord = kind.equals("relaxed");
      run(
          kind,
          queries(kind, pgRequests),
          pgRequests,
          concurrency,
          q -> ftsSearch(connections.get(), q, anyWord));
    }
  }

  // --- the corpus -------------------------------------------------------------------------------

  static final String[] PROCEDURES = {
    "đăng ký khai sinh",
    "đăng ký kết hôn",
    "đăng ký khai tử",
    "chứng thực bản sao",
    "cấp giấy phép xây dựng",
    "cấp giấy chứng nhận quyền sử dụng đất",
    "chuyển mục đích sử dụng đất",
    "đổi giấy phép lái xe",
    "cấp phiếu lý lịch tư pháp",
    "đăng ký hộ kinh doanh",
    "cấp giấy phép bán lẻ rượu",
    "hưởng trợ cấp xã hội hằng tháng",
    "cấp thẻ bảo hiểm y tế",
    "hưởng chế độ thai sản",
    "đăng ký thường trú",
    "cấp căn cước",
    "tuyển sinh đầu cấp",
    "thông báo tổ chức lễ hội",
    "chứng nhận VietGAP",
    "hỗ trợ hộ nghèo làm nhà ở",
    "đăng ký biến động đất đai",
    "cấp giấy phép khai thác nước",
    "xác định mức độ khuyết tật",
    "cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
    "đăng ký thuế",
    "hoàn thuế giá trị gia tăng"
  };
  static final String[] FIELDS = {
    "TPHT", "TNMT", "XD", "GTVT", "LDTBXH", "BHXH", "THUE", "KHDT", "CT", "VHTT", "NV", "GDDT",
    "NNPTNT", "CA", "KHAC"
  };
  static final String[] KINDS = {"CONDUCT", "REGULATION_CONTENT", "PROPOSAL"};
  static final String[] PLACES = {
    "xã Quang Huy", "xã Huy Đông", "thị trấn Phù Yên", "xã Đông Sang", "thành phố Sơn La",
    "huyện Mộc Châu", "huyện Thuận Châu", "huyện Mai Sơn", "huyện Yên Châu", "huyện Sông Mã"
  };
  static final String[] RARE_PLACES = {
    "bản Nà Phòn",
    "bản Chiềng Khoa",
    "bản Pắc Ngà",
    "bản Mường Lựm",
    "bản Tà Xùa",
    "bản Huổi Một",
    "bản Co Mạ",
    "bản Phiêng Khoài",
    "bản Nậm Lầu",
    "bản Long Hẹ"
  };
  static final String[] OPENINGS = {
    "Tôi nộp hồ sơ %s tại UBND %s nhưng đã quá hạn mà chưa nhận được kết quả.",
    "Cán bộ tiếp nhận hồ sơ %s tại Bộ phận Một cửa %s yêu cầu bổ sung nhiều lần.",
    "Đề nghị cơ quan có thẩm quyền đơn giản hóa thủ tục hành chính %s cho người dân %s.",
    "Quy định về thành phần hồ sơ %s chưa phù hợp với thực tế ở %s.",
    "Tôi muốn hỏi thời hạn giải quyết TTHC %s khi nộp hồ sơ trực tuyến ở %s.",
    "Đề xuất liên thông thủ tục %s trên Cổng dịch vụ công cho người dân %s.",
    "Hồ sơ chậm: thủ tục %s của gia đình tôi ở %s bị trả lại không rõ lý do.",
    "Phí và lệ phí khi làm %s tại %s cao hơn mức niêm yết."
  };
  static final String[] MIDDLES = {
    "Cán bộ hẹn nhiều lần, không có phiếu hẹn trả kết quả.",
    "Tôi đã gọi điện nhưng không được hướng dẫn đầy đủ.",
    "Người dân phải đi lại nhiều lần, mất thời gian và chi phí.",
    "Việc yêu cầu giấy tờ ngoài quy định gây khó khăn cho người dân.",
    "Đề nghị công khai quy trình và thời hạn giải quyết.",
    "Gia đình tôi ở xa trung tâm, đường đi lại khó khăn.",
    "Tôi đã nộp đủ giấy tờ theo hướng dẫn trên Cổng Dịch vụ công quốc gia."
  };
  static final String[] ANSWERS = {
    "Theo Nghị định 20/2008/NĐ-CP và quy định hiện hành, thời hạn giải quyết thủ tục %1$s là %3$d ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "Qua kiểm tra, hồ sơ %1$s bị chậm do phải xác minh với UBND %2$s; cơ quan đã xin lỗi công dân và trả kết quả trong %3$d ngày làm việc.",
    "Cơ quan đã chấn chỉnh công chức tiếp nhận hồ sơ %1$s tại %2$s và yêu cầu chỉ hướng dẫn bổ sung hồ sơ một lần; kết quả trả trong %3$d ngày.",
    "Kiến nghị về thủ tục %1$s đã được tổng hợp, báo cáo cơ quan cấp trên để sửa đổi văn bản quy phạm pháp luật; UBND %2$s sẽ hướng dẫn trong %3$d ngày.",
    "Thành phần hồ sơ %1$s được khai thác từ Cơ sở dữ liệu quốc gia về dân cư; UBND %2$s không được yêu cầu nộp thêm giấy tờ, thời hạn %3$d ngày làm việc.",
    "Thủ tục %1$s đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; người dân %2$s nộp hồ sơ và nhận kết quả điện tử trong %3$d ngày."
  };
  static final String[] CLOSINGS = {
    "Mọi vướng mắc xin liên hệ Bộ phận Một cửa để được hướng dẫn.",
    "Cơ quan cảm ơn ý kiến phản ánh, kiến nghị của công dân.",
    "Kết quả xử lý được công khai trên Cổng thông tin điện tử tỉnh.",
    "Việc chi trả bảo hiểm y tế và trợ cấp xã hội thực hiện theo quy định."
  };

  /** The demo province's agencies that answer (ids 2 to 13). */
  static final int FIRST_AGENCY = 2;

  static final int AGENCIES = 12;

  /** One generated answer. */
  record Generated(
      long id,
      int agencyId,
      String field,
      String kind,
      String title,
      String question,
      String answer,
      OffsetDateTime published) {}

  static final long FIRST_ID = 1_000_000;

  static Generated generate(Random random, int i) {
    String procedure = PROCEDURES[skewed(random, PROCEDURES.length)];
    String place =
        random.nextInt(200) == 0
            ? RARE_PLACES[random.nextInt(RARE_PLACES.length)]
            : PLACES[random.nextInt(PLACES.length)];
    String title =
        switch (random.nextInt(4)) {
          case 0 -> "Chậm giải quyết hồ sơ " + procedure;
          case 1 -> "Kiến nghị về thủ tục " + procedure;
          case 2 -> "Hỏi về thời hạn " + procedure + " tại " + place;
          default -> "Đề xuất đơn giản hóa " + procedure;
        };
    String question =
        String.format(OPENINGS[random.nextInt(OPENINGS.length)], procedure, place)
            + " "
            + MIDDLES[random.nextInt(MIDDLES.length)]
            + " "
            + MIDDLES[random.nextInt(MIDDLES.length)];
    String answer =
        String.format(
                ANSWERS[random.nextInt(ANSWERS.length)], procedure, place, 3 + random.nextInt(18))
            + " "
            + CLOSINGS[random.nextInt(CLOSINGS.length)];
    OffsetDateTime published =
        OffsetDateTime.of(2020, 1, 1, 2, 0, 0, 0, ZoneOffset.UTC)
            .plusMinutes(random.nextInt(6 * 365 * 24 * 60));
    return new Generated(
        FIRST_ID + i,
        FIRST_AGENCY + random.nextInt(AGENCIES),
        FIELDS[skewed(random, FIELDS.length)],
        KINDS[random.nextInt(KINDS.length)],
        title,
        question,
        answer,
        published);
  }

  static void load(Connection c, int answers) throws SQLException, IOException {
    c.setAutoCommit(true);
    var random = new Random(42);
    var copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
    int batch = 20_000;
    for (int from = 0; from < answers; from += batch) {
      var rows = new StringBuilder(batch * 900);
      for (int i = from; i < Math.min(answers, from + batch); i++) {
        Generated g = generate(random, i);
        rows.append(g.id())
            .append('\t')
            .append(g.agencyId())
            .append('\t')
            .append(g.field())
            .append('\t')
            .append(g.kind())
            .append('\t')
            .append(g.title())
            .append('\t')
            .append(g.question())
            .append('\t')
            .append(g.answer())
            .append('\t')
            .append(g.published())
            .append("\t1\tt\tbench\n");
      }
      copy.copyIn(
          "copy public_answer (id, agency_id, field_code, kind, title, question, answer,"
              + " published_at, version, published, published_by) from stdin",
          new StringReader(rows.toString()));
    }
    try (var s = c.createStatement()) {
      s.execute(
          "insert into publication_change (seq, answer_id, change, changed_at, changed_by)"
              + " select c.last_seq + row_number() over (order by a.id), a.id, 'PUBLISHED',"
              + " a.published_at, 'bench' from public_answer a, publication_counter c"
              + " where c.id = 1 and a.id >= "
              + FIRST_ID);
      s.execute(
          "update publication_counter set last_seq = (select max(seq) from publication_change)");
      s.execute("vacuum analyze public_answer");
      s.execute("vacuum analyze publication_change");
    }
  }

  /**
   * Loads the corpus the way a province would: JSON Lines files of {@code perFile} answers uploaded
   * to {@code POST /api/admin/answer-imports} one after the other, each awaited until done.
   *
   * @return the answers imported (the others were held back or failed, which is printed)
   */
  static long importCorpus(String base, Connection c, int answers, int perFile) throws Exception {
    Map<Integer, String> codes = new LinkedHashMap<>();
    try (var s = c.createStatement();
        ResultSet r = s.executeQuery("select id, code from agency")) {
      while (r.next()) {
        codes.put(r.getInt(1), r.getString(2));
      }
    }
    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token = InboxBenchmark.token(http, base, "admin");
    var random = new Random(42);
    long imported = 0;
    long heldBack = 0;
    long failed = 0;
    for (int from = 0; from < answers; from += perFile) {
      var file = new StringBuilder(perFile * 1000);
      for (int i = from; i < Math.min(answers, from + perFile); i++) {
        Generated g = generate(random, i);
        file.append(
                Json.createObjectBuilder()
                    .add("legacyId", "bench-" + g.id())
                    .add("title", g.title())
                    .add("question", g.question())
                    .add("answer", g.answer())
                    .add("agencyCode", codes.get(g.agencyId()))
                    .add("fieldCode", g.field())
                    .add("kind", g.kind())
                    .add("publishedDate", g.published().toString())
                    .build()
                    .toString())
            .append('\n');
      }
      var started =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(base + "api/admin/answer-imports?name=bench-" + from + ".jsonl"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/x-ndjson")
                  .POST(HttpRequest.BodyPublishers.ofString(file.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (started.statusCode() != 202) {
        throw new IllegalStateException("import refused: " + started.body());
      }
      long id;
      try (var reader = Json.createReader(new StringReader(started.body()))) {
        id = reader.readObject().getJsonNumber("id").longValue();
      }
      while (true) {
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        var status =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "api/admin/answer-imports/" + id))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject s;
        try (var reader = Json.createReader(new StringReader(status.body()))) {
          s = reader.readObject();
        }
        String state = s.getString("state");
        if (state.equals("DONE") || state.equals("FAILED")) {
          if (state.equals("FAILED")) {
            throw new IllegalStateException("import failed: " + s);
          }
          imported += s.getJsonNumber("imported").longValue();
          heldBack += s.getJsonNumber("heldBack").longValue();
          failed += s.getJsonNumber("failed").longValue();
          break;
        }
      }
    }
    System.out.printf(
        "import: %,d imported, %,d held back, %,d failed%n", imported, heldBack, failed);
    return imported;
  }

  /**
   * The first {@code n} answers of the corpus as JSON Lines rows of an import, all of one agency.
   */
  public static List<String> jsonLines(int n, String agencyCode) {
    var random = new Random(42);
    var lines = new ArrayList<String>(n);
    for (int i = 0; i < n; i++) {
      Generated g = generate(random, i);
      lines.add(
          Json.createObjectBuilder()
              .add("legacyId", "bench-" + g.id())
              .add("title", g.title())
              .add("question", g.question())
              .add("answer", g.answer())
              .add("agencyCode", agencyCode)
              .add("fieldCode", g.field())
              .add("kind", g.kind())
              .add("publishedDate", g.published().toString())
              .build()
              .toString());
    }
    return lines;
  }

  /** The field codes the corpus uses. */
  public static String[] fields() {
    return FIELDS.clone();
  }

  /** A skewed choice: low indexes much more often (a few procedures make most petitions). */
  static int skewed(Random random, int n) {
    double x = random.nextDouble();
    return Math.min(n - 1, (int) (n * x * x));
  }

  /** Publishes one answer the way the app does: counter row locked, copy, change, commit. */
  static long publish(Connection c, long id, String word) throws SQLException {
    c.setAutoCommit(false);
    try (var lock =
            c.prepareStatement("select last_seq from publication_counter where id = 1 for update");
        var copy =
            c.prepareStatement(
                "insert into public_answer (id, version, agency_id, field_code, kind, title,"
                    + " question, answer, published, published_at, published_by) values (?, 1, 3,"
                    + " 'TPHT', 'CONDUCT', ?, 'Câu hỏi', 'Câu trả lời', true, now(), 'bench')");
        var change =
            c.prepareStatement(
                "insert into publication_change (seq, answer_id, change, changed_at, changed_by)"
                    + " values (?, ?, 'PUBLISHED', now(), 'bench')");
        var bump = c.prepareStatement("update publication_counter set last_seq = ? where id = 1")) {
      long seq;
      try (ResultSet r = lock.executeQuery()) {
        r.next();
        seq = r.getLong(1) + 1;
      }
      copy.setLong(1, id);
      copy.setString(2, "Kiểm tra độ trễ " + word);
      copy.executeUpdate();
      change.setLong(1, seq);
      change.setLong(2, id);
      change.executeUpdate();
      bump.setLong(1, seq);
      bump.executeUpdate();
      c.commit();
      return System.nanoTime();
    }
  }

  // --- the three ways to search
  // -------------------------------------------------------------------

  interface Search {
    long run(String q) throws Exception;
  }

  static long httpSearch(HttpClient http, String base, String q) throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    base + "api/answers?size=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(q + " → " + response.statusCode() + " " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getJsonNumber("total").longValue();
    }
  }

  static long httpTotal(HttpClient http, String base, String q) throws Exception {
    return httpSearch(http, base, q);
  }

  static long luceneSearch(AnswerIndex index, String q) throws IOException {
    return index.search(AnswerQuery.of(q)).total();
  }

  static void prepareFts(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("create extension if not exists unaccent");
      s.execute(
          "create or replace function f_unaccent(text) returns text language sql immutable"
              + " parallel safe as $$ select public.unaccent('public.unaccent', $1) $$");
      s.execute(
          "alter table public_answer add column if not exists fts tsvector generated always as"
              + " (to_tsvector('simple', f_unaccent(title || ' ' || question || ' ' || answer)))"
              + " stored");
      s.execute("create index if not exists public_answer_fts on public_answer using gin (fts)");
      s.execute("vacuum analyze public_answer");
    }
  }

  /** Top 10 by ts_rank_cd, the total and the agency, field and year counts of the matches. */
  static long ftsSearch(Connection c, String q, boolean anyWord) throws SQLException {
    boolean phrase = q.startsWith("\"");
    String text = q.replace("\"", "");
    String tsquery =
        anyWord
            // the relaxed kind: any of the words (all of them find nothing), ranked by ts_rank_cd
            ? "to_tsquery('simple', replace(plainto_tsquery('simple', f_unaccent(?))::text, '&',"
                + " '|'))"
            : (phrase ? "phraseto_tsquery" : "plainto_tsquery") + "('simple', f_unaccent(?))";
    long total;
    try (PreparedStatement top =
        c.prepareStatement(
            "select id, title, ts_rank_cd(fts, q) as rank from public_answer, "
                + tsquery
                + " q where published and fts @@ q order by rank desc, published_at desc limit 10")) {
      top.setString(1, text);
      try (ResultSet r = top.executeQuery()) {
        while (r.next()) {
          r.getString(2);
        }
      }
    }
    try (PreparedStatement facets =
        c.prepareStatement(
            "select agency_id, field_code, extract(year from published_at) as y, count(*) from"
                + " public_answer, "
                + tsquery
                + " q where published and fts @@ q group by grouping sets ((agency_id),"
                + " (field_code), (y), ())")) {
      facets.setString(1, text);
      total = 0;
      try (ResultSet r = facets.executeQuery()) {
        while (r.next()) {
          if (r.getObject(1) == null && r.getObject(2) == null && r.getObject(3) == null) {
            total = r.getLong(4);
          }
        }
      }
    }
    return total;
  }

  // --- measuring
  // ----------------------------------------------------------------------------------

  static void run(String name, List<String> queries, int requests, int concurrency, Search search)
      throws Exception {
    var latencies = new ConcurrentLinkedQueue<Long>();
    var hits = new ConcurrentLinkedQueue<Long>();
    var next = new AtomicInteger();
    var failures = new ConcurrentLinkedQueue<Throwable>();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    var start = new CountDownLatch(1);
    long t0 = System.nanoTime();
    for (int t = 0; t < concurrency; t++) {
      pool.submit(
          () -> {
            start.await();
            int i;
            while ((i = next.getAndIncrement()) < requests) {
              String q = queries.get(i % queries.size());
              long s = System.nanoTime();
              try {
                hits.add(search.run(q));
              } catch (Throwable failed) {
                failures.add(failed);
              }
              latencies.add(System.nanoTime() - s);
            }
            return null;
          });
    }
    t0 = System.nanoTime();
    start.countDown();
    pool.shutdown();
    pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          failures.size() + " failed: " + failures.peek(), failures.peek());
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    double meanHits = hits.stream().mapToLong(Long::longValue).average().orElse(0);
    if (!name.startsWith("warm-up")) {
      System.out.printf(
          "%-28s %8.1f %8.1f %8.0f %8.0f%n",
          name,
          sorted[sorted.length / 2] / 1e6,
          sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
          requests / seconds,
          meanHits);
    }
  }

  static JsonObject awaitReady(String base, Duration timeout) throws Exception {
    var http = HttpClient.newHttpClient();
    String token = null;
    long deadline = System.nanoTime() + timeout.toNanos();
    long lastPrint = 0;
    while (System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
      if (token == null) {
        var signIn =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "api/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"demo\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 201) {
          continue;
        }
        try (var reader = Json.createReader(new StringReader(signIn.body()))) {
          token = reader.readObject().getString("token");
        }
      }
      var reply =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "api/admin/search-index"))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() != 200) {
        continue;
      }
      JsonObject status;
      try (var reader = Json.createReader(new StringReader(reply.body()))) {
        status = reader.readObject();
      }
      if ("READY".equals(status.getString("state", ""))) {
        return status;
      }
      if (System.nanoTime() - lastPrint > Duration.ofSeconds(30).toNanos()
          && status.containsKey("rebuild")
          && !status.isNull("rebuild")) {
        lastPrint = System.nanoTime();
        var r = status.getJsonObject("rebuild");
        System.out.printf(
            "  rebuilding: %,d of %,d%n",
            r.getJsonNumber("done").longValue(), r.getJsonNumber("total").longValue());
      }
    }
    throw new IllegalStateException("the index was not ready in " + timeout);
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private AnswersBenchmark() {}

  static {
    Arrays.asList(Instant.EPOCH); // keep imports used by every JDK's javac
  }
}
