package vn.pakn.surveys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.control.AgencyRef;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.Period;
import vn.pakn.surveys.control.ScoreRollups;
import vn.pakn.surveys.control.Scores;
import vn.pakn.surveys.control.Scores.By;
import vn.pakn.surveys.control.Scores.GroupScore;
import vn.pakn.surveys.control.Scores.SurveyScore;
import vn.pakn.surveys.control.SurveySettings;

/**
 * Satisfaction scores per agency (or desk, service, officer) and period, from the monthly roll-ups:
 * {@code GET /api/scores?period=2026|2026-Q3|2026-07&agency=&by=agency|desk|service|officer}.
 * Reform officers and administrators see every agency, leaders their own.
 */
@Path("scores")
@Produces(MediaType.APPLICATION_JSON)
public class ScoresResource {

  @Inject Agencies agencies;
  @Inject CurrentOfficer officer;
  @Inject Scores scores;
  @Inject ScoreRollups rollups;
  @Inject SurveySettings settings;
  @Inject CallerContext caller;
  @PersistenceContext EntityManager em;

  @GET
  @Operation(
      summary =
          "Indices and counts: ?period=2026|2026-Q3|2026-07&agency=CODE&by=agency|desk|service|officer")
  public JsonObject scores(
      @QueryParam("period") String periodText,
      @QueryParam("agency") String agencyCode,
      @QueryParam("by") String byText) {
    Actor o = officer.require(Role.REFORM, Role.ADMIN, Role.LEADER);
    List<Violation> violations = new ArrayList<>();
    Period period = null;
    if (periodText == null || periodText.isBlank()) {
      violations.add(new Violation("period", "required"));
    } else {
      period = Period.parse(periodText).orElse(null);
      if (period == null) {
        violations.add(new Violation("period", "survey.period.format", periodText));
      }
    }
    By by = By.AGENCY;
    if (byText != null && !byText.isBlank()) {
      try {
        by = By.valueOf(byText.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(
            new Violation("by", "enum.unknown", byText, "agency, desk, service, officer"));
      }
    }
    Long agencyId = null;
    if (agencyCode != null && !agencyCode.isBlank()) {
      agencyId = agencyId(agencyCode);
      if (agencyId == null) {
        violations.add(new Violation("agency", "agency.unknown", agencyCode));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    if (!o.has(Role.REFORM) && !o.has(Role.ADMIN)) {
      if (agencyId != null && !agencyId.equals(o.agencyId())) {
        throw new ProblemException(403, "not-your-agency");
      }
      agencyId = o.agencyId();
    }
    List<GroupScore> groups = scores.compute(period, agencyId, by);
    Map<Long, AgencyRef> names =
        agencies.refs(groups.stream().map(g -> g.key().agencyId()).toList());
    var items = Jsons.JSON.createArrayBuilder();
    for (GroupScore g : groups) {
      AgencyRef a = names.get(g.key().agencyId());
      var group = Jsons.JSON.createObjectBuilder();
      group.add("agency", a == null ? "" : a.code());
      group.add("agencyName", a == null ? "" : a.name());
      switch (by) {
        case DESK -> group.add("desk", nullToEmpty(g.key().text()));
        case SERVICE -> group.add("procedureCode", nullToEmpty(g.key().text()));
        case OFFICER -> {
          if (g.key().officerId() == null) {
            group.addNull("officer");
          } else {
            group.add("officer", g.key().officerId());
          }
        }
        default -> {}
      }
      var surveys = Jsons.JSON.createArrayBuilder();
      for (SurveyScore s : g.surveys()) {
        surveys.add(survey(s));
      }
      group.add("surveys", surveys);
      g.petitionSatisfaction()
          .ifPresent(f -> group.add("petitionSatisfactionRate", FigureJson.of(f)));
      items.add(group);
    }
    return Jsons.JSON
        .createObjectBuilder()
        .add("period", period.text())
        .add("from", period.from().toString())
        .add("to", period.lastDay().toString())
        .add("by", by.name().toLowerCase(Locale.ROOT))
        .add("minimumCount", settings.suppression().minimumCount())
        .add("groups", items)
        .build();
  }

  private static JsonObjectBuilder survey(SurveyScore s) {
    var b =
        Jsons.JSON.createObjectBuilder().add("survey", s.surveyId()).add("version", s.version());
    s.responses().ifPresentOrElse(n -> b.add("responses", n), () -> b.addNull("responses"));
    s.unofficialResponses()
        .ifPresentOrElse(
            n -> b.add("unofficialResponses", n), () -> b.addNull("unofficialResponses"));
    b.add("overall", FigureJson.of(s.indices().overall()));
    b.add("aspects", FigureJson.map(s.indices().aspects()));
    b.add("criteria", FigureJson.map(s.indices().criteria()));
    s.deskScore()
        .ifPresent(
            d -> {
              var desk = Jsons.JSON.createObjectBuilder();
              desk.add("meanPoints", FigureJson.of(d.meanPoints()));
              d.bandOfMean()
                  .ifPresentOrElse(
                      band -> desk.add("bandOfMean", band.id()), () -> desk.addNull("bandOfMean"));
              desk.add("bandShares", FigureJson.map(d.bandShares()));
              b.add("deskScore", desk);
            });
    return b;
  }

  @POST
  @Path("refresh")
  @Operation(
      summary =
          "Add the responses stored since the last refresh to the roll-ups now (reform officer, administrator)")
  public ScoreRollups.Refresh refresh() {
    officer.require(Role.REFORM, Role.ADMIN);
    return rollups.refresh();
  }

  @POST
  @Path("recompute")
  @Operation(summary = "Recompute every roll-up from the responses (administrator)")
  public ScoreRollups.Refresh recompute() {
    officer.require(Role.ADMIN);
    return rollups.recomputeAll();
  }

  private Long agencyId(String code) {
    return agencies.refByCode(code).map(AgencyRef::id).orElse(null);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
