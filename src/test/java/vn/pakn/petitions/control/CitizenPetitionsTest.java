package vn.pakn.petitions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.pakn.identity.control.VerifiedIdentity;
import vn.pakn.petitions.entity.Sender;
import vn.pakn.petitions.entity.SenderType;

/** Which of the sender's details a petition marks as verified by the citizens' provider. */
class CitizenPetitionsTest {

  static Sender sender(String name, String phone, String email) {
    return new Sender(SenderType.PERSON, name, "Tổ 5, Phù Yên", phone, null, email, null);
  }

  static VerifiedIdentity id(
      String name, String email, boolean emailVerified, String phone, boolean phoneVerified) {
    return new VerifiedIdentity(
        "https://id.example.vn",
        "sub-1",
        "hoa",
        email,
        emailVerified,
        name,
        phone,
        phoneVerified,
        "token");
  }

  @Test
  void theDetailsThatAreWhatTheProviderVerifiedAreMarked() {
    assertThat(
            CitizenPetitions.verified(
                sender("Nguyễn Thị Hoa", "0912 345 678", "Hoa@Example.vn"),
                id("Nguyễn Thị Hoa", "hoa@example.vn", true, "+84912345678", true)))
        .containsExactly("name", "email", "phone");
  }

  @Test
  void aNameTypedInDecomposedUnicodeIsTheSameName() {
    String nfd = Normalizer.normalize("Nguyễn Thị Hoa", Normalizer.Form.NFD);
    assertThat(
            CitizenPetitions.verified(
                sender(nfd, null, null), id("Nguyễn Thị Hoa", null, false, null, false)))
        .containsExactly("name");
  }

  @Test
  void detailsTheProviderDidNotVerifyOrThatWereChangedAreNotMarked() {
    assertThat(
            CitizenPetitions.verified(
                sender("Trần Văn Nam", "0912 345 679", "hoa@example.vn"),
                id("Nguyễn Thị Hoa", "hoa@example.vn", false, "+84912345678", true)))
        .as("another name, an unverified email, another number")
        .isEmpty();
    assertThat(
            CitizenPetitions.verified(
                sender("Nguyễn Thị Hoa", "0912 345 678", null),
                id(null, null, false, "+84912345678", false)))
        .as("a phone number the provider did not verify")
        .isEmpty();
  }

  @Test
  void aShortOrEmptyNumberNeverMatches() {
    assertThat(CitizenPetitions.verified(sender("A", "", null), id(null, null, false, "+84", true)))
        .isEmpty();
  }
}
