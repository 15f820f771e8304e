package vn.pakn.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.pakn.platform.control.Violation;

class MailAddressesTest {

  @Test
  void anOrdinaryAddressAndAVietnameseNameAreKept() {
    MailRecipient recipient =
        MailAddresses.recipient(" Hoa.Nguyen+pakn@Example.VN ", " Nguyễn Thị Hoa ");

    assertThat(recipient.address()).isEqualTo("Hoa.Nguyen+pakn@example.vn");
    assertThat(recipient.displayName()).isEqualTo("Nguyễn Thị Hoa");
  }

  @Test
  void aNameIsOptionalAndComposedToNfc() {
    assertThat(MailAddresses.recipient("hoa@example.vn", "  ").name()).isEmpty();
    assertThat(MailAddresses.recipient("hoa@example.vn", "Hoa\u0300").displayName())
        .isEqualTo("Hoà");
  }

  @Test
  void internationalisedDomainsAreAcceptedInAsciiForm() {
    assertThat(MailAddresses.recipient("lienhe@tênmiền.vn", null).address())
        .isEqualTo(
            "lienhe@xn--tnmin-hsa1745b.vn"
                .replace("xn--tnmin-hsa1745b", java.net.IDN.toASCII("tênmiền")));
    assertThat(MailAddresses.recipient("lienhe@tênmiền.vn", null).address())
        .startsWith("lienhe@xn--");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hoa@example.vn\r\nBcc: all@example.vn",
        "hoa@example.vn\nBcc: all@example.vn",
        "hoa@exa\rmple.vn",
        "hoa\u0000@example.vn",
        "hoa@example.vn\u2028",
        "h\u200Boa@example.vn"
      })
  void controlAndInvisibleCharactersInAnAddressAreRefused(String address) {
    assertThatThrownBy(() -> MailAddresses.recipient(address, null))
        .isInstanceOfSatisfying(
            InvalidMailException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "recipient.address", "mail.address.forbiddenCharacter")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hoa\r\nBcc: all@example.vn",
        "Hoa\nX-Injected: yes",
        "Hoa\u202Egnp.exe",
        "Hoa\u0007"
      })
  void controlAndInvisibleCharactersInANameAreRefused(String name) {
    assertThatThrownBy(() -> MailAddresses.recipient("hoa@example.vn", name))
        .isInstanceOf(InvalidMailException.class)
        .hasMessageStartingWith("recipient.name: The recipient name contains the control");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "hoa",
        "@example.vn",
        "hoa@",
        "hoa@@example.vn",
        "hoa@ex@ample.vn",
        "hoa@localhost",
        "hoa@example.123",
        "hoa@[127.0.0.1]",
        "hoa@-example.vn",
        "hoa@exa_mple.vn",
        "hoa@example..vn",
        ".hoa@example.vn",
        "hoa.@example.vn",
        "ho..a@example.vn",
        "\"hoa nguyen\"@example.vn",
        "hòa@example.vn",
        "Hoa <hoa@example.vn>",
        "hoa@example.vn, ban@example.vn"
      })
  void malformedAddressesAreRefused(String address) {
    assertThat(MailAddresses.isValidAddress(address)).as(address).isFalse();
    assertThatThrownBy(() -> MailAddresses.recipient(address, null))
        .isInstanceOf(InvalidMailException.class)
        .hasMessageStartingWith("recipient.address: ");
  }

  @Test
  void overlongAddressesAndNamesAreRefused() {
    String longLocal = "a".repeat(65) + "@example.vn";
    String longDomain = "b".repeat(62) + "." + "c".repeat(62) + "." + "d".repeat(62) + ".vn";
    String longAddress = "a".repeat(64) + "@" + longDomain;
    String longerDomain =
        "a@"
            + String.join(
                ".", "b".repeat(63), "c".repeat(63), "d".repeat(63), "e".repeat(63), "vn");

    assertThat(MailAddresses.isValidAddress(longLocal)).isFalse();
    assertThat(MailAddresses.isValidAddress("a@" + longDomain)).isTrue();
    assertThat(longAddress).hasSize(256);
    assertThatThrownBy(() -> MailAddresses.recipient(longAddress, null))
        .hasMessageContaining("at most 254 characters");
    assertThat(MailAddresses.isValidAddress(longerDomain)).isFalse();
    assertThatThrownBy(() -> MailAddresses.recipient("hoa@example.vn", "ạ".repeat(201)))
        .hasMessageContaining("at most 200 characters");
  }

  @Test
  void bothFieldsAreReportedTogether() {
    assertThatThrownBy(() -> MailAddresses.recipient("hoa", "Hoa\r\n"))
        .isInstanceOfSatisfying(
            InvalidMailException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("recipient.address", "recipient.name"));
  }
}
