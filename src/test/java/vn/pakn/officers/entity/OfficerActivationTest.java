package vn.pakn.officers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OfficerActivationTest {

  static final OffsetDateTime MADE = OffsetDateTime.parse("2026-11-21T08:00:00Z");

  private static OfficerActivation link() {
    return new OfficerActivation("h", 1L, 2L, MADE, MADE.plusHours(72));
  }

  @Test
  void aLinkWorksUntilItExpires() {
    var link = link();
    assertThat(link.stateAt(MADE.plusHours(71))).isEqualTo(OfficerActivation.State.USABLE);
    assertThat(link.stateAt(MADE.plusHours(72))).isEqualTo(OfficerActivation.State.EXPIRED);
  }

  @Test
  void aUsedLinkStaysUsedAndARevokedOneRevoked() {
    var used = link();
    used.use(MADE.plusHours(1));
    used.revoke(MADE.plusHours(2));
    assertThat(used.stateAt(MADE.plusHours(3))).isEqualTo(OfficerActivation.State.USED);
    var revoked = link();
    revoked.revoke(MADE.plusHours(2));
    assertThat(revoked.stateAt(MADE.plusHours(3))).isEqualTo(OfficerActivation.State.REVOKED);
  }
}
