package vn.pakn.platform.boundary;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Turns the scanned document served at {@code /openapi} into the contract partners build on: a
 * unique operationId ({@code <resource>.<method>}) and a tag per business component, the security
 * of every operation, its errors as {@code application/problem+json}, named request schemas, and a
 * relative server so the document stays right behind a reverse proxy. Registered with {@code
 * mp.openapi.filter}; the platform knows no business component, so resources are named here by
 * their base path ({@link #RESOURCES}, checked against the classes by {@code OpenApiContractTest}).
 */
public class OpenApiContract implements OASFilter {

  /** One JAX-RS resource: its base path under {@code /api}, its name and its component. */
  public record Resource(String basePath, String name, String component) {}

  /** Every resource class's {@code @Path}, longest first, so the most specific one matches. */
  public static final List<Resource> RESOURCES =
      List.of(
              new Resource("admin/answer-imports", "answerImports", "search"),
              new Resource("admin/mails", "mails", "notifications"),
              new Resource("admin/officers", "adminOfficers", "officers"),
              new Resource("admin/operations", "operationsStatus", "operations"),
              new Resource("admin/search-index", "searchIndex", "search"),
              new Resource("admin/search-synonyms", "searchSynonyms", "search"),
              new Resource("admin/texts", "texts", "notifications"),
              new Resource("agencies", "agencies", "agencies"),
              new Resource("answers", "answers", "search"),
              new Resource("calendar", "calendar", "deadlines"),
              new Resource("challenge", "challenge", "platform"),
              new Resource("citizen-session", "citizenSession", "identity"),
              new Resource("clocks", "clocks", "deadlines"),
              new Resource("deadline-policies", "deadlinePolicies", "deadlines"),
              new Resource("fields", "fields", "agencies"),
              new Resource("inbox", "inbox", "petitions"),
              new Resource("kiosks", "kiosks", "surveys"),
              new Resource("metrics", "metrics", "operations"),
              new Resource("my-petitions", "citizenPetitions", "petitions"),
              new Resource("officers", "officers", "officers"),
              new Resource("officers/activation", "activation", "officers"),
              new Resource("par", "par", "surveys"),
              new Resource("petition-kinds", "petitionKinds", "petitions"),
              new Resource("petitions", "petitions", "petitions"),
              new Resource("petitions/{trackingCode}/signed-answer", "signedAnswers", "documents"),
              new Resource("publication", "publication", "publication"),
              new Resource("rejection-reasons", "rejectionReasons", "petitions"),
              new Resource("reports/petitions", "reports", "reports"),
              new Resource("scores", "scores", "surveys"),
              new Resource("session", "session", "officers"),
              new Resource("session/provider", "providerSignIn", "officers"),
              new Resource("signatures", "signatures", "documents"),
              new Resource("survey-tokens", "surveyTokens", "surveys"),
              new Resource("surveys", "surveys", "surveys"),
              new Resource("tokens", "tokens", "officers"))
          .stream()
          .sorted(Comparator.comparingInt((Resource r) -> r.basePath().length()).reversed())
          .toList();

  /** Who may call an operation. */
  public enum Access {
    /** Anyone; the body or the path carries what is needed (a token, a signature, a key). */
    PUBLIC,
    /** The petition's access key in {@code X-Access-Key}. */
    ACCESS_KEY,
    /** The access key, or a signed-in officer. */
    ACCESS_KEY_OR_OFFICER,
    /** A bearer token only. */
    BEARER,
    /** A signed-in officer: bearer token, or session cookie (+ CSRF header on changes). */
    OFFICER
  }

  /** Operations that are not officers-only, by operationId; every other one is {@link #OFFICER}. */
  public static final Map<String, Access> NOT_OFFICER_ONLY =
      Map.ofEntries(
          Map.entry("activation.activate", Access.PUBLIC),
          Map.entry("answers.one", Access.PUBLIC),
          Map.entry("answers.search", Access.PUBLIC),
          Map.entry("answers.similar", Access.PUBLIC),
          Map.entry("calendar.deadline", Access.PUBLIC),
          // issue 18: the citizen's own session cookie (not an officer's), and sign-in redirects
          Map.entry("citizenPetitions.list", Access.PUBLIC),
          Map.entry("citizenSession.whoAmI", Access.PUBLIC),
          Map.entry("citizenSession.start", Access.PUBLIC),
          Map.entry("citizenSession.callback", Access.PUBLIC),
          Map.entry("citizenSession.signOut", Access.PUBLIC),
          Map.entry("providerSignIn.configuration", Access.PUBLIC),
          Map.entry("providerSignIn.start", Access.PUBLIC),
          Map.entry("providerSignIn.callback", Access.PUBLIC),
          Map.entry("calendar.lunar", Access.PUBLIC),
          Map.entry("calendar.solar", Access.PUBLIC),
          Map.entry("calendar.year", Access.PUBLIC),
          Map.entry("fields.all", Access.PUBLIC),
          Map.entry("kiosks.describe", Access.PUBLIC),
          Map.entry("kiosks.receive", Access.PUBLIC),
          Map.entry("petitionKinds.all", Access.PUBLIC),
          Map.entry("petitions.file", Access.PUBLIC),
          Map.entry("petitions.requestAccessKey", Access.PUBLIC),
          Map.entry("petitions.follow", Access.ACCESS_KEY_OR_OFFICER),
          Map.entry("petitions.provideInformation", Access.ACCESS_KEY),
          Map.entry("petitions.rate", Access.ACCESS_KEY),
          Map.entry("session.signIn", Access.PUBLIC),
          Map.entry("session.signOut", Access.PUBLIC),
          Map.entry("signatures.publishedAnswer", Access.PUBLIC),
          Map.entry("signatures.validate", Access.PUBLIC),
          Map.entry("signedAnswers.pdf", Access.ACCESS_KEY),
          Map.entry("signedAnswers.summary", Access.ACCESS_KEY),
          Map.entry("surveys.all", Access.PUBLIC),
          Map.entry("surveys.one", Access.PUBLIC),
          Map.entry("surveys.respond", Access.PUBLIC),
          Map.entry("tokens.issue", Access.PUBLIC),
          Map.entry("tokens.revoke", Access.BEARER));

  private static final Set<String> IGNORED_HEADERS =
      Set.of("accept", "content-type", "authorization");

  static final String PROBLEM = "Problem";
  static final int MAX_PARAMETER_LENGTH = 2000;
  static final int MAX_ANSWER_STRING = 1_000_000;
  static final int MAX_ANSWER_ITEMS = 100_000;
  private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

  private static final Map<String, String> COMPONENT_DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(
              "petitions",
              "Phản ánh, kiến nghị: filing, following, the officers' inbox and workflow"),
          Map.entry("agencies", "Agencies (cơ quan) and fields (lĩnh vực)"),
          Map.entry("deadlines", "Working calendar, stage clocks and deadline policies"),
          Map.entry("documents", "Signed answers (PDF, PAdES) and signature verification"),
          Map.entry("identity", "Citizens' sign-in at the citizens' identity provider"),
          Map.entry("notifications", "The mail outbox"),
          Map.entry("officers", "Officers' sign-in, sessions, tokens and accounts"),
          Map.entry("operations", "Operators' status and metrics"),
          Map.entry("publication", "Redaction and publication of answers"),
          Map.entry("reports", "Reports over petitions"),
          Map.entry("search", "Search of published answers and its index"),
          Map.entry("surveys", "Surveys, survey tokens, kiosks, satisfaction scores and PAR"));

  /** Every schema the scanner made, as it is visited: outer bounds where it left them open. */
  @Override
  public Schema filterSchema(Schema schema) {
    bound(schema);
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    dropPayaraEndpoints(openAPI);
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description(
                    "Production (or any environment): this node, or the reverse proxy in front"
                        + " of it; the same contract on every node")
                .addExtension("x-internal", false)));
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    declareSecuritySchemes(components);
    declareProblems(components);
    ContractSchemas.declare(components);
    Set<String> usedComponents = new TreeSet<>();
    Set<String> operationIds = new HashSet<>();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      for (var path : openAPI.getPaths().getPathItems().entrySet()) {
        for (var entry : path.getValue().getOperations().entrySet()) {
          Operation operation = entry.getValue();
          Optional<Resource> resource = resourceOf(path.getKey());
          String name = resource.map(Resource::name).orElse("api");
          String id = unique(name + "." + methodName(operation, entry.getKey()), operationIds);
          operation.setOperationId(id);
          if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summaryOf(id));
          }
          resource.ifPresent(
              r -> {
                operation.setTags(new ArrayList<>(List.of(r.component())));
                usedComponents.add(r.component());
              });
          boolean changes =
              entry.getKey() != PathItem.HttpMethod.GET
                  && entry.getKey() != PathItem.HttpMethod.HEAD;
          Access access = NOT_OFFICER_ONLY.getOrDefault(id, Access.OFFICER);
          operation.setSecurity(security(access, changes));
          declareErrors(operation, access, path.getKey().contains("{"), changes);
          boundParameters(operation);
          boundAnswers(operation);
          ContractSchemas.describe(id, operation);
        }
      }
    }
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(OpenApiContract::bound);
    }
    List<Tag> tags = new ArrayList<>();
    for (String component : usedComponents) {
      tags.add(
          OASFactory.createTag()
              .name(component)
              .description(COMPONENT_DESCRIPTIONS.getOrDefault(component, component)));
    }
    openAPI.setTags(tags);
  }

  /**
   * Path and query parameters: the server answers 400 or 404 to an address longer than its request
   * line allows, so each string parameter says so with a bound, and numbers their width.
   */
  private static void boundParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    // OpenAPI 3.0 §4.7.12.1: header parameters named Accept, Content-Type or Authorization are
    // ignored (the media types and security say them); generators would make them arguments
    List<Parameter> kept =
        operation.getParameters().stream()
            .filter(
                p ->
                    p.getIn() != Parameter.In.HEADER
                        || p.getName() == null
                        || !IGNORED_HEADERS.contains(p.getName().toLowerCase(Locale.ROOT)))
            .toList();
    operation.setParameters(kept.isEmpty() ? null : new ArrayList<>(kept));
    if (operation.getParameters() == null) {
      return;
    }
    for (var parameter : operation.getParameters()) {
      Schema schema = parameter.getSchema();
      if (schema == null || schema.getRef() != null) {
        continue;
      }
      if (schema.getType() == Schema.SchemaType.STRING && schema.getMaxLength() == null) {
        schema.setMaxLength(MAX_PARAMETER_LENGTH);
      }
      // the scanner writes @DefaultValue as a string whatever the parameter's type
      if (schema.getDefaultValue() instanceof String text) {
        if (schema.getType() == Schema.SchemaType.BOOLEAN) {
          schema.setDefaultValue(Boolean.valueOf(text));
        } else if (schema.getType() == Schema.SchemaType.INTEGER && text.matches("-?\\d{1,18}")) {
          schema.setDefaultValue(Long.valueOf(text));
        }
      }
      if (schema.getType() == Schema.SchemaType.INTEGER) {
        if (schema.getFormat() == null) {
          schema.setFormat("int64");
        }
        if (schema.getMinimum() == null) {
          schema.setMinimum(java.math.BigDecimal.valueOf(Long.MIN_VALUE));
        }
        if (schema.getMaximum() == null) {
          schema.setMaximum(java.math.BigDecimal.valueOf(Long.MAX_VALUE));
        }
      }
    }
  }

  /**
   * Answers are bounded by what the server stores (request limits above, database columns), so the
   * contract states generous outer bounds for answers the scanner left open: strings of at most
   * {@value #MAX_ANSWER_STRING} characters, lists of at most {@value #MAX_ANSWER_ITEMS} items,
   * integers within their format. A partner may rely on these; tighter ones may come later.
   */
  private static void boundAnswers(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return;
    }
    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
      if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
        for (MediaType media : response.getContent().getMediaTypes().values()) {
          bound(media.getSchema());
        }
      }
    }
  }

  static void bound(Schema schema) {
    if (schema == null || schema.getRef() != null) {
      return;
    }
    // Payara's scanned schemas carry an empty enumeration list, not null
    if (schema.getType() == Schema.SchemaType.STRING
        && schema.getMaxLength() == null
        && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty())) {
      schema.setMaxLength(MAX_ANSWER_STRING);
    }
    if (schema.getType() == Schema.SchemaType.ARRAY && schema.getMaxItems() == null) {
      schema.setMaxItems(MAX_ANSWER_ITEMS);
    }
    if (schema.getType() == Schema.SchemaType.INTEGER) {
      boolean int32 = "int32".equals(schema.getFormat());
      if (schema.getFormat() == null) {
        schema.setFormat("int64");
      }
      if (schema.getMinimum() == null) {
        schema.setMinimum(java.math.BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
      }
      if (schema.getMaximum() == null) {
        schema.setMaximum(java.math.BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
      }
    }
    bound(schema.getItems());
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(OpenApiContract::instantIfOpaque);
      schema.getProperties().values().forEach(OpenApiContract::bound);
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      bound(schema.getAdditionalPropertiesSchema());
    }
    for (List<Schema> list :
        java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (list != null) {
        list.forEach(OpenApiContract::bound);
      }
    }
  }

  /**
   * The scanner describes a {@code java.time} member (Instant, OffsetDateTime: every such member of
   * the answers) as a bare {@code type: object}, yet JSON-B writes it as an RFC 3339 string: such a
   * member is declared as the string it is.
   */
  static void instantIfOpaque(Schema schema) {
    if (schema == null
        || schema.getType() != Schema.SchemaType.OBJECT
        || schema.getRef() != null
        || (schema.getProperties() != null && !schema.getProperties().isEmpty())
        || schema.getAdditionalPropertiesSchema() != null
        || schema.getAdditionalPropertiesBoolean() != null
        || schema.getItems() != null
        || (schema.getAllOf() != null && !schema.getAllOf().isEmpty())
        || (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty())
        || (schema.getOneOf() != null && !schema.getOneOf().isEmpty())) {
      return;
    }
    schema.setType(Schema.SchemaType.STRING);
    schema.setFormat("date-time");
    schema.setMaxLength(40);
  }

  /** The resource whose base path is the longest prefix of {@code path} (e.g. /api/inbox/…). */
  public static Optional<Resource> resourceOf(String path) {
    String relative = path.startsWith("/api/") ? path.substring(5) : path.replaceFirst("^/", "");
    return RESOURCES.stream()
        .filter(r -> relative.equals(r.basePath()) || relative.startsWith(r.basePath() + "/"))
        .findFirst();
  }

  private static String methodName(Operation operation, PathItem.HttpMethod method) {
    String id = operation.getOperationId();
    if (id == null || id.isBlank()) {
      return method.name().toLowerCase(Locale.ROOT);
    }
    int dot = id.lastIndexOf('.');
    String name = dot < 0 ? id : id.substring(dot + 1);
    // JSON and multipart bodies of one path are one operation, named after either Java method
    // depending on the scan: name it after the JSON one, whichever the scanner saw
    return name.endsWith(WITH_ATTACHMENTS)
        ? name.substring(0, name.length() - WITH_ATTACHMENTS.length())
        : name;
  }

  private static final String WITH_ATTACHMENTS = "WithAttachments";

  /** {@code adminOfficers.sendLink} → "adminOfficers: send link", for operations with none. */
  static String summaryOf(String operationId) {
    int dot = operationId.indexOf('.');
    String words =
        operationId
            .substring(dot + 1)
            .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT);
    return operationId.substring(0, dot) + ": " + words;
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + n;
    }
    return candidate;
  }

  /**
   * Payara adds a non-standard top-level {@code endpoints} map that OpenAPI validators refuse; it
   * is set before filters run, so it is cleared here through Payara's own setter when present.
   */
  private static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      // empty, not null: Payara clones the model for every request and cannot copy a null map
      Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
      setter.invoke(openAPI, new java.util.TreeMap<String, Set<String>>());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // not Payara's model: nothing to drop
    }
  }

  private static void declareSecuritySchemes(Components components) {
    components.addSecurityScheme(
        "bearer",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description(
                "An officer's API token from POST /api/tokens, sent as Authorization: Bearer …"));
    components.addSecurityScheme(
        "session",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.COOKIE)
            .name("JSESSIONID")
            .description("The officers' pages' session cookie from POST /api/session"));
    components.addSecurityScheme(
        "csrf",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name("X-CSRF-Token")
            .description(
                "The session's CSRF token (from POST or GET /api/session), required with the"
                    + " session cookie on every changing request"));
    components.addSecurityScheme(
        "accessKey",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name("X-Access-Key")
            .description(
                "A petition's access key (mã truy cập), given to the sender when filing; never in"
                    + " the address"));
  }

  private static List<SecurityRequirement> security(Access access, boolean changes) {
    return switch (access) {
      case PUBLIC -> List.of(OASFactory.createSecurityRequirement());
      case ACCESS_KEY -> List.of(requirement("accessKey"));
      case BEARER -> List.of(requirement("bearer"));
      case ACCESS_KEY_OR_OFFICER ->
          List.of(requirement("accessKey"), requirement("bearer"), requirement("session"));
      case OFFICER ->
          List.of(
              requirement("bearer"),
              changes ? requirement("session", "csrf") : requirement("session"));
    };
  }

  private static SecurityRequirement requirement(String... schemes) {
    SecurityRequirement requirement = OASFactory.createSecurityRequirement();
    for (String scheme : schemes) {
      requirement.addScheme(scheme, new ArrayList<>());
    }
    return requirement;
  }

  private static void declareProblems(Components components) {
    components.addSchema(
        "Violation",
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description("One rejected field")
            .addRequired("field")
            .addRequired("code")
            .addRequired("message")
            .addProperty(
                "field",
                text(200).description("JSON path of the field, e.g. sender.phone").example("title"))
            .addProperty(
                "code", text(100).description("Stable code of the rule").example("required"))
            .addProperty(
                "message",
                text(1000)
                    .description("The rule in the caller's language")
                    .example("Vui lòng nhập trường này")));
    components.addSchema(
        PROBLEM,
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description(
                "RFC 9457 problem details, in the caller's language (Vietnamese, or English by"
                    + " Accept-Language)")
            .addRequired("type")
            .addRequired("title")
            .addRequired("status")
            .addProperty(
                "type",
                text(200)
                    .description("Stable identifier of the problem")
                    .example("urn:pakn:problem:invalid"))
            .addProperty("title", text(500).example("Dữ liệu không hợp lệ"))
            .addProperty(
                "status",
                OASFactory.createSchema()
                    .type(Schema.SchemaType.INTEGER)
                    .format("int32")
                    .minimum(java.math.BigDecimal.valueOf(400))
                    .maximum(java.math.BigDecimal.valueOf(599))
                    .example(400))
            .addProperty("detail", text(2000))
            .addProperty(
                "correlationId",
                text(100)
                    .description("Quote it when asking for help; also the X-Correlation-Id header"))
            .addProperty(
                "violations",
                OASFactory.createSchema()
                    .type(Schema.SchemaType.ARRAY)
                    .maxItems(1000)
                    .items(OASFactory.createSchema().ref("Violation"))));
    components.addResponse(
        "Invalid", problem("The request is invalid; violations name the fields"));
    components.addResponse("Unauthorized", problem("Sign in, or send a valid token or key"));
    components.addResponse("Forbidden", problem("The caller may not do this"));
    components.addResponse("NotFound", problem("Not found (also for a wrong access key)"));
    components.addResponse(
        "Conflict",
        problem("The petition changed meanwhile, or the step is not allowed in its state"));
    components.addResponse("TooLarge", problem("The body is over its limit"));
    components.addResponse("UnsupportedType", problem("The body's media type is not accepted"));
    components.addResponse("TooManyRequests", problem("Too many attempts; try again later"));
    components.addResponse(
        "Unexpected", problem("Any other problem; a 500 never carries a stack trace"));
  }

  static Schema text(int maxLength) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(maxLength);
  }

  private static APIResponse problem(String description) {
    MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
    return OASFactory.createAPIResponse()
        .description(description)
        .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, media));
  }

  private static void declareErrors(
      Operation operation, Access access, boolean hasPathParameters, boolean changes) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    successFirst(responses);
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("400", "Invalid");
    if (access != Access.PUBLIC) {
      errors.put("401", "Unauthorized");
    }
    if (access == Access.OFFICER || access == Access.ACCESS_KEY_OR_OFFICER) {
      errors.put("403", "Forbidden");
    }
    if (hasPathParameters || access == Access.ACCESS_KEY) {
      errors.put("404", "NotFound");
    }
    if (changes) {
      errors.put("409", "Conflict");
      errors.put("413", "TooLarge");
      errors.put("415", "UnsupportedType");
    }
    errors.put("429", "TooManyRequests");
    errors.put("500", "Unexpected");
    for (var error : errors.entrySet()) {
      if (responses.getAPIResponse(error.getKey()) == null) {
        responses.addAPIResponse(
            error.getKey(), OASFactory.createAPIResponse().ref(error.getValue()));
      }
    }
    if (responses.getDefaultValue() == null) {
      responses.setDefaultValue(OASFactory.createAPIResponse().ref("Unexpected"));
    }
    if (responses.getAPIResponses() != null) {
      for (APIResponse response : responses.getAPIResponses().values()) {
        if (response.getRef() == null && response.getDescription() == null) {
          response.setDescription("OK");
        }
      }
    }
  }

  /**
   * The scanner files every answer under {@code default}; it is the success answer, so it becomes
   * {@code 2XX} (the status varies: 200, 201, 202, 204) and {@code default} is left to the
   * problems. Generators also take their {@code Accept} header from the first answer listed: a
   * success first makes it {@code application/json}, not {@code application/problem+json}.
   */
  private static void successFirst(APIResponses responses) {
    APIResponse scanned = responses.getDefaultValue();
    boolean declaresSuccess =
        responses.getAPIResponses() != null
            && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
    if (scanned == null || scanned.getRef() != null || declaresSuccess) {
      return;
    }
    responses.setDefaultValue(null);
    if (scanned.getDescription() == null || scanned.getDescription().startsWith("Default")) {
      scanned.setDescription("OK");
    }
    responses.addAPIResponse("2XX", scanned);
  }

  static Content json(Schema schema) {
    return OASFactory.createContent()
        .addMediaType("application/json", OASFactory.createMediaType().schema(schema));
  }
}
