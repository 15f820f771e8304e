package vn.pakn.surveys.control;

/**
 * A reported number: either shown, with its 95% interval and the count it rests on, or not shown
 * because too few answers stand behind it (respondent privacy). A hidden figure carries only the
 * threshold, never the count or the value.
 */
public sealed interface Figure permits Figure.Shown, Figure.NotShown {

  /**
   * @param count the answers (or respondents) the value rests on
   */
  record Shown(double value, Interval interval, long count) implements Figure {}

  record NotShown(int minimumCount) implements Figure {}

  default boolean isShown() {
    return this instanceof Shown;
  }

  /** The shown value; throws for a hidden figure. */
  default double value() {
    if (this instanceof Shown shown) {
      return shown.value();
    }
    throw new IllegalStateException("not shown");
  }
}
