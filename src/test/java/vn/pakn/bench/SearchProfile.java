package vn.pakn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import vn.pakn.publication.control.PublicAnswer;
import vn.pakn.search.control.AbbreviationSynonyms;
import vn.pakn.search.control.AnswerIndex;
import vn.pakn.search.control.AnswerQuery;
import vn.pakn.search.control.SynonymDictionary;

/**
 * The search itself without HTTP or a database (issue 13): builds an index of N generated answers
 * (the corpus of {@link AnswersBenchmark}) with {@link AnswerIndex} directly, once, in {@code
 * target/bench/profile-index-N}, then runs each kind of query of {@link AnswersBenchmark} from one
 * client, timing wall and CPU time per query, so a profiler attached to this JVM (e.g. {@code
 * -XX:StartFlightRecording}) sees only the code path the resource uses. Not a test: run it by hand
 * (docs/benchmarks.md).
 *
 * <p>Options: {@code --answers N} (200000), {@code --requests R} per kind (200).
 */
public final class SearchProfile {

  private SearchProfile() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int answers = Integer.parseInt(opt.getOrDefault("answers", "200000"));
    int requests = Integer.parseInt(opt.getOrDefault("requests", "200"));
    System.setProperty("pakn.search.queryCache", "false");
    MachineLoad load = MachineLoad.before();
    // --index: an index built elsewhere, e.g. AnswersBenchmark's target/bench/answers-index/index-…
    Path folder =
        opt.containsKey("index")
            ? Path.of(opt.get("index")).toAbsolutePath()
            : Path.of("target", "bench", "profile-index-" + answers).toAbsolutePath();
    boolean built = Files.isDirectory(folder);
    // --directory nio: read calls instead of the memory maps the application uses
    try (var dir =
            "nio".equals(opt.get("directory"))
                ? new NIOFSDirectory(folder)
                : new MMapDirectory(folder);
        var index = AnswerIndex.open(dir, 256)) {
      // the words the app searches with on a new database: abbreviations and the shipped dictionary
      index.useSynonyms(AbbreviationSynonyms.standard().with(SynonymDictionary.shipped()));
      if (!opt.containsKey("index") && (!built || index.count() != answers)) {
        long t0 = System.nanoTime();
        build(index, answers);
        System.out.printf(
            "indexed %,d answers in %.1f s%n", answers, (System.nanoTime() - t0) / 1e9);
      }
      for (String q : AnswersBenchmark.warmUp()) {
        total(index, q);
      }
      System.out.printf(
          "%n%-16s %9s %9s %9s %9s %9s%n",
          index.count() + " answers", "wall p50", "wall p99", "CPU p50", "CPU p99", "hits");
      for (String kind : AnswersBenchmark.KINDS_OF_QUERY) {
        measure(kind, AnswersBenchmark.queries(kind, requests), index);
      }
      // what a citizen types first: one procedure or one place, tens of thousands of matches at
      // 1M (counted from a sample); these 36 were also part of the warm-up (no result cache is on)
      var broad = new ArrayList<String>(List.of(AnswersBenchmark.PROCEDURES));
      broad.addAll(List.of(AnswersBenchmark.PLACES));
      measure("broad (warm)", broad, index);
    }
    load.after();
  }

  /**
   * One client, query after query: wall time, and the CPU time of the searching thread, which a
   * loaded machine inflates far less than the wall time (it still pays for cache misses).
   */
  private static void measure(String kind, List<String> queries, AnswerIndex index)
      throws java.io.IOException {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] wall = new long[queries.size()];
    long[] cpu = new long[queries.size()];
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      hits += total(index, queries.get(i));
      wall[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    java.util.Arrays.sort(wall);
    java.util.Arrays.sort(cpu);
    int p99 = (int) Math.ceil(queries.size() * 0.99) - 1;
    System.out.printf(
        "%-16s %9.1f %9.1f %9.1f %9.1f %9d%n",
        kind,
        wall[queries.size() / 2] / 1e6,
        wall[p99] / 1e6,
        cpu[queries.size() / 2] / 1e6,
        cpu[p99] / 1e6,
        hits / queries.size());
  }

  private static long total(AnswerIndex index, String q) throws java.io.IOException {
    return index.search(AnswerQuery.of(q)).total();
  }

  private static void build(AnswerIndex index, int answers) throws Exception {
    var random = new Random(42);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    var running = new ArrayList<Future<?>>();
    int batch = 5_000;
    for (int from = 0; from < answers; from += batch) {
      List<PublicAnswer> page = new ArrayList<>();
      for (int i = from; i < Math.min(answers, from + batch); i++) {
        AnswersBenchmark.Generated g = AnswersBenchmark.generate(random, i);
        page.add(
            new PublicAnswer(
                Long.toString(g.id()),
                g.title(),
                g.question(),
                g.answer(),
                "CQ" + g.agencyId(),
                "Cơ quan " + g.agencyId(),
                g.field(),
                g.field(),
                g.kind(),
                g.published().toInstant()));
      }
      running.add(
          pool.submit(
              () -> {
                for (PublicAnswer a : page) {
                  index.index(a);
                }
                return null;
              }));
      if (running.size() > 4) {
        running.remove(0).get();
      }
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    index.commit(answers);
  }
}
