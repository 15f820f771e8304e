package vn.pakn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.pakn.publication.control.KnownPersonalData;
import vn.pakn.publication.control.Redactor;

/**
 * How long a redaction proposal takes, one call at a time on one thread: every petition and answer
 * of the judged corpus ({@code src/test/resources/redaction/}, markup removed) as the typical text,
 * and texts of 20,000 characters (the longest a petition may be) made of the corpus. Prints p50,
 * p95, p99 and the maximum per call, and the load average before and after, since the figures are
 * only worth what the machine was doing. Not a test: run it by hand (docs/benchmarks.md), {@code
 * --rounds N} to change the number of passes over the corpus (default 20).
 */
public final class RedactionBenchmark {

  public static void main(String[] args) throws IOException {
    int rounds = 20;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[i + 1]);
      }
    }
    List<String> texts = corpus();
    var redactor = new Redactor();
    MachineLoad load = MachineLoad.before();
    for (int warm = 0; warm < 5; warm++) {
      texts.forEach(t -> redactor.propose(t, KnownPersonalData.NONE));
    }
    long[] typical = new long[texts.size() * rounds];
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (String text : texts) {
        long start = System.nanoTime();
        redactor.propose(text, KnownPersonalData.NONE);
        typical[n++] = System.nanoTime() - start;
      }
    }
    var whole = new StringBuilder();
    while (whole.length() < 20_000) {
      texts.forEach(t -> whole.append(t).append('\n'));
    }
    List<String> long20k = new ArrayList<>();
    for (int offset = 0; long20k.size() < 10; offset += 1_000) {
      String all = whole.toString() + whole;
      long20k.add(all.substring(offset, offset + 20_000));
    }
    long[] longest = new long[long20k.size() * 5];
    n = 0;
    for (int r = 0; r < 5; r++) {
      for (String text : long20k) {
        long start = System.nanoTime();
        redactor.propose(text, KnownPersonalData.NONE);
        longest[n++] = System.nanoTime() - start;
      }
    }
    double mean = texts.stream().mapToInt(String::length).average().orElse(0);
    System.out.printf(
        "typical (%d texts, mean %.0f chars, %d calls): %s%n",
        texts.size(), mean, typical.length, percentiles(typical));
    System.out.printf("20,000 chars (%d calls): %s%n", longest.length, percentiles(longest));
    load.after();
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
        at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  /** The corpus texts without their annotations: "[NAME|x]" and "{x}" become "x". */
  static List<String> corpus() throws IOException {
    var texts = new ArrayList<String>();
    for (int i = 1; ; i++) {
      try (InputStream in =
          RedactionBenchmark.class.getResourceAsStream("/redaction/corpus-" + i + ".txt")) {
        if (in == null) {
          break;
        }
        String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String entry : file.split("(?m)^=== .*$")) {
          String text =
              entry
                  .replaceAll("(?m)^(#|sender:).*$", "")
                  .replaceAll("\\[[A-Z_]+\\|([^\\]]*)\\]", "$1")
                  .replaceAll("\\{([^}]*)\\}", "$1")
                  .replace('¦', '\u00a0')
                  .strip();
          if (!text.isEmpty()) {
            texts.add(text);
          }
        }
      }
    }
    return texts;
  }
}
