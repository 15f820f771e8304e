package vn.pakn.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The reminder sweep: finds the running clocks that crossed half, 80 % or the start of the last day
 * of their working time, or their due, and announces each crossing once ({@link DeadlineAlert}).
 * Batches of {@code pakn.deadlines.sweep.batchSize} clocks, each claimed, recorded and announced in
 * its own transaction ({@link AlertBatch}), until a batch comes back short. Any number of nodes, or
 * runs, may sweep at once: claims skip the rows another holds and a level is announced only when it
 * rises.
 */
@ApplicationScoped
public class DeadlineSweep {

  /** What one run did. */
  public record Result(int claimed, int alerts, int batches) {}

  @Inject AlertBatch batch;

  public Result run(Instant now) {
    int claimed = 0;
    int fired = 0;
    int batches = 0;
    while (true) {
      int[] done = batch.run(now);
      batches++;
      claimed += done[0];
      fired += done[1];
      if (done[0] < batch.size()) {
        return new Result(claimed, fired, batches);
      }
    }
  }
}
