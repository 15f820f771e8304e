package vn.pakn.platform.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The named request body schemas of the contract, with the limits the server's readers enforce
 * (PetitionFormReader, ActionRequest and the workflow's fields, Credentials, the publication,
 * survey and kiosk readers). Kept by hand until the resources read declared record types; the drift
 * guard ({@code OpenApiContractTest} and docs/api.md) keeps the two honest.
 */
final class ContractSchemas {

  private ContractSchemas() {}

  /** Request body schema name by operationId. */
  static final Map<String, String> REQUEST_BODIES =
      Map.ofEntries(
          Map.entry("petitions.file", "PetitionFiling"),
          Map.entry("petitions.provideInformation", "InformationAnswer"),
          Map.entry("petitions.rate", "Rating"),
          Map.entry("inbox.act", "WorkflowAction"),
          Map.entry("session.signIn", "Credentials"),
          Map.entry("tokens.issue", "Credentials"),
          Map.entry("publication.propose", "PublicationProposal"),
          Map.entry("publication.publish", "PublicationText"),
          Map.entry("publication.withdraw", "Withdrawal"),
          Map.entry("surveys.respond", "SurveyResponse"),
          Map.entry("surveyTokens.issue", "SurveyTokenRequest"),
          Map.entry("kiosks.receive", "KioskUpload"));

  private static final List<String> MULTIPART =
      List.of("petitions.file", "petitions.provideInformation");

  static void declare(Components components) {
    components.addSchema("PetitionFilingWithFiles", withFiles("petition", "PetitionFiling"));
    components.addSchema(
        "InformationAnswerWithFiles", withFiles("information", "InformationAnswer"));
    components.addSchema("Sender", sender());
    components.addSchema("PetitionFiling", petitionFiling());
    components.addSchema(
        "InformationAnswer",
        object("The sender's answer to a request for more information")
            .addRequired("text")
            .addProperty(
                "text",
                text(20_000)
                    .minLength(1)
                    .example("Tôi xin bổ sung bản sao giấy chứng nhận quyền sử dụng đất.")));
    components.addSchema(
        "Rating",
        object("The sender's verdict on the answer")
            .addRequired("satisfied")
            .addProperty(
                "satisfied", OASFactory.createSchema().type(SchemaType.BOOLEAN).example(true)));
    components.addSchema("WorkflowAction", workflowAction());
    components.addSchema(
        "Credentials",
        object("An officer's user name and password")
            .addRequired("username")
            .addRequired("password")
            .addProperty("username", text(64).minLength(1).example("canbo.tiepnhan"))
            .addProperty("password", text(200).minLength(1).format("password")));
    components.addSchema(
        "PublicationProposal",
        object("Redaction proposal: phrases to keep visible although they look personal")
            .addProperty(
                "keep",
                OASFactory.createSchema()
                    .type(SchemaType.ARRAY)
                    .maxItems(20)
                    .items(text(300).example("Ủy ban nhân dân tỉnh"))));
    components.addSchema(
        "PublicationText",
        object("The redacted public copy to publish")
            .addRequired("title")
            .addRequired("question")
            .addRequired("answer")
            .addProperty("title", text(300).minLength(1).example("Thời hạn cấp giấy phép xây dựng"))
            .addProperty("question", text(20_000).minLength(1))
            .addProperty("answer", text(20_000).minLength(1)));
    components.addSchema(
        "Withdrawal",
        object("Why a published answer is withdrawn")
            .addRequired("reason")
            .addProperty("reason", text(2_000).minLength(1).example("Công bố nhầm hồ sơ")));
    components.addSchema(
        "SurveyResponse",
        closed(object("A survey response tied to a single-use token"))
            .addRequired("token")
            .addRequired("answers")
            .addProperty("token", text(64).minLength(1))
            .addProperty("version", integer(1, 10_000))
            .addProperty(
                "answers",
                OASFactory.createSchema()
                    .type(SchemaType.OBJECT)
                    .maxProperties(200)
                    .description("Answers by question id, as the survey definition declares")));
    components.addSchema(
        "SurveyTokenRequest",
        object("A receipt to rate: the token is printed as a QR code on the receipt")
            .addRequired("receiptNumber")
            .addProperty(
                "receiptNumber", text(64).minLength(1).example("000.00.12.H56-250101-0001"))
            .addProperty("procedureCode", text(64))
            .addProperty("desk", text(64))
            .addProperty("survey", text(64)));
    components.addSchema(
        "KioskEntry",
        object("One queued kiosk response, signed by the kiosk's secret (HMAC)")
            .addRequired("payload")
            .addRequired("signature")
            .addProperty("payload", text(65_536))
            .addProperty("signature", text(256)));
    components.addSchema(
        "KioskUpload",
        object("A kiosk's queued responses; each is stored once or quarantined with a reason")
            .addRequired("entries")
            .addProperty(
                "entries",
                OASFactory.createSchema()
                    .type(SchemaType.ARRAY)
                    .maxItems(200)
                    .items(ref("KioskEntry"))));
  }

  /**
   * Query parameters of resources that read them from the request's URI rather than declaring them
   * (so the scanner sees none), with the limits AnswersResource enforces; it refuses any other
   * parameter.
   */
  private static Map<String, List<Parameter>> queryParameters() {
    // built when the document is, never at class load: the schema factory exists only in the server
    return Map.of(
        "answers.search",
        List.of(
            query("q", text(2000), "The words as typed; none lists every answer")
                .example("thu tuc hanh chinh"),
            query("field", text(32), "A field's code (lĩnh vực), from GET /api/fields"),
            query("agency", text(32), "An agency's code, from GET /api/agencies"),
            query("year", integer(1990, 9999), "The year the answer was published"),
            query("kind", enumeration("CONDUCT", "REGULATION_CONTENT", "PROPOSAL"), null),
            query("sort", enumeration("relevance", "date"), "relevance (default) or date"),
            query("page", integer(1, 10_000), "From 1; page × size stays within 10,000"),
            query("size", integer(1, 100), "Answers per page, 10 by default")),
        "answers.similar",
        List.of(
            query("text", text(20_000), "The text to compare, e.g. a petition being written"),
            query("max", integer(1, 10), "At most this many answers, 5 by default")));
  }

  private static Parameter query(String name, Schema schema, String description) {
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.QUERY)
        .schema(schema)
        .description(description);
  }

  static void describe(String operationId, Operation operation) {
    List<Parameter> parameters = queryParameters().get(operationId);
    if (parameters != null && operation.getParameters() == null) {
      operation.setParameters(new java.util.ArrayList<>(parameters));
    }
    String name = REQUEST_BODIES.get(operationId);
    if (name == null) {
      return;
    }
    var json = OASFactory.createMediaType().schema(ref(name)).example(EXAMPLES.get(name));
    Content content = OASFactory.createContent();
    // generators build a client's method from the first media type: multipart first, so the
    // generated method can send files too (with none it is a plain filing)
    if (MULTIPART.contains(operationId)) {
      content.addMediaType(
          "multipart/form-data", OASFactory.createMediaType().schema(ref(name + "WithFiles")));
    }
    content.addMediaType("application/json", json);
    operation.setRequestBody(
        OASFactory.createRequestBody().required(true).description(name).content(content));
  }

  private static final Map<String, Object> EXAMPLES =
      Map.of(
          "PetitionFiling",
          Map.of(
              "kind", "REGULATION_CONTENT",
              "subKind", "UNSUITABLE",
              "field", "TPHT",
              "procedure", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
              "title", "Thời hạn cấp giấy phép xây dựng quá dài",
              "content",
                  "Quy định hiện hành yêu cầu 15 ngày làm việc để cấp giấy phép xây dựng nhà ở"
                      + " riêng lẻ; đề nghị rút ngắn còn 7 ngày.",
              "sender",
                  Map.of(
                      "type", "PERSON",
                      "name", "Nguyễn Văn An",
                      "address", "12 Lê Lợi, phường Phú Hội, TP Huế",
                      "phone", "0912345678",
                      "email", "an.nguyen@example.vn")),
          "WorkflowAction",
          Map.of("action", "ACCEPT", "version", 3, "note", "Tiếp nhận, chuyển phòng Pháp chế"),
          "InformationAnswer",
          Map.of("text", "Tôi xin bổ sung bản sao giấy chứng nhận quyền sử dụng đất."),
          "Rating",
          Map.of("satisfied", true),
          "Credentials",
          Map.of("username", "canbo.tiepnhan", "password", "mật-khẩu-của-bạn"));

  /** Multipart: the JSON part and the attached files (parts named attachments). */
  private static Schema withFiles(String part, String schema) {
    return object("The JSON part '" + part + "' and the attached files")
        .addRequired(part)
        .addProperty(part, ref(schema))
        .addProperty(
            "attachments",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .maxItems(10)
                .items(
                    OASFactory.createSchema()
                        .type(SchemaType.STRING)
                        .format("binary")
                        .maxLength(10 * 1024 * 1024)));
  }

  private static Schema sender() {
    return object("Who files: a person or an organisation (Decree 20/2008, Art. 7)")
        .addRequired("type")
        .addRequired("name")
        .addRequired("address")
        .addProperty("type", enumeration("PERSON", "ORGANISATION"))
        .addProperty("name", text(200).minLength(1))
        .addProperty("address", text(500).minLength(1))
        .addProperty("phone", text(32).description("A phone number or a mailing address"))
        .addProperty("mailingAddress", text(500))
        .addProperty("email", text(254).format("email"))
        .addProperty("taxCode", text(14).description("Organisations' tax code"));
  }

  private static Schema petitionFiling() {
    return object("A petition (phản ánh, kiến nghị) as a citizen or a partner files it")
        .addRequired("kind")
        .addRequired("field")
        .addRequired("title")
        .addRequired("content")
        .addRequired("sender")
        .addProperty("kind", enumeration("CONDUCT", "REGULATION_CONTENT"))
        .addProperty(
            "subKind",
            enumeration(
                "DELAY",
                "HARASSMENT",
                "NOT_APPLIED",
                "WRONGLY_APPLIED",
                "UNSUITABLE",
                "INCONSISTENT",
                "UNLAWFUL",
                "CONTRARY_TO_TREATY",
                "OTHER",
                "SOLUTION",
                "NEW_REGULATION"))
        .addProperty(
            "field", text(32).minLength(1).description("A field code from GET /api/fields"))
        .addProperty(
            "procedure",
            text(500).description("The administrative procedure; required unless a proposal"))
        .addProperty("procedureCode", text(64))
        .addProperty("legalDocument", text(100))
        .addProperty("title", text(250).minLength(5))
        .addProperty("content", text(20_000).minLength(10))
        .addProperty("publishName", OASFactory.createSchema().type(SchemaType.BOOLEAN))
        .addProperty("channel", enumeration("WEB", "LETTER", "PHONE", "EMAIL", "DESK"))
        .addProperty("language", enumeration("vi", "en"))
        .addProperty(
            "receivedOn",
            text(10).format("date").description("For letters and desks: the day it arrived"))
        .addProperty("sender", ref("Sender"));
  }

  private static Schema workflowAction() {
    return object(
            "An officer's step on a petition; version is the petition's version the officer saw"
                + " (a stale one is refused with 409)")
        .addRequired("action")
        .addRequired("version")
        .addProperty(
            "action",
            enumeration(
                "CLASSIFY",
                "REJECT",
                "ACCEPT",
                "TRANSFER",
                "ASSIGN",
                "START",
                "REQUEST_EXTENSION",
                "APPROVE_EXTENSION",
                "REQUEST_INFORMATION",
                "DRAFT_ANSWER",
                "APPROVE_ANSWER",
                "RETURN_ANSWER",
                "SEND_ANSWER",
                "CLOSE",
                "REOPEN"))
        .addProperty(
            "version",
            OASFactory.createSchema()
                .type(SchemaType.INTEGER)
                .format("int64")
                .minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(Long.MAX_VALUE)))
        .addProperty("note", text(2_000))
        .addProperty("reason", text(2_000).description("REJECT, RETURN_ANSWER"))
        .addProperty("reasonCode", text(32).description("REJECT: a code from rejection-reasons"))
        .addProperty("comments", text(2_000))
        .addProperty("question", text(2_000).description("REQUEST_INFORMATION"))
        .addProperty("text", text(20_000).description("DRAFT_ANSWER"))
        .addProperty("handler", text(64).description("ASSIGN: the officer's user name"))
        .addProperty("toAgency", text(32).description("TRANSFER: the agency code"))
        .addProperty("kind", text(40))
        .addProperty("subKind", text(40))
        .addProperty("field", text(32))
        .addProperty("withinCompetence", OASFactory.createSchema().type(SchemaType.BOOLEAN))
        .addProperty("days", integer(1, 30).description("REQUEST_EXTENSION: working days"));
  }

  private static Schema object(String description) {
    return OASFactory.createSchema().type(SchemaType.OBJECT).description(description);
  }

  private static Schema closed(Schema schema) {
    return schema.additionalPropertiesBoolean(false);
  }

  private static Schema text(int maxLength) {
    return OpenApiContract.text(maxLength);
  }

  private static Schema integer(int min, int max) {
    return OASFactory.createSchema()
        .type(SchemaType.INTEGER)
        .format("int32")
        .minimum(BigDecimal.valueOf(min))
        .maximum(BigDecimal.valueOf(max));
  }

  private static Schema enumeration(String... values) {
    Schema schema = OASFactory.createSchema().type(SchemaType.STRING).maxLength(40);
    for (String value : values) {
      schema.addEnumeration(value);
    }
    return schema;
  }

  static Schema ref(String name) {
    return OASFactory.createSchema().ref(name);
  }
}
