package vn.pakn.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import vn.pakn.operations.control.ApplicationMetricsBench;

/**
 * CPU cost of one scrape of {@code /api/metrics} on this node's side, with the database figures
 * cached (as between two refreshes) and 60 routes × 3 methods × 3 status classes of request
 * histograms: {@code ./mvnw -q exec:java -Dexec.mainClass=vn.pakn.bench.MetricsScrapeBenchmark}.
 * The database read every refresh interval is measured apart (pakn_operations_figures_read_duration
 * on a running node).
 */
public class MetricsScrapeBenchmark {

  public static void main(String[] args) {
    var metrics = ApplicationMetricsBench.withFixedFigures();
    for (int r = 0; r < 60; r++) {
      for (String m : new String[] {"GET", "POST", "PUT"}) {
        for (int s : new int[] {200, 404, 500}) {
          metrics.request(m, "/api/route" + r + "/{id}", s, 1_000_000L * (r + 1));
        }
      }
    }
    MachineLoad load = MachineLoad.before();
    var threads = ManagementFactory.getThreadMXBean();
    int warmup = 2000;
    int runs = 5000;
    int bytes = 0;
    for (int i = 0; i < warmup; i++) {
      bytes = metrics.scrape(null).length();
    }
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      bytes = metrics.scrape(null).length();
    }
    double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs;
    double wallMs = (System.nanoTime() - wall) / 1e6 / runs;
    System.out.printf(
        "%s scrape: %.3f ms CPU, %.3f ms wall per scrape (%d characters), mean of %d;"
            + " at one scrape a second: %.3f %% of one core%n",
        Instant.now(), cpuMs, wallMs, bytes, runs, cpuMs / 10.0);
    load.after();
  }
}
