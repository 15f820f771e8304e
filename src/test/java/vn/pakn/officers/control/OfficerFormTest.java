package vn.pakn.officers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

class OfficerFormTest {

  private static JsonObject valid(Consumer<JsonObjectBuilder> change) {
    JsonObjectBuilder b =
        Json.createObjectBuilder(
            Json.createReader(
                    new StringReader(
                        "{\"username\":\"Nam.TV\",\"displayName\":\"  Trần Văn Nam \","
                            + "\"email\":\"nam.tv@sotuphap.sonla.gov.vn\",\"agency\":\"SL-STP\","
                            + "\"roles\":[\"HANDLER\",\"LEADER\"],\"active\":false}"))
                .readObject());
    change.accept(b);
    return b.build();
  }

  private static Set<String> refused(JsonObject json, boolean isNew) {
    try {
      if (isNew) {
        OfficerForm.forNew(json);
      } else {
        OfficerForm.forChange(json);
      }
    } catch (ProblemException e) {
      assertThat(e.status()).isEqualTo(400);
      return e.violations().stream()
          .map(Violation::field)
          .collect(java.util.stream.Collectors.toSet());
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void aNewAccountIsReadTrimmedWithALowerCaseUserNameAndVietnameseMailByDefault() {
    var form = OfficerForm.forNew(valid(b -> {}));
    assertThat(form.username()).isEqualTo("nam.tv");
    assertThat(form.displayName()).isEqualTo("Trần Văn Nam");
    assertThat(form.roles()).containsExactlyInAnyOrder(Role.HANDLER, Role.LEADER);
    assertThat(form.active()).isTrue();
    assertThat(form.language()).isEqualTo(Locale.forLanguageTag("vi"));
    assertThat(OfficerForm.forNew(valid(b -> b.add("language", "en"))).language())
        .isEqualTo(Locale.forLanguageTag("en"));
  }

  @Test
  void aChangeReadsActiveAndIgnoresTheUserName() {
    var form = OfficerForm.forChange(valid(b -> b.remove("username")));
    assertThat(form.active()).isFalse();
    assertThat(form.username()).isNull();
    assertThat(refused(valid(b -> b.remove("active")), false)).containsExactly("active");
    assertThat(refused(valid(b -> b.add("active", "yes")), false)).containsExactly("active");
  }

  @Test
  void everyFieldInErrorIsNamedAtOnce() {
    JsonObject bad =
        Json.createObjectBuilder()
            .add("username", "a")
            .add("displayName", "   ")
            .add("email", "not-an-address")
            .add("roles", Json.createArrayBuilder().add("KING"))
            .add("language", "fr")
            .build();
    assertThat(refused(bad, true))
        .containsExactlyInAnyOrder(
            "username", "displayName", "email", "agency", "roles", "language");
  }

  @Test
  void lineBreaksThatCouldForgeMailHeadersAreRefusedInNamesAndAddresses() {
    assertThat(refused(valid(b -> b.add("displayName", "Nam\r\nBcc: x@example.vn")), true))
        .containsExactly("displayName");
    assertThat(refused(valid(b -> b.add("email", "nam@example.vn\nBcc: x@example.vn")), true))
        .containsExactly("email");
    assertThat(refused(valid(b -> b.add("displayName", "Nam\u202Eevil")), true))
        .containsExactly("displayName");
  }

  @Test
  void userNamesAreShortPlainAsciiWithoutSpaces() {
    for (String name : new String[] {"ab", "nguyễn", "nam tv", ".nam", "a".repeat(65), "nam/tv"}) {
      assertThat(refused(valid(b -> b.add("username", name)), true)).as(name).contains("username");
    }
    for (String name : new String[] {"abc", "nam.tv", "nam_tv-2", "0nam"}) {
      assertThat(OfficerForm.forNew(valid(b -> b.add("username", name))).username())
          .isEqualTo(name);
    }
  }

  @Test
  void rolesMustBeKnownAndAtLeastOne() {
    assertThat(refused(valid(b -> b.add("roles", Json.createArrayBuilder())), true))
        .containsExactly("roles");
    assertThat(refused(valid(b -> b.add("roles", "HANDLER")), true)).containsExactly("roles");
    assertThat(refused(valid(b -> b.add("roles", Json.createArrayBuilder().add(7))), true))
        .containsExactly("roles");
  }

  @Test
  void passwordsAreLongEnoughAndNotTheUserName() {
    Officer nam =
        Officer.invited(
            "nam.tv", "Trần Văn Nam", null, 1L, EnumSet.of(Role.HANDLER), 2L, OffsetDateTime.now());
    OfficerAccounts.checkPassword("Một câu dài dễ nhớ", nam);
    assertThatThrownBy(() -> OfficerAccounts.checkPassword("ngắn quá", nam))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.violations().get(0).key()).isEqualTo("password.length"));
    assertThatThrownBy(() -> OfficerAccounts.checkPassword("NAM.TV-2026-mùa-thu", nam))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.violations().get(0).key()).isEqualTo("password.guessable"));
    assertThatThrownBy(() -> OfficerAccounts.checkPassword("aaaaaaaaaaaaabbb", nam))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> OfficerAccounts.checkPassword(null, nam))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> OfficerAccounts.checkPassword("x".repeat(150) + "yzw".repeat(20), nam))
        .isInstanceOf(ProblemException.class);
  }
}
