package vn.pakn.surveys.control;

import java.util.function.Supplier;

/**
 * The minimum count below which a group's results are not shown, so that a desk or an officer with
 * few respondents does not expose how each of them answered. Configurable (to be read from the
 * MicroProfile Config key {@code pakn.surveys.minimumCount} by the boundary); {@value
 * #DEFAULT_MINIMUM} by default. A count of zero is never shown, whatever the minimum.
 */
public record Suppression(int minimumCount) {

  public static final int DEFAULT_MINIMUM = 10;

  public Suppression {
    if (minimumCount < 0) {
      throw new IllegalArgumentException("minimumCount < 0: " + minimumCount);
    }
  }

  public static Suppression byDefault() {
    return new Suppression(DEFAULT_MINIMUM);
  }

  public boolean hides(long count) {
    return count <= 0 || count < minimumCount;
  }

  /** The figure computed by {@code shown}, or not shown when {@code count} is too small. */
  public Figure figure(long count, Supplier<Figure.Shown> shown) {
    return hides(count) ? new Figure.NotShown(minimumCount) : shown.get();
  }

  /** A proportion with its Wilson interval. */
  public Figure proportion(long successes, long count) {
    return figure(
        count,
        () ->
            new Figure.Shown(
                (double) successes / count, WilsonInterval.of(successes, count), count));
  }
}
