package vn.pakn.surveys.control;

/** A confidence interval; for indices both ends lie in [0, 1]. */
public record Interval(double lower, double upper) {

  public Interval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("lower " + lower + " > upper " + upper);
    }
  }
}
