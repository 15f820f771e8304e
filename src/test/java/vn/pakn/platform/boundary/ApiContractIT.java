package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.partner.ApiClient;
import vn.pakn.partner.ApiException;
import vn.pakn.partner.api.OfficersApi;
import vn.pakn.partner.api.PetitionsApi;
import vn.pakn.partner.api.SearchApi;
import vn.pakn.partner.model.Credentials;
import vn.pakn.partner.model.OfficerPetitionView;
import vn.pakn.partner.model.PetitionFiling;
import vn.pakn.partner.model.Problem;
import vn.pakn.partner.model.Results;
import vn.pakn.partner.model.Sender;
import vn.pakn.partner.model.Violation;
import vn.pakn.partner.model.WorkflowAction;
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
    JsonObject served = served();
    // kept for releasing (docs/api.md) and for the linters of docs/api-check.sh
    Files.writeString(
        Path.of(System.getProperty("pakn.buildDirectory", "target"), "openapi-served.json"),
        served.toString());
    assertThat(ContractCompatibility.breakingChanges(released, served)).isEmpty();
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

  // --- a partner built from the contract alone: the client generated from docs/openapi.json ----

  /**
   * The generated client, told the one thing the contract cannot: the generator makes a method with
   * file parameters from an operation that takes multipart or JSON, but its client then picks JSON
   * whenever JSON is offered and the files are lost (docs/api.md says so to partners).
   */
  ApiClient partner() {
    return new ApiClient() {
      @Override
      public String selectHeaderContentType(String[] contentTypes) {
        return List.of(contentTypes).contains("multipart/form-data")
            ? "multipart/form-data"
            : super.selectHeaderContentType(contentTypes);
      }
    }.setBasePath(base.toString().replaceFirst("/$", ""));
  }

  static PetitionFiling filing(String title) {
    return new PetitionFiling()
        .kind(PetitionFiling.KindEnum.CONDUCT)
        .subKind(PetitionFiling.SubKindEnum.DELAY)
        .field("TPHT")
        .procedure("Đăng ký khai sinh")
        .title(title)
        .content(
            "Tôi nộp hồ sơ đăng ký khai sinh cho con tại UBND xã, đến nay quá hạn mà chưa nhận"
                + " được kết quả.")
        .sender(
            new Sender()
                .type(Sender.TypeEnum.PERSON)
                .name("Nguyễn Thị Hoa")
                .address("Tổ 5, thị trấn Phù Yên, tỉnh Sơn La")
                .phone("0912 345 678")
                .email("hoa@example.vn"));
  }

  @Test
  void aPartnerBuiltFromTheContractFilesFollowsHandlesAndSearches() throws Exception {
    PetitionsApi citizen = new PetitionsApi(partner());
    File scan = Files.createTempFile(Path.of("target"), "giay-to-", ".pdf").toFile();
    Files.writeString(scan.toPath(), "%PDF-1.4\n% partner\ntrailer <<>>\n%%EOF\n");

    // file with an attachment (multipart, the petition as a JSON part)
    Map<?, ?> receipt =
        (Map<?, ?>)
            citizen.petitionsFile(filing("Chậm trả kết quả khai sinh"), null, List.of(scan));
    String code = (String) receipt.get("trackingCode");
    String key = (String) receipt.get("accessKey");
    assertThat(code).startsWith("PAKN-");
    assertThat(key).isNotBlank();

    // follow it with the access key
    Map<?, ?> followed = (Map<?, ?>) citizen.petitionsFollow(code, key, null);
    assertThat(followed.get("title")).isEqualTo("Chậm trả kết quả khai sinh");
    assertThat((List<?>) followed.get("attachments")).hasSize(1);

    // sign in as the receiving officer (bearer token) and take a workflow step
    Map<?, ?> token =
        (Map<?, ?>)
            new OfficersApi(partner())
                .tokensIssue(new Credentials().username("receiver").password("demo"));
    ApiClient officer = partner();
    officer.setBearerToken((String) token.get("token"));
    PetitionsApi inbox = new PetitionsApi(officer);
    OfficerPetitionView before = inbox.inboxOne(code);
    assertThat(before.getAttachments()).hasSize(1);
    OfficerPetitionView classified =
        inbox.inboxAct(
            code,
            new WorkflowAction()
                .action(WorkflowAction.ActionEnum.CLASSIFY)
                .version(before.getVersion().longValueExact())
                .withinCompetence(true));
    assertThat(classified.getVersion()).isGreaterThan(before.getVersion());

    // a step on a stale version is a 409 problem, read as a typed object
    ApiException stale =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class,
            () ->
                inbox.inboxAct(
                    code,
                    new WorkflowAction()
                        .action(WorkflowAction.ActionEnum.ACCEPT)
                        .version(before.getVersion().longValueExact())));
    assertThat(stale.getCode()).isEqualTo(409);
    assertThat(Problem.fromJson(stale.getResponseBody()).getStatus()).isEqualTo(409);

    // search the published answers, anonymously
    Results results =
        new SearchApi(partner()).answersSearch("khai sinh", null, null, null, null, "date", 1, 10);
    assertThat(results.getPage()).isEqualTo(1L);
    assertThat(results.getTotal()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    assertThat(results.getHits()).hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void aPartnerReadsItsMistakesAsTypedProblemsInItsLanguage() throws Exception {
    PetitionsApi citizen = new PetitionsApi(partner());
    String tooLong = "Đ".repeat(251);
    ApiException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class, () -> citizen.petitionsFile(filing(tooLong), null, null));
    assertThat(refused.getCode()).isEqualTo(400);
    Problem problem = Problem.fromJson(refused.getResponseBody());
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getViolations()).extracting(Violation::getField).containsExactly("title");
    assertThat(problem.getViolations().get(0).getMessage()).isNotBlank();

    ApiClient english = partner();
    english.addDefaultHeader("Accept-Language", "en");
    ApiException wrongSort =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class,
            () -> new SearchApi(english).answersSearch(null, null, null, null, null, "x", 1, 10));
    Problem inEnglish = Problem.fromJson(wrongSort.getResponseBody());
    assertThat(inEnglish.getViolations()).extracting(Violation::getField).containsExactly("sort");
    assertThat(inEnglish.getTitle()).isNotEqualTo(problem.getTitle());
  }

  // --- the running app's requests and answers against the served document --------------------

  OpenApiInteractionValidator validator() {
    return OpenApiInteractionValidator.createForInlineApiSpecification(served().toString()).build();
  }

  /** What the validator finds wrong in an answer, as readable lines; empty when it conforms. */
  static List<String> answerErrors(
      OpenApiInteractionValidator validator, String method, String path, Reply reply) {
    var answer = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
    if (reply.header("Content-Type") != null) {
      answer.withContentType(reply.header("Content-Type"));
    }
    ValidationReport report =
        validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> method + " " + path + " " + reply.status() + ": " + m.getMessage())
        .toList();
  }

  @Test
  void theRunningAppAnswersWhatTheServedDocumentSays() {
    OpenApiInteractionValidator validator = validator();
    List<String> errors = new ArrayList<>();
    // public reference data
    for (String path :
        List.of("/api/petition-kinds", "/api/fields", "/api/agencies", "/api/surveys")) {
      errors.addAll(answerErrors(validator, "GET", path, api.get(path.substring(1))));
    }
    // filing and following
    Reply filed = api.postJson("api/petitions", PetitionJson.valid().toString());
    errors.addAll(answerErrors(validator, "POST", "/api/petitions", filed));
    String code = filed.json().getString("trackingCode");
    String key = filed.json().getString("accessKey");
    String followPath = "/api/petitions/" + code;
    errors.addAll(
        answerErrors(
            validator, "GET", followPath, api.get(followPath.substring(1), "X-Access-Key", key)));
    errors.addAll(
        answerErrors(
            validator,
            "GET",
            followPath,
            api.get(followPath.substring(1), "X-Access-Key", "not-the-key")));
    // an officer's token, inbox and a workflow step
    Reply token = api.postJson("api/tokens", "{\"username\":\"receiver\",\"password\":\"demo\"}");
    errors.addAll(answerErrors(validator, "POST", "/api/tokens", token));
    String[] bearer = {"Authorization", "Bearer " + token.json().getString("token")};
    errors.addAll(answerErrors(validator, "GET", "/api/inbox", api.get("api/inbox", bearer)));
    errors.addAll(answerErrors(validator, "GET", "/api/inbox", api.get("api/inbox")));
    Reply one = api.get("api/inbox/" + code, bearer);
    errors.addAll(answerErrors(validator, "GET", "/api/inbox/" + code, one));
    Reply step =
        api.postJson(
            "api/inbox/" + code + "/actions",
            "{\"action\":\"CLASSIFY\",\"withinCompetence\":true,\"version\":"
                + one.json().getJsonNumber("version")
                + "}",
            bearer);
    assertThat(step.status()).as(step.toString()).isEqualTo(200);
    errors.addAll(answerErrors(validator, "POST", "/api/inbox/" + code + "/actions", step));
    // search, and its refusals
    errors.addAll(
        answerErrors(validator, "GET", "/api/answers", api.get("api/answers?q=khai+sinh&size=5")));
    errors.addAll(
        answerErrors(validator, "GET", "/api/answers", api.get("api/answers?sort=sideways")));
    errors.addAll(
        answerErrors(
            validator,
            "GET",
            "/api/answers/similar",
            api.get("api/answers/similar?text=%C4%91%C4%83ng+k%C3%BD+khai+sinh")));
    // a refused filing
    errors.addAll(
        answerErrors(
            validator,
            "POST",
            "/api/petitions",
            api.postJson("api/petitions", PetitionJson.with("title", "x").toString())));
    assertThat(errors).isEmpty();
  }

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  /**
   * The fields the served schema refuses in a request body, named as the server names them ({@code
   * sender.phone}); a missing or unknown member is named by itself.
   */
  static Set<String> fieldsTheSchemaRefuses(
      OpenApiInteractionValidator validator, String path, String body) {
    ValidationReport report =
        validator.validateRequest(
            SimpleRequest.Builder.post(path)
                .withContentType("application/json")
                .withBody(body)
                .build());
    Set<String> fields = new TreeSet<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR
          || !message.getKey().startsWith("validation.request.body")) {
        continue;
      }
      String pointer =
          message
              .getContext()
              .flatMap(ValidationReport.MessageContext::getPointers)
              .map(ValidationReport.MessageContext.Pointers::getInstance)
              .orElse("");
      String member = pointer.replaceFirst("^/", "").replace('/', '.');
      String prefix = member.isEmpty() ? "" : member + ".";
      if (message.getKey().endsWith(".required")
          || message.getKey().endsWith(".additionalProperties")) {
        Matcher names = QUOTED.matcher(message.getMessage());
        while (names.find()) {
          fields.add(prefix + names.group(1));
        }
      } else {
        fields.add(member.isEmpty() ? "body" : member);
      }
    }
    return fields;
  }

  @Test
  void sampleBodiesAreRefusedByTheSchemaAndTheServerAlikeNamingTheSameField() {
    OpenApiInteractionValidator validator = validator();
    assertThat(fieldsTheSchemaRefuses(validator, "/api/petitions", PetitionJson.valid().toString()))
        .isEmpty();
    List<JsonObject> refused =
        List.of(
            PetitionJson.with("title", "Đ".repeat(251)),
            PetitionJson.with("title", Json.createValue(5)),
            PetitionJson.with("kind", "NOT_A_KIND"),
            PetitionJson.with("sender", (JsonValue) null),
            PetitionJson.withSender("phone", "0".repeat(100)),
            PetitionJson.withSender("type", "ROBOT"),
            PetitionJson.with("publishName", "yes"));
    for (JsonObject body : refused) {
      Set<String> bySchema = fieldsTheSchemaRefuses(validator, "/api/petitions", body.toString());
      Reply reply = api.postJson("api/petitions", body.toString());
      assertThat(reply.status()).as(body + " → " + reply).isEqualTo(400);
      assertThat(bySchema).as("the schema refuses " + body).isNotEmpty();
      assertThat(reply.violatedFields()).as(body.toString()).containsAll(bySchema);
    }
    // a member the server does not know is passed over, so a partner's newer fields do no harm,
    // and the document does not close the filing (asked of the document itself: the validator
    // library closes every object schema by default)
    JsonObject extra = PetitionJson.with("unexpected", "x");
    assertThat(api.postJson("api/petitions", extra.toString()).status()).isEqualTo(201);
    assertThat(
            served()
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("PetitionFiling"))
        .doesNotContainKey("additionalProperties");
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
