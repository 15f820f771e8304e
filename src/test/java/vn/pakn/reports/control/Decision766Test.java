package vn.pakn.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Decision766Test {

  @Test
  void satisfactionIsTheAnswersLessTheUnsatisfiedOverTheAnswers() {
    var counts = new Decision766.Satisfaction(40, 6);

    assertThat(counts.satisfied()).isEqualTo(34);
    assertThat(counts.rate()).isCloseTo(0.85, within(1e-12));
  }

  @Test
  void nothingAnsweredHasNoRateRatherThanAHundredPercent() {
    assertThat(new Decision766.Satisfaction(0, 0).rate()).isNull();
    assertThat(Decision766.onTimeRate(0, 0, 0)).isNull();
  }

  @Test
  void openOverduePetitionsCountAgainstTheOnTimeRate() {
    assertThat(Decision766.onTimeRate(8, 10, 0)).isCloseTo(0.8, within(1e-12));
    assertThat(Decision766.onTimeRate(8, 10, 6)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void moreUnsatisfiedThanAnsweredIsRefused() {
    assertThatThrownBy(() -> new Decision766.Satisfaction(5, 6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision766.Satisfaction(-1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
