package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.testing.Api;
import vn.pakn.testing.Api.Reply;
import vn.pakn.testing.Deployments;
import vn.pakn.testing.PetitionJson;

/**
 * The served {@code /openapi} document is the partners' contract: standard, complete, compatible
 * with the released one in docs/openapi.json, and its limits are the server's limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  JsonObject served() {
    Reply reply = api.get("openapi?format=JSON", "Accept", "application/json");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void everyOperationHasAUniqueIdATagSecurityAndProblemErrors() {
    JsonObject doc = served();
    assertThat(doc.containsKey("endpoints")).as("no non-standard top-level member").isFalse();
    assertThat(doc.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/");
    Set<String> ids = new HashSet<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!(item.get(method) instanceof JsonObject op) || method.equals("parameters")) {
          continue;
        }
        String where = method + " " + path;
        assertThat(op.getString("operationId")).as(where).contains(".");
        assertThat(ids.add(op.getString("operationId"))).as("unique: " + where).isTrue();
        assertThat(op.getJsonArray("tags")).as(where).hasSize(1);
        assertThat(op.getJsonArray("security")).as(where).isNotEmpty();
        assertThat(op.getJsonObject("responses").getJsonObject("400").getString("$ref"))
            .as(where)
            .isEqualTo("#/components/responses/Invalid");
      }
    }
    assertThat(ids).contains("petitions.file", "inbox.act", "answers.search", "petitions.follow");
    assertThat(
            doc.getJsonObject("components")
                .getJsonObject("responses")
                .getJsonObject("Invalid")
                .getJsonObject("content")
                .getJsonObject("application/problem+json")
                .getJsonObject("schema")
                .getString("$ref"))
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void theServedContractBreaksNothingOfTheReleasedOne() throws Exception {
    assumeTrue(Files.exists(Path.of("docs/openapi.json")), "no released contract checked in yet");
    JsonObject released =
        Json.createReader(Files.newBufferedReader(Path.of("docs/openapi.json"))).readObject();
    assertThat(ContractCompatibility.breakingChanges(released, served())).isEmpty();
  }

  @Test
  void theDocumentIsServedWhateverTheFormatOrAcceptAsked() {
    for (String query :
        new String[] {"", "?format=JSON", "?format=json", "?format=YAML", "?format=x"}) {
      assertThat(api.get("openapi" + query).status()).as(query).isLessThan(500);
    }
    for (String accept :
        new String[] {"application/json", "application/yaml", "text/html", "*/*", "x/;;"}) {
      assertThat(api.get("openapi", "Accept", accept).status()).as(accept).isLessThan(500);
    }
  }

  @Test
  void whatTheFilingSchemaRefusesTheServerRefusesNamingTheSameField() {
    JsonObject filing =
        served()
            .getJsonObject("components")
            .getJsonObject("schemas")
            .getJsonObject("PetitionFiling");
    JsonObject properties = filing.getJsonObject("properties");
    int titleMax = properties.getJsonObject("title").getInt("maxLength");
    int contentMax = properties.getJsonObject("content").getInt("maxLength");
    assertThat(filing.getJsonArray("required").getValuesAs(JsonValue::toString))
        .contains("\"title\"", "\"kind\"", "\"sender\"");

    assertThat(file("title", Json.createValue("Đ".repeat(titleMax))).status()).isEqualTo(201);
    assertThat(file("title", Json.createValue("Đ".repeat(titleMax + 1))).violatedFields())
        .containsExactly("title");
    assertThat(file("content", Json.createValue("ệ".repeat(contentMax + 1))).violatedFields())
        .containsExactly("content");
    String unknownKind = "NOT_A_KIND";
    assertThat(properties.getJsonObject("kind").getJsonArray("enum").toString())
        .doesNotContain(unknownKind);
    assertThat(file("kind", Json.createValue(unknownKind)).violatedFields()).contains("kind");
    assertThat(file("title", Json.createValue(5)).violatedFields()).containsExactly("title");
    assertThat(file("sender", null).violatedFields()).contains("sender");
  }

  Reply file(String field, JsonValue value) {
    Reply reply = api.postJson("api/petitions", PetitionJson.with(field, value).toString());
    if (reply.status() != 201) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }
    return reply;
  }
}
