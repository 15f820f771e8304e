package vn.pakn.petitions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class AccessKeyTest {

  @Test
  void isTwelveUnambiguousCharactersInGroupsOfFour() {
    for (int i = 0; i < 1000; i++) {
      assertThat(AccessKey.generate()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}");
    }
  }

  @Test
  void doesNotRepeat() {
    var seen = new HashSet<String>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add(AccessKey.generate())).isTrue();
    }
  }

  @Test
  void matchesItsHashHoweverItIsTyped() {
    String key = "7K3M-Q9XA-2BF0";
    String stored = AccessKey.hash(key);
    assertThat(stored).hasSize(64).doesNotContain("7K3M");
    assertThat(AccessKey.matches(key, stored)).isTrue();
    assertThat(AccessKey.matches("7k3mq9xa2bfo", stored)).isTrue(); // O typed for 0
    assertThat(AccessKey.matches(" 7K3M Q9XA 2BF0 ", stored)).isTrue();
    assertThat(AccessKey.matches("7K3M-Q9XA-2BF1", stored)).isFalse();
    assertThat(AccessKey.matches(null, stored)).isFalse();
    assertThat(AccessKey.matches("x".repeat(1000), stored)).isFalse();
  }
}
