package vn.pakn.notifications.control;

/**
 * The pace of submits to the SMS provider: never faster than its contracted rate, halved each time
 * it answers "throttled" (down to one per second), then recovering by a twentieth of the contracted
 * rate per accepted text. Pure: the caller gives the time and does the waiting.
 */
public final class SendingPace {

  private static final double SLOWEST = 1.0;

  private final double contracted;
  private double rate;
  private long next = Long.MIN_VALUE;

  public SendingPace(double contracted) {
    if (!(contracted > 0)) {
      throw new IllegalArgumentException("the rate must be positive");
    }
    this.contracted = contracted;
    this.rate = contracted;
  }

  /**
   * Takes the next slot: how long to wait, from {@code nowNanos}, before submitting.
   *
   * @return nanoseconds, 0 when the slot has come
   */
  public synchronized long reserve(long nowNanos) {
    long slot = next == Long.MIN_VALUE || next - nowNanos < 0 ? nowNanos : next;
    next = slot + (long) (1_000_000_000L / rate);
    return slot - nowNanos;
  }

  /** The provider said "throttled": half the rate. */
  public synchronized void slowDown() {
    rate = Math.max(SLOWEST, rate / 2);
  }

  /** A text went through: a step back towards the contracted rate. */
  public synchronized void accepted() {
    rate = Math.min(contracted, rate + contracted / 20);
  }

  /** Texts per second now. */
  public synchronized double rate() {
    return rate;
  }
}
