package vn.pakn.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load around a benchmark run (issue 15, item 4): every benchmark prints the load
 * average before and after, and a run that starts while the one-minute load average is above the
 * number of cores is refused, or, with {@code -Dbench.allowUnderLoad=true}, run and marked "UNDER
 * LOAD" so that its figures are never read as a quiet machine's.
 *
 * <pre>{@code
 * MachineLoad load = MachineLoad.before();   // prints, refuses when busy
 * ... measure ...
 * load.after();                              // prints, marks the run
 * }</pre>
 */
public final class MachineLoad {

  private final double before;
  private final int cores;

  private MachineLoad(double before, int cores) {
    this.before = before;
    this.cores = cores;
  }

  /** Reads and prints the load before the run; refuses a busy machine unless allowed. */
  public static MachineLoad before() {
    int cores = Runtime.getRuntime().availableProcessors();
    double load = oneMinute();
    System.out.printf(
        "load average before: %s (%d cores)%n", Files.exists(LOADAVG) ? raw() : "?", cores);
    if (load > cores) {
      if (!Boolean.getBoolean("bench.allowUnderLoad")) {
        throw new IllegalStateException(
            "the one-minute load average "
                + load
                + " is above the "
                + cores
                + " cores: figures would not be a quiet machine's; wait, or run with"
                + " -Dbench.allowUnderLoad=true and label them UNDER LOAD");
      }
      System.out.println("UNDER LOAD: this run started on a busy machine; label its figures so");
    }
    return new MachineLoad(load, cores);
  }

  /** Prints the load after the run and repeats the mark of a run made under load. */
  public void after() {
    System.out.printf("load average after: %s%n", Files.exists(LOADAVG) ? raw() : "?");
    if (before > cores) {
      System.out.printf(
          "UNDER LOAD: started at load %.2f on %d cores; not a quiet machine's figures%n",
          before, cores);
    }
  }

  /** Whether the run started under load (its figures must be labelled so). */
  public boolean underLoad() {
    return before > cores;
  }

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  static double oneMinute() {
    if (!Files.exists(LOADAVG)) {
      return 0;
    }
    return Double.parseDouble(raw().split(" ")[0]);
  }

  private static String raw() {
    try {
      return Files.readString(LOADAVG).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
