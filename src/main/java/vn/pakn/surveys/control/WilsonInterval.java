package vn.pakn.surveys.control;

/**
 * The Wilson score interval for a proportion (Wilson 1927): unlike the normal approximation it
 * stays inside [0, 1] and behaves at p = 0 or 1 and for small n, which is where desk and officer
 * groups live.
 *
 * <pre>
 *   centre    = (p + z²/2n) / (1 + z²/n)
 *   halfWidth = z / (1 + z²/n) · √( p(1 − p)/n + z²/4n² )
 * </pre>
 */
public final class WilsonInterval {

  /** The two-sided 95% normal quantile. */
  public static final double Z95 = 1.959963984540054;

  private WilsonInterval() {}

  public static Interval of(long successes, long n) {
    if (successes < 0 || successes > n) {
      throw new IllegalArgumentException(successes + " successes of " + n);
    }
    return of((double) successes / n, n);
  }

  /**
   * For a proportion {@code p} observed on {@code n} trials. Also used for a mean of per-respondent
   * scores in [0, 1] (such a score's variance is at most p(1 − p)), where it is conservative.
   */
  public static Interval of(double p, long n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p outside [0, 1]: " + p);
    }
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double halfWidth = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // at p = 0 or 1 one end is exactly 0 or 1; say so rather than leave a rounding residue
    double lower = p == 0 ? 0 : Math.max(0, centre - halfWidth);
    double upper = p == 1 ? 1 : Math.min(1, centre + halfWidth);
    return new Interval(lower, upper);
  }
}
