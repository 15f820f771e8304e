package vn.pakn.surveys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.control.AgencyRef;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.LoadedSurveys;
import vn.pakn.surveys.control.SurveyResponses;
import vn.pakn.surveys.control.SurveyResponses.KioskResults;
import vn.pakn.surveys.control.SurveyResponses.SignedEntry;
import vn.pakn.surveys.control.TokenCodes;
import vn.pakn.surveys.entity.Kiosk;

/**
 * Kiosks at service desks: registered by administrators (the secret is shown once, in the set-up
 * link), described publicly to the kiosk page, and sending their queued responses, each signed with
 * the kiosk's secret.
 */
@Path("kiosks")
@Produces(MediaType.APPLICATION_JSON)
public class KiosksResource {

  /** Most entries per batch a kiosk sends from its queue. */
  static final int MAX_ENTRIES = 200;

  static final String DEFAULT_SURVEY = "kiosk";

  @Inject Agencies agencies;
  @Inject CurrentOfficer officer;
  @Inject LoadedSurveys surveys;
  @Inject SurveyResponses responses;
  @PersistenceContext EntityManager em;

  public record KioskView(
      String code,
      String agency,
      String agencyName,
      String desk,
      String survey,
      boolean active,
      OffsetDateTime createdAt) {}

  public record Registered(String code, String secret, String setupUrl, KioskView kiosk) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary =
          "Register a kiosk (administrator): {\"agency\", \"desk\", \"survey\"?} → 201 with its"
              + " secret, shown once")
  public Response register(InputStream body) throws IOException {
    Actor admin = officer.require(Role.ADMIN);
    JsonObject json = JsonBodies.parseObject(JsonBodies.readAtMost(body, 8192), "body");
    List<Violation> violations = new ArrayList<>();
    String agencyCode = SurveyTokensResource.text(json, "agency", violations, true);
    String desk = SurveyTokensResource.text(json, "desk", violations, true);
    if (desk != null
        && (desk.length() > 100 || TextRules.forbiddenCharacter(desk, false).isPresent())) {
      violations.add(new Violation("desk", "survey.desk.format"));
    }
    String survey = SurveyTokensResource.text(json, "survey", violations, false);
    survey = survey == null ? DEFAULT_SURVEY : survey;
    if (surveys.definitions().latest(survey).isEmpty()) {
      violations.add(new Violation("survey", "survey.unknown", survey));
    }
    AgencyRef agency = agencyCode == null ? null : agencies.refByCode(agencyCode).orElse(null);
    if (agencyCode != null && agency == null) {
      violations.add(new Violation("agency", "agency.unknown", agencyCode));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    String secret = TokenCodes.newSecret();
    var kiosk =
        new Kiosk(
            TokenCodes.newKioskCode(),
            agency.id(),
            desk,
            survey,
            secret,
            OffsetDateTime.now(ZoneOffset.UTC),
            admin.username());
    em.persist(kiosk);
    em.flush();
    String setup = "kiosk.html#kiosk=" + kiosk.code() + "&secret=" + secret;
    return Response.status(201)
        .entity(new Registered(kiosk.code(), secret, setup, view(kiosk)))
        .build();
  }

  @GET
  @Operation(summary = "The kiosks (administrator), without their secrets")
  public List<KioskView> list() {
    officer.require(Role.ADMIN);
    return em.createNamedQuery(Kiosk.ALL, Kiosk.class).getResultList().stream()
        .map(this::view)
        .toList();
  }

  @POST
  @Path("{code}/deactivate")
  @Transactional
  @Operation(
      summary = "Stop counting a kiosk's responses (administrator); its entries are kept aside")
  public KioskView deactivate(@PathParam("code") String code) {
    officer.require(Role.ADMIN);
    Kiosk kiosk = find(code);
    kiosk.deactivate();
    return view(kiosk);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "What a kiosk page shows: its desk, agency and survey")
  public KioskView describe(@PathParam("code") String code) {
    return view(find(code));
  }

  @POST
  @Path("{code}/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A kiosk's queued responses: {\"entries\": [{\"payload\", \"signature\"}]}, each stored"
              + " once (by its clientId), or quarantined with a reason")
  public KioskResults receive(@PathParam("code") String code, InputStream body) throws IOException {
    JsonObject json = JsonBodies.parseObject(JsonBodies.readAtMost(body, 2L * 1024 * 1024), "body");
    if (!(json.get("entries") instanceof JsonArray array)) {
      throw ProblemException.invalid(new Violation("entries", "required"));
    }
    if (array.size() > MAX_ENTRIES) {
      throw ProblemException.invalid(new Violation("entries", "survey.kiosk.batch", MAX_ENTRIES));
    }
    List<SignedEntry> entries = new ArrayList<>();
    for (JsonValue value : array) {
      if (value instanceof JsonObject entry) {
        entries.add(new SignedEntry(string(entry, "payload"), string(entry, "signature")));
      } else {
        entries.add(new SignedEntry("", ""));
      }
    }
    return new KioskResults(responses.receive(code, entries));
  }

  private static String string(JsonObject o, String field) {
    return o.get(field) instanceof JsonString s ? s.getString() : "";
  }

  private Kiosk find(String code) {
    return em.createNamedQuery(Kiosk.BY_CODE, Kiosk.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ProblemException(404, "kiosk-not-found"));
  }

  private KioskView view(Kiosk k) {
    AgencyRef a = agencies.ref(k.agencyId()).orElse(null);
    return new KioskView(
        k.code(),
        a == null ? null : a.code(),
        a == null ? null : a.name(),
        k.desk(),
        k.surveyId(),
        k.isActive(),
        k.createdAt());
  }
}
