package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.pakn.notifications.control.DeliveryPolicy.GiveUp;
import vn.pakn.notifications.control.DeliveryPolicy.Reason;
import vn.pakn.notifications.control.DeliveryPolicy.RetryAt;

class DeliveryPolicyTest {

  private static final Instant FAILED_AT = Instant.parse("2026-11-21T01:00:00Z");
  private final DeliveryPolicy policy =
      new DeliveryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(10), 2.0, 0.2);

  @Test
  void delaysGrowExponentiallyUpToTheCap() {
    assertThat(policy.baseDelay(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.baseDelay(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.baseDelay(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(policy.baseDelay(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(policy.baseDelay(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.baseDelay(500)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void jitterStaysWithinItsBoundsAndNeverPassesTheCap() {
    assertThat(policy.earliestDelay(2)).isEqualTo(Duration.ofSeconds(96));
    assertThat(policy.latestDelay(2)).isEqualTo(Duration.ofSeconds(144));
    assertThat(policy.earliestDelay(4)).isEqualTo(Duration.ofMillis(384_000));
    assertThat(policy.latestDelay(4)).isEqualTo(Duration.ofSeconds(576));
    assertThat(policy.earliestDelay(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(policy.latestDelay(5)).isEqualTo(Duration.ofMinutes(10));

    assertThat(policy.afterFailure(2, false, FAILED_AT, 0.0))
        .isEqualTo(new RetryAt(FAILED_AT.plusSeconds(96)));
    assertThat(policy.afterFailure(2, false, FAILED_AT, 0.5))
        .isEqualTo(new RetryAt(FAILED_AT.plusSeconds(120)));
    var random = new SplittableRandom(42);
    for (int attempt = 1; attempt < 5; attempt++) {
      for (int draw = 0; draw < 200; draw++) {
        var decision =
            (RetryAt) policy.afterFailure(attempt, false, FAILED_AT, random.nextDouble());
        assertThat(Duration.between(FAILED_AT, decision.when()))
            .isBetween(policy.earliestDelay(attempt), policy.latestDelay(attempt));
      }
    }
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(policy.afterFailure(4, false, FAILED_AT, 0.3)).isInstanceOf(RetryAt.class);
    assertThat(policy.afterFailure(5, false, FAILED_AT, 0.3))
        .isEqualTo(new GiveUp(Reason.TOO_MANY_ATTEMPTS));
  }

  @Test
  void givesUpAtOnceOnAPermanentFailure() {
    assertThat(policy.afterFailure(1, true, FAILED_AT, 0.3))
        .isEqualTo(new GiveUp(Reason.PERMANENT_FAILURE));
  }

  @Test
  void theStandardPolicyRetriesThroughAnOutageOfAboutADay() {
    DeliveryPolicy standard = DeliveryPolicy.STANDARD;
    Duration shortest = Duration.ZERO;
    for (int attempt = 1; attempt < standard.maxAttempts(); attempt++) {
      shortest = shortest.plus(standard.earliestDelay(attempt));
    }
    assertThat(shortest).isBetween(Duration.ofHours(12), Duration.ofHours(24));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(
            () -> new DeliveryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1), 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeliveryPolicy(3, Duration.ofHours(2), Duration.ofHours(1), 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DeliveryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1), 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DeliveryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1), 2, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.afterFailure(0, false, FAILED_AT, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.afterFailure(1, false, FAILED_AT, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
