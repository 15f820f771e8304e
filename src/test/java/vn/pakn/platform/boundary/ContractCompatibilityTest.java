package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContractCompatibilityTest {

  static JsonObject doc(String json) {
    return Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
  }

  static final String RELEASED =
      "{'paths': {'/api/petitions': {'post': {'operationId': 'petitions.file'},"
          + " 'get': {'operationId': 'petitions.old', 'deprecated': true}}},"
          + " 'components': {'schemas': {'Rating': {'required': ['satisfied', 'old'],"
          + " 'properties': {'satisfied': {}, 'old': {'deprecated': true}}}}}}";

  @Test
  void theSameContractBreaksNothing() {
    assertThat(ContractCompatibility.breakingChanges(doc(RELEASED), doc(RELEASED))).isEmpty();
  }

  @Test
  void aRemovedOperationIsABreakUnlessItWasDeprecated() {
    var current =
        doc("{'paths': {}, 'components': {'schemas': {'Rating': {'required': ['satisfied']}}}}");
    assertThat(ContractCompatibility.breakingChanges(doc(RELEASED), current))
        .containsExactly(
            "operation removed without deprecation: POST /api/petitions (petitions.file)");
  }

  @Test
  void aRequiredFieldThatDisappearsIsABreakUnlessItWasDeprecated() {
    var current =
        doc(
            "{'paths': {'/api/petitions': {'post': {}}},"
                + " 'components': {'schemas': {'Rating': {'required': []}}}}");
    assertThat(ContractCompatibility.breakingChanges(doc(RELEASED), current))
        .containsExactly("required field removed without deprecation: Rating.satisfied");
  }

  @Test
  void aRemovedSchemaIsABreakAndAdditionsAreFree() {
    var current =
        doc(
            "{'paths': {'/api/petitions': {'post': {}, 'put': {}}, '/api/new': {'get': {}}},"
                + " 'components': {'schemas': {'Other': {'required': ['x']}}}}");
    assertThat(ContractCompatibility.breakingChanges(doc(RELEASED), current))
        .containsExactly("schema removed without deprecation: Rating");
  }

  @Test
  void theCheckedInContractIsAValidReleaseBaseline() throws Exception {
    assumeTrue(Files.exists(Path.of("docs/openapi.json")), "no released contract checked in yet");
    JsonObject released =
        Json.createReader(Files.newBufferedReader(Path.of("docs/openapi.json"))).readObject();
    assertThat(released.getString("openapi")).startsWith("3.");
    assertThat(released.containsKey("endpoints")).isFalse();
    assertThat(released.getJsonObject("paths")).isNotEmpty();
  }
}
