package vn.pakn.surveys.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rating band over a score range, e.g. "good" for 12 ≤ score ≤ 15. Whether each end belongs to
 * the band is explicit, so a file decides boundaries rather than the code.
 */
public record Band(
    String id,
    Label label,
    BigDecimal min,
    boolean minInclusive,
    BigDecimal max,
    boolean maxInclusive) {

  public Band {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
  }

  public boolean contains(BigDecimal value) {
    int fromMin = value.compareTo(min);
    int toMax = value.compareTo(max);
    return (fromMin > 0 || (fromMin == 0 && minInclusive))
        && (toMax < 0 || (toMax == 0 && maxInclusive));
  }

  public boolean contains(double value) {
    return Double.isFinite(value) && contains(BigDecimal.valueOf(value));
  }
}
