package vn.pakn.deadlines.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.agencies.control.AgencyRef;
import vn.pakn.deadlines.control.ClockArithmetic;
import vn.pakn.deadlines.control.DeadlineSweep;
import vn.pakn.deadlines.control.StageClocks;
import vn.pakn.deadlines.control.WorkingCalendars;
import vn.pakn.deadlines.entity.DeadlinePolicy;
import vn.pakn.deadlines.entity.StageClock;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.platform.control.Violation;

/**
 * Stage clocks for officers: every clock of a petition their agency holds or has held, with its
 * status, working days left and how its due was counted; and the reminder sweep on demand, for
 * administrators (operations and tests).
 */
@Path("clocks")
@Produces(MediaType.APPLICATION_JSON)
public class ClocksResource {

  @Inject CurrentOfficer officer;
  @Inject CallerContext caller;
  @Inject StageClocks clocks;
  @Inject WorkingCalendars calendars;
  @Inject DeadlineSweep sweep;
  @Inject Agencies agencies;
  @PersistenceContext EntityManager em;

  @GET
  @Path("{trackingCode}")
  @Operation(summary = "The stage clocks of a petition (officers of an agency that held it)")
  public JsonObject ofPetition(@PathParam("trackingCode") String code) {
    StageClocks.PetitionClocks petition = clocks.ofPetition(code, officer.actor());
    Locale locale = caller.locale();
    Instant now = Instant.now();
    JsonArrayBuilder items = Jsons.JSON.createArrayBuilder();
    for (StageClock clock : petition.clocks()) {
      items.add(json(clock, now, locale));
    }
    JsonObjectBuilder result =
        Jsons.JSON.createObjectBuilder().add("trackingCode", petition.trackingCode());
    petition
        .current()
        .ifPresent(
            c -> result.add("due", vietnam(c.dueAt())).add("currentStage", c.stage().name()));
    return result.add("clocks", items).build();
  }

  @POST
  @Path("sweep")
  @Operation(
      summary =
          "Runs the reminder sweep now (administrator); ?at= an ISO-8601 instant to sweep as of")
  public JsonObject sweep(@QueryParam("at") String at) {
    officer.require(Role.ADMIN);
    Instant when;
    try {
      when = at == null || at.isBlank() ? Instant.now() : OffsetDateTime.parse(at).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(new Violation("at", "calendar.start.format", at));
    }
    DeadlineSweep.Result result = sweep.run(when);
    return Jsons.JSON
        .createObjectBuilder()
        .add("claimed", result.claimed())
        .add("alerts", result.alerts())
        .add("batches", result.batches())
        .build();
  }

  private JsonObject json(StageClock clock, Instant now, Locale locale) {
    AgencyRef agency = agencies.ref(clock.agencyId()).orElse(null);
    DeadlinePolicy policy = em.find(DeadlinePolicy.class, clock.policyId());
    JsonObjectBuilder json =
        Jsons.JSON
            .createObjectBuilder()
            .add("id", clock.id())
            .add("stage", clock.stage().name())
            .add("stageLabel", caller.messages().get("deadlines.stage." + clock.stage().name()))
            .add("agency", agency == null ? "" : agency.code())
            .add("agencyName", agency == null ? "" : agency.name())
            .add("startedAt", vietnam(clock.startedAt()))
            .add("due", vietnam(clock.dueAt()))
            .add("workingDays", clock.workingDays())
            .add("extensionDays", clock.extensionDays())
            .add("pausedDays", clock.pausedDays())
            .add("status", status(clock, now))
            .add("legalBasis", policy == null ? "" : policy.legalBasis())
            .add("explanation", clocks.deadline(clock).explanation(locale));
    if (clock.hopPosition() != null) {
      json.add("hop", clock.hopPosition());
    }
    if (clock.finishedAt() != null) {
      json.add("finishedAt", vietnam(clock.finishedAt()));
    } else {
      json.add(
          "workingDaysLeft",
          ClockArithmetic.workingDaysLeft(
              calendars.current(),
              clock.pausedAt() == null ? now : clock.pausedAt().toInstant(),
              clock.dueAt().toInstant()));
    }
    JsonArrayBuilder pauses = Jsons.JSON.createArrayBuilder();
    clocks
        .pauses(clock.id())
        .forEach(
            p -> {
              JsonObjectBuilder pause =
                  Jsons.JSON
                      .createObjectBuilder()
                      .add("pausedAt", vietnam(p.pausedAt()))
                      .add("reason", p.reason());
              if (p.resumedAt() != null) {
                pause.add("resumedAt", vietnam(p.resumedAt())).add("workingDays", p.workingDays());
              }
              pauses.add(pause);
            });
    JsonArrayBuilder changes = Jsons.JSON.createArrayBuilder();
    clocks
        .changes(clock.id())
        .forEach(
            c -> {
              JsonObjectBuilder change =
                  Jsons.JSON
                      .createObjectBuilder()
                      .add("at", vietnam(c.changedAt()))
                      .add("cause", c.cause().name())
                      .add("oldDue", vietnam(c.oldDue()))
                      .add("newDue", vietnam(c.newDue()));
              if (c.note() != null) {
                change.add("note", c.note());
              }
              if (c.actor() != null) {
                change.add("actor", c.actor());
              }
              changes.add(change);
            });
    return json.add("pauses", pauses).add("changes", changes).build();
  }

  /** RUNNING, PAUSED, OVERDUE while open; EARLY, ON_TIME or LATE once finished. */
  static String status(StageClock clock, Instant now) {
    if (clock.finishedAt() != null) {
      return clock.outcome().name();
    }
    if (clock.pausedAt() != null) {
      return "PAUSED";
    }
    return now.isBefore(clock.dueAt().toInstant()) ? "RUNNING" : "OVERDUE";
  }

  static String vietnam(OffsetDateTime at) {
    return at.atZoneSameInstant(VietnamTime.ZONE)
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
