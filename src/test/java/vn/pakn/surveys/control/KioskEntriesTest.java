package vn.pakn.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class KioskEntriesTest {

  static final String SECRET = "a".repeat(64);
  static final String PAYLOAD =
      "{\"clientId\":\"0b6f3c1e-1111-4a4a-9c9c-123456789abc\",\"answeredAt\":"
          + "\"2026-07-01T09:30:00+07:00\",\"survey\":\"kiosk\",\"version\":1,"
          + "\"answers\":{\"satisfaction\":3}}";

  @Test
  void theSignatureIsTheHmacOfTheExactText() {
    // RFC 4231 test case 2
    assertThat(KioskEntries.sign("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    String signature = KioskEntries.sign(SECRET, PAYLOAD);
    assertThat(KioskEntries.verify(SECRET, PAYLOAD, signature)).isTrue();
    assertThat(KioskEntries.verify(SECRET, PAYLOAD, signature.toUpperCase())).isTrue();
    assertThat(KioskEntries.verify(SECRET, PAYLOAD.replace(":3}", ":1}"), signature)).isFalse();
    assertThat(KioskEntries.verify("b".repeat(64), PAYLOAD, signature)).isFalse();
    assertThat(KioskEntries.verify(SECRET, PAYLOAD, null)).isFalse();
    assertThat(KioskEntries.verify(SECRET, PAYLOAD, "")).isFalse();
  }

  @Test
  void aPayloadIsRead() {
    var p = KioskEntries.read(PAYLOAD).orElseThrow();
    assertThat(p.clientId()).isEqualTo("0b6f3c1e-1111-4a4a-9c9c-123456789abc");
    assertThat(p.answeredAt()).isEqualTo(OffsetDateTime.parse("2026-07-01T09:30:00+07:00"));
    assertThat(p.survey()).isEqualTo("kiosk");
    assertThat(p.version()).isEqualTo(1);
    assertThat(p.token()).isEmpty();
    assertThat(p.answers().asJsonObject().getInt("satisfaction")).isEqualTo(3);
    assertThat(KioskEntries.read(PAYLOAD.replace("\"version\":1,", "\"token\":\"ABCDEFGH23\",")))
        .hasValueSatisfying(q -> assertThat(q.token()).contains("ABCDEFGH23"));
  }

  @Test
  void unreadablePayloads() {
    assertThat(KioskEntries.read(null)).isEmpty();
    assertThat(KioskEntries.read("")).isEmpty();
    assertThat(KioskEntries.read("[1]")).isEmpty();
    assertThat(KioskEntries.read("{")).isEmpty();
    assertThat(KioskEntries.read(PAYLOAD.replace("0b6f3c1e", "0b6f 3c1e"))).isEmpty();
    assertThat(KioskEntries.read(PAYLOAD.replace("2026-07-01T09:30:00+07:00", "yesterday")))
        .isEmpty();
    assertThat(KioskEntries.read(PAYLOAD.replace("\"version\":1", "\"version\":\"1\""))).isEmpty();
    assertThat(KioskEntries.read(PAYLOAD.replace("\"version\":1,", "\"token\":5,"))).isEmpty();
    assertThat(KioskEntries.read("{\"clientId\":\"" + "x".repeat(9000) + "\"}")).isEmpty();
    assertThat(KioskEntries.clientIdOf("nonsense")).isEmpty();
  }

  @Test
  void answeringTimesAreChecked() {
    var now = OffsetDateTime.parse("2026-07-01T10:00:00Z");
    var month = Duration.ofDays(30);
    assertThat(KioskEntries.plausible(now, now, month)).isTrue();
    assertThat(KioskEntries.plausible(now.plusMinutes(4), now, month)).isTrue();
    assertThat(KioskEntries.plausible(now.plusMinutes(6), now, month)).isFalse();
    assertThat(KioskEntries.plausible(now.minusDays(29), now, month)).isTrue();
    assertThat(KioskEntries.plausible(now.minusDays(31), now, month)).isFalse();
  }
}
