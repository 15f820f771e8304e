package vn.pakn.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicQuotasTest {

  private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

  private PublicQuotas quotas(int perAddress, int perContact, Instant now) {
    var q = new PublicQuotas();
    q.perAddressPerHour = perAddress;
    q.perContactPerDay = perContact;
    q.clock = Clock.fixed(now, ZoneOffset.UTC);
    return q;
  }

  @Test
  void anAddressMayFileItsAllowanceInAnHourAndNoMore() {
    var q = quotas(3, 100, NOON);
    for (int i = 0; i < 3; i++) {
      q.spend("203.0.113.7", "09" + i + "1234567", null);
    }
    var refused =
        catchThrowableOfType(ProblemException.class, () -> q.spend("203.0.113.7", "0987654321"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.key()).isEqualTo("too-many-filings");
    assertThat(refused.args().get(0)).isEqualTo(3600L);
    q.spend("203.0.113.8", "0987654321"); // another address is not held back

    q.clock = Clock.fixed(NOON.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    q.spend("203.0.113.7", "0987654322"); // a new hour
  }

  @Test
  void aContactIsCountedAcrossAddressesHoweverItIsWritten() {
    var q = quotas(100, 2, NOON);
    q.spend("198.51.100.1", "0912 345 678", "Hoa@Example.vn");
    q.spend("198.51.100.2", "+84912345678", null);
    assertThat(
            catchThrowableOfType(
                    ProblemException.class, () -> q.spend("198.51.100.3", "84 912 345 678", null))
                .status())
        .isEqualTo(429);
    q.spend("198.51.100.4", null, "hoa@example.vn"); // the second use of the mail address
    assertThat(
            catchThrowableOfType(
                    ProblemException.class, () -> q.spend("198.51.100.5", null, "HOA@example.vn "))
                .args()
                .get(0))
        .isEqualTo(12L * 3600);
  }

  @Test
  void contactsAreKeyedByDigitsOrLowerCaseAddress() {
    assertThat(PublicQuotas.contactKey("+84 912.345.678")).isEqualTo("0912345678");
    assertThat(PublicQuotas.contactKey("(024) 3825 1234")).isEqualTo("02438251234");
    assertThat(PublicQuotas.contactKey(" A@B.VN")).isEqualTo("a@b.vn");
  }

  @Test
  void aFloodOfDistinctKeysEmptiesTheTableInsteadOfGrowingIt() {
    var window = new QuotaWindow(Duration.ofHours(1));
    for (int i = 0; i < QuotaWindow.MAX_KEYS + 10; i++) {
      assertThat(window.spend("k" + i, 1, NOON)).isTrue();
    }
    assertThat(window.spend("k" + (QuotaWindow.MAX_KEYS + 5), 1, NOON)).isFalse();
  }
}
