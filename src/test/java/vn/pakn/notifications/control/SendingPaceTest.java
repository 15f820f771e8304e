package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SendingPaceTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void neverFasterThanTheContractedRate() {
    SendingPace pace = new SendingPace(100);
    long now = 5 * SECOND;
    assertThat(pace.reserve(now)).isZero();
    assertThat(pace.reserve(now)).isEqualTo(SECOND / 100);
    assertThat(pace.reserve(now)).isEqualTo(2 * SECOND / 100);
    // after a pause, no burst of saved-up slots beyond the next one
    assertThat(pace.reserve(now + SECOND)).isZero();
    assertThat(pace.reserve(now + SECOND)).isEqualTo(SECOND / 100);
  }

  @Test
  void throttlingHalvesTheRateAndAcceptedTextsBringItBack() {
    SendingPace pace = new SendingPace(200);
    pace.slowDown();
    pace.slowDown();
    assertThat(pace.rate()).isEqualTo(50.0);
    long now = 0;
    pace.reserve(now);
    assertThat(pace.reserve(now)).isEqualTo(SECOND / 50);
    for (int i = 0; i < 3; i++) {
      pace.accepted();
    }
    assertThat(pace.rate()).isEqualTo(80.0);
    for (int i = 0; i < 100; i++) {
      pace.accepted();
    }
    assertThat(pace.rate()).isEqualTo(200.0);
  }

  @Test
  void neverSlowerThanOnePerSecond() {
    SendingPace pace = new SendingPace(10);
    for (int i = 0; i < 20; i++) {
      pace.slowDown();
    }
    assertThat(pace.rate()).isEqualTo(1.0);
    assertThatThrownBy(() -> new SendingPace(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
