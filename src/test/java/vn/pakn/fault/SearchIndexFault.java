package vn.pakn.fault;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.pakn.bench.BenchApp;

/**
 * A fault run, not a test: the node's search index (a projection of the published answers in the
 * database) is deleted, then corrupted (every file of it overwritten in the middle), each time
 * while the node is stopped. Passes when the node starts each time, search never answers 5xx, and
 * search finds what it found before within a minute of the node being ready. Run with {@code bash
 * docs/faults.sh SearchIndexFault}.
 */
public final class SearchIndexFault {

  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
  private static final String QUERY = "api/answers?q=thu+tuc";

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8114;
    Path index = Path.of("target", "fault", "search-" + System.nanoTime()).toAbsolutePath();
    String[] options = {"-Dpakn.demo=true", "-Dpakn.search.directory=" + index};
    boolean passed = true;
    try (var rig = new FaultRig()) {
      var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      long expected;
      var statuses = new TreeMap<Integer, Integer>();
      try (BenchApp app = BenchApp.start(port, rig.dbUrl, "fault-search-0.log", "", options)) {
        URI search = URI.create(app.base()).resolve(QUERY);
        FaultRig.await(Duration.ofMinutes(2), () -> total(http, search, statuses) > 0);
        expected = total(http, search, statuses);
      }
      System.out.println("search finds " + expected + " answers with a sound index");
      for (String fault : new String[] {"deleted", "corrupted"}) {
        if (fault.equals("deleted")) {
          FaultRig.deleteTree(index);
        } else {
          System.out.println("corrupted files: " + corrupt(index));
        }
        statuses.clear();
        try (BenchApp app =
            BenchApp.start(port, rig.dbUrl, "fault-search-" + fault + ".log", "", options)) {
          URI search = URI.create(app.base()).resolve(QUERY);
          long took =
              FaultRig.await(
                  Duration.ofMinutes(1), () -> total(http, search, statuses) == expected);
          int serverErrors = count5xx(statuses);
          System.out.println(
              "index "
                  + fault
                  + ": search statuses while rebuilding "
                  + statuses
                  + "; finds "
                  + expected
                  + " again "
                  + took
                  + " ms after the node was ready");
          passed &= took >= 0 && serverErrors == 0;
        }
      }
    }
    FaultRig.finish(passed);
  }

  private static long total(HttpClient http, URI search, Map<Integer, Integer> statuses) {
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(20)).build(),
              HttpResponse.BodyHandlers.ofString());
      statuses.merge(response.statusCode(), 1, Integer::sum);
      var m = TOTAL.matcher(response.body());
      return response.statusCode() == 200 && m.find() ? Long.parseLong(m.group(1)) : -1;
    } catch (IOException e) {
      statuses.merge(-1, 1, Integer::sum);
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int count5xx(Map<Integer, Integer> statuses) {
    return statuses.entrySet().stream()
        .filter(e -> e.getKey() >= 500)
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Overwrites the middle of every file of the index with garbage; the number of files. */
  private static int corrupt(Path root) throws IOException {
    int files = 0;
    try (var paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        long size = Files.size(p);
        if (size == 0 || p.getFileName().toString().equals("write.lock")) {
          continue;
        }
        try (var file = new RandomAccessFile(p.toFile(), "rw")) {
          file.seek(size / 2);
          byte[] garbage = new byte[(int) Math.min(64, size - size / 2)];
          java.util.Arrays.fill(garbage, (byte) 0x5A);
          file.write(garbage);
        }
        files++;
      }
    }
    return files;
  }
}
