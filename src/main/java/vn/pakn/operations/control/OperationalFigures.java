package vn.pakn.operations.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One reading of the figures the database holds, taken at {@code readAt}. Every list is grouped by
 * a small, fixed set of values (statuses, channels, agency levels, quarantine reasons): never by
 * anything a citizen typed.
 */
public record OperationalFigures(
    Instant readAt,
    double readSeconds,
    List<PetitionCount> petitions,
    long publishedAnswers,
    long clocksOverdue,
    long clocksDueSoon,
    List<OutboxCount> outbox,
    long officersLocked,
    long pendingFailedSignIns,
    Map<String, Long> quarantinedByReason,
    SearchFigures search) {

  /** Petitions currently in one status, filed over one channel, held at one level of agency. */
  public record PetitionCount(String status, String channel, String agencyLevel, long count) {}

  /**
   * Mails of one status in the outbox of one channel; {@code oldest} is the creation time of the
   * oldest of them (null when none).
   */
  public record OutboxCount(String channel, String status, long count, Instant oldest) {}

  /** This node's index against the database's publication sequence. */
  public record SearchFigures(
      String state,
      long indexSequence,
      long databaseSequence,
      long documents,
      long rebuildDone,
      long rebuildTotal) {

    public long lag() {
      return indexSequence < 0 ? databaseSequence : Math.max(0, databaseSequence - indexSequence);
    }
  }

  public long petitionsTotal() {
    return petitions.stream().mapToLong(PetitionCount::count).sum();
  }

  /** Messages waiting to be sent (queued or being sent) in a channel. */
  public long waiting(String channel) {
    return outbox.stream()
        .filter(o -> o.channel().equals(channel) && DatabaseFigures.WAITING.contains(o.status()))
        .mapToLong(OutboxCount::count)
        .sum();
  }

  /** Age of the oldest waiting message of a channel at {@code readAt}, 0 when none waits. */
  public double oldestWaitingSeconds(String channel) {
    return outbox.stream()
        .filter(o -> o.channel().equals(channel) && DatabaseFigures.WAITING.contains(o.status()))
        .map(OutboxCount::oldest)
        .filter(java.util.Objects::nonNull)
        .min(Instant::compareTo)
        .map(t -> Math.max(0, (readAt.toEpochMilli() - t.toEpochMilli()) / 1000.0))
        .orElse(0.0);
  }

  public long failed(String channel) {
    return outbox.stream()
        .filter(o -> o.channel().equals(channel) && o.status().equals("FAILED"))
        .mapToLong(OutboxCount::count)
        .sum();
  }
}
