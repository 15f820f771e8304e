package vn.pakn.notifications.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try a failed mail again: exponential back-off with jitter, up to a number of attempts,
 * after which the mail is given up (FAILED, shown to administrators). Pure: the caller gives the
 * time and the random draw.
 *
 * <p>The delay after the n-th failed attempt is {@code firstDelay × multiplier^(n-1)}, capped at
 * {@code maxDelay}, then spread by ± {@code jitter} (a fraction) so that many mails failed by one
 * outage do not all come back at the same instant; it never exceeds {@code maxDelay}.
 */
public record DeliveryPolicy(
    int maxAttempts, Duration firstDelay, Duration maxDelay, double multiplier, double jitter) {

  /**
   * 24 attempts, 1 minute doubling up to 1 hour, ± 20 %: a mail keeps being retried through an SMTP
   * outage of about a day.
   */
  public static final DeliveryPolicy STANDARD =
      new DeliveryPolicy(24, Duration.ofMinutes(1), Duration.ofHours(1), 2.0, 0.2);

  public DeliveryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay");
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be at least 1");
    }
    if (!(jitter >= 0.0 && jitter < 1.0)) {
      throw new IllegalArgumentException("jitter must be in [0, 1)");
    }
  }

  /** What to do after a failed attempt. */
  public sealed interface Decision {}

  /** Try again at this instant. */
  public record RetryAt(Instant when) implements Decision {}

  /** Stop: mark the mail FAILED. */
  public record GiveUp(Reason reason) implements Decision {}

  public enum Reason {
    /** The failure was permanent (5xx, bad address): retrying cannot help. */
    PERMANENT_FAILURE,
    /** {@code maxAttempts} attempts failed. */
    TOO_MANY_ATTEMPTS
  }

  /**
   * @param attemptsMade attempts made so far, the failed one included (1 after the first failure)
   * @param random a draw in [0, 1) that places the delay within its jitter bounds
   */
  public Decision afterFailure(
      int attemptsMade, boolean permanent, Instant failedAt, double random) {
    if (attemptsMade < 1) {
      throw new IllegalArgumentException("attemptsMade must be at least 1");
    }
    if (!(random >= 0.0 && random < 1.0)) {
      throw new IllegalArgumentException("random must be in [0, 1)");
    }
    if (permanent) {
      return new GiveUp(Reason.PERMANENT_FAILURE);
    }
    if (attemptsMade >= maxAttempts) {
      return new GiveUp(Reason.TOO_MANY_ATTEMPTS);
    }
    long lowest = earliestDelay(attemptsMade).toMillis();
    long highest = latestDelay(attemptsMade).toMillis();
    long delay = lowest + (long) Math.floor((highest - lowest) * random);
    return new RetryAt(failedAt.plusMillis(delay));
  }

  public Decision afterFailure(
      int attemptsMade, boolean permanent, Instant failedAt, RandomGenerator random) {
    return afterFailure(attemptsMade, permanent, failedAt, random.nextDouble());
  }

  /** The delay after the n-th failure before jitter: exponential, capped. */
  public Duration baseDelay(int attemptsMade) {
    double millis = firstDelay.toMillis() * Math.pow(multiplier, attemptsMade - 1.0);
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
  }

  /** The shortest delay after the n-th failure. */
  public Duration earliestDelay(int attemptsMade) {
    return Duration.ofMillis((long) Math.floor(baseDelay(attemptsMade).toMillis() * (1 - jitter)));
  }

  /** The longest delay after the n-th failure; never more than {@code maxDelay}. */
  public Duration latestDelay(int attemptsMade) {
    long millis = (long) Math.ceil(baseDelay(attemptsMade).toMillis() * (1 + jitter));
    return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
  }
}
