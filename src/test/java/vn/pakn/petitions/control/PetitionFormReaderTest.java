package vn.pakn.petitions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.pakn.petitions.entity.Channel;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.petitions.entity.SenderType;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;
import vn.pakn.testing.PetitionJson;

class PetitionFormReaderTest {

  @Test
  void readsAValidPetition() {
    PetitionForm form = PetitionFormReader.read(PetitionJson.valid(), Messages.VIETNAMESE);
    assertThat(form.sender().type()).isEqualTo(SenderType.PERSON);
    assertThat(form.sender().phone()).isEqualTo("0912345678");
    assertThat(form.content().kind()).isEqualTo(PetitionKind.CONDUCT);
    assertThat(form.content().fieldCode()).isEqualTo("TPHT");
    assertThat(form.channel()).isEqualTo(Channel.WEB);
    assertThat(form.language()).isEqualTo("vi");
    assertThat(form.publishName()).isFalse();
  }

  @Test
  void theLanguageDefaultsToTheCallersAndCanBeChosen() {
    assertThat(PetitionFormReader.read(PetitionJson.valid(), Locale.ENGLISH).language())
        .isEqualTo("en");
    assertThat(
            PetitionFormReader.read(PetitionJson.with("language", "vi"), Locale.ENGLISH).language())
        .isEqualTo("vi");
  }

  @Test
  void aMailingAddressMayStandInForThePhone() {
    JsonObject json =
        PetitionJson.with(
            "sender",
            PetitionJson.edit(
                PetitionJson.valid().getJsonObject("sender"),
                b -> b.remove("phone").add("mailingAddress", "Hộp thư 12, Bưu điện Phù Yên")));
    assertThat(PetitionFormReader.read(json, Messages.VIETNAMESE).sender().mailingAddress())
        .isEqualTo("Hộp thư 12, Bưu điện Phù Yên");
  }

  @Test
  void phoneNumbersAreAcceptedInTheirUsualVietnameseForms() {
    for (String phone :
        new String[] {
          "0912345678",
          "091 234 5678",
          "+84 912 345 678",
          "84912345678",
          "(024) 3825 1234",
          "0243.825.1234"
        }) {
      assertThat(
              PetitionFormReader.read(PetitionJson.withSender("phone", phone), Messages.VIETNAMESE)
                  .sender()
                  .phone())
          .as(phone)
          .matches("\\+?\\d+");
    }
    for (String phone : new String[] {"12345", "0012345678", "091234567890123", "phone"}) {
      assertThat(violations(PetitionJson.withSender("phone", phone)))
          .as(phone)
          .containsExactly(new Violation("sender.phone", "phone.format"));
    }
  }

  @Test
  void anOrganisationsTaxCodeHasTenDigitsOrThirteenForADependentUnit() {
    for (String taxCode : new String[] {"0101234567", "0101234567-001", "0101234567001"}) {
      assertThat(
              PetitionFormReader.read(organisation(taxCode), Messages.VIETNAMESE)
                  .sender()
                  .taxCode())
          .isEqualTo(taxCode);
    }
    for (String taxCode :
        new String[] {"010123456", "001203012345", "01012345670", "0101234567-01", "12AB"}) {
      assertThat(violations(organisation(taxCode)))
          .as(taxCode)
          .containsExactly(new Violation("sender.taxCode", "taxCode.organisation"));
    }
  }

  @Test
  void aPersonsTaxCodeIsTheTwelveDigitIdentificationNumber() {
    assertThat(
            PetitionFormReader.read(
                    PetitionJson.withSender("taxCode", "001203012345"), Messages.VIETNAMESE)
                .sender()
                .taxCode())
        .isEqualTo("001203012345");
    for (String taxCode :
        new String[] {"0101234567", "0101234567-001", "101203012345", "00120301234", "12AB"}) {
      assertThat(violations(PetitionJson.withSender("taxCode", taxCode)))
          .as(taxCode)
          .containsExactly(new Violation("sender.taxCode", "taxCode.person"));
    }
  }

  @Test
  void codesFromAListAreTakenExactlyAsListed() {
    assertThat(violations(PetitionJson.withSender("type", " PERSON")))
        .extracting(Violation::field, Violation::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sender.type", "enum.unknown"));
    assertThat(violations(PetitionJson.with("kind", "CONDUCT ")))
        .extracting(Violation::field, Violation::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "enum.unknown"));
    assertThat(violations(PetitionJson.with("channel", "web")))
        .extracting(Violation::field)
        .containsExactly("channel");
  }

  @Test
  void contentOfInvisibleCharactersOnlyIsMissing() {
    for (String blank :
        new String[] {
          "\u3164".repeat(20), "\u2800".repeat(20), "\u0301\u0300\u0303".repeat(5), " . . . . . . "
        }) {
      assertThat(violations(PetitionJson.with("content", blank)))
          .as(blank)
          .containsExactly(new Violation("content", "required"));
    }
    assertThat(violations(PetitionJson.with("title", "\u3164".repeat(10))))
        .containsExactly(new Violation("title", "required"));
  }

  private static JsonObject organisation(String taxCode) {
    return PetitionJson.with(
        "sender",
        PetitionJson.edit(
            PetitionJson.valid().getJsonObject("sender"),
            b -> b.add("type", "ORGANISATION").add("taxCode", taxCode)));
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    JsonObject json =
        Json.createObjectBuilder()
            .add("sender", Json.createObjectBuilder().add("type", "ROBOT"))
            .add("kind", "COMPLAINT")
            .add("title", 42)
            .build();
    assertThat(violations(json))
        .extracting(Violation::field)
        .containsExactly(
            "sender.type",
            "sender.name",
            "sender.address",
            "sender.phone",
            "kind",
            "field",
            "procedure",
            "title",
            "content");
  }

  @Test
  void aProposalNeedNotNameAnExistingProcedure() {
    JsonObject proposal =
        PetitionJson.edit(
            PetitionJson.valid(),
            b -> b.add("kind", "PROPOSAL").add("subKind", "NEW_REGULATION").remove("procedure"));
    assertThat(PetitionFormReader.read(proposal, Messages.VIETNAMESE).content().procedure())
        .isNull();
    assertThat(violations(PetitionJson.with("procedure", (JsonValue) null)))
        .containsExactly(new Violation("procedure", "required"));
  }

  @Test
  void aSubKindMustBelongToTheKind() {
    assertThat(violations(PetitionJson.with("subKind", "UNLAWFUL")))
        .containsExactly(new Violation("subKind", "subKind.mismatch", "UNLAWFUL", "CONDUCT"));
  }

  @Test
  void lengthsAreCountedInCharactersNotBytes() {
    String title250 = "Đ".repeat(250);
    assertThat(
            PetitionFormReader.read(PetitionJson.with("title", title250), Messages.VIETNAMESE)
                .content()
                .title())
        .hasSize(250);
    assertThat(violations(PetitionJson.with("title", title250 + "Đ")))
        .containsExactly(new Violation("title", "text.tooLong", 250));
    assertThat(violations(PetitionJson.with("content", "Ngắn quá")))
        .containsExactly(new Violation("content", "text.tooShort", 10));
  }

  @Test
  void unknownMembersAreIgnoredSoPartnersCanSendMore() {
    JsonObject json = PetitionJson.with("partnerReference", "HS-2026-0001");
    assertThat(PetitionFormReader.read(json, Messages.VIETNAMESE).content().title()).isNotBlank();
  }

  private static java.util.List<Violation> violations(JsonObject json) {
    var problem =
        catchThrowableOfType(
            ProblemException.class, () -> PetitionFormReader.read(json, Messages.VIETNAMESE));
    assertThat(problem).as("expected a refusal").isNotNull();
    assertThat(problem.status()).isEqualTo(400);
    return problem.violations();
  }

  @Test
  void anOfficerMayGiveTheDayALetterArrivedButNotInTheFutureNorForTheWeb() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    JsonObject letter =
        PetitionJson.edit(
            PetitionJson.valid(),
            b -> b.add("channel", "LETTER").add("receivedOn", today.minusDays(3).toString()));
    assertThat(PetitionFormReader.read(letter, Messages.VIETNAMESE).receivedOn())
        .isEqualTo(today.minusDays(3));
    assertThat(
            violations(
                PetitionJson.edit(
                    PetitionJson.valid(),
                    b ->
                        b.add("channel", "LETTER")
                            .add("receivedOn", today.plusDays(1).toString()))))
        .containsExactly(new Violation("receivedOn", "receivedOn.future"));
    assertThat(
            violations(
                PetitionJson.edit(
                    PetitionJson.valid(),
                    b ->
                        b.add("channel", "PHONE")
                            .add("receivedOn", today.minusDays(61).toString()))))
        .containsExactly(new Violation("receivedOn", "receivedOn.tooOld", 60));
    assertThat(violations(PetitionJson.with("receivedOn", today.toString())))
        .containsExactly(new Violation("receivedOn", "receivedOn.web"));
    assertThat(
            violations(
                PetitionJson.edit(
                    PetitionJson.valid(),
                    b -> b.add("channel", "DESK").add("receivedOn", "03/12/2026"))))
        .containsExactly(new Violation("receivedOn", "receivedOn.format"));
  }
}
