package vn.pakn.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.pakn.deadlines.control.ClockArithmetic;
import vn.pakn.deadlines.control.DeadlineCalculator;
import vn.pakn.deadlines.control.OfficialCalendarData;
import vn.pakn.deadlines.control.WorkingCalendar;
import vn.pakn.deadlines.entity.ClockSchedule;

/**
 * Deadline computation on one core (JMH, one thread): the due instant of a period of 1–30 working
 * days from a receipt instant anywhere in 2024–2028 (random, precomputed), on a calendar with
 * official data for 2026; and a stage clock's whole schedule (due, last day, 50 % and 80 %). Not a
 * test: run it by hand (docs/benchmarks.md). Runs in the Maven JVM (no fork) so that {@code
 * exec:java} works; {@code --quick} for a short run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

  private static final int SAMPLES = 1 << 16;

  private DeadlineCalculator calculator;
  private final Instant[] receipts = new Instant[SAMPLES];
  private final int[] days = new int[SAMPLES];
  private int next;

  @Setup
  public void setUp() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .official(
                OfficialCalendarData.forYear(2026, "Thông báo lịch nghỉ Tết Bính Ngọ 2026")
                    .tetDaysOff(
                        java.time.LocalDate.of(2026, 2, 14), java.time.LocalDate.of(2026, 2, 22))
                    .build())
            .build();
    calculator = new DeadlineCalculator(calendar);
    SplittableRandom random = new SplittableRandom(20261121);
    long from = LocalDateTime.of(2024, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.ofHours(7));
    long to = LocalDateTime.of(2028, 12, 31, 0, 0).toEpochSecond(java.time.ZoneOffset.ofHours(7));
    for (int i = 0; i < SAMPLES; i++) {
      receipts[i] = Instant.ofEpochSecond(random.nextLong(from, to));
      days[i] = 1 + random.nextInt(30);
    }
    // warm the per-year tables, as the running application has them
    for (int i = 0; i < SAMPLES; i++) {
      calculator.due(receipts[i], days[i]);
    }
  }

  @Benchmark
  public Instant due() {
    int i = next++ & (SAMPLES - 1);
    return calculator.due(receipts[i], days[i]);
  }

  @Benchmark
  public ClockSchedule clockSchedule() {
    int i = next++ & (SAMPLES - 1);
    return ClockArithmetic.schedule(calculator, receipts[i], days[i]);
  }

  public static void main(String[] args) throws Exception {
    boolean quick = java.util.Arrays.asList(args).contains("--quick");
    var options =
        new OptionsBuilder()
            .include(DeadlineBenchmark.class.getName())
            .forks(0)
            .threads(1)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 10)
            .measurementTime(TimeValue.seconds(1))
            .build();
    MachineLoad load = MachineLoad.before();
    new Runner(options).run();
    load.after();
  }
}
