package vn.pakn.reports.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Spreadsheets;
import vn.pakn.platform.control.Violation;
import vn.pakn.reports.control.PetitionReport;
import vn.pakn.reports.control.PetitionReport.Report;
import vn.pakn.reports.control.PetitionReport.Row;

/**
 * Petition figures per agency and period, as JSON, CSV (UTF-8 with a byte-order mark, so
 * spreadsheet programs read Vietnamese right) or XLSX. Leaders see their agency; reform officers
 * and administrators see every agency.
 */
@Path("reports/petitions")
public class ReportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String[] COLUMNS = {
    "agency",
    "agencyName",
    "received",
    "notAccepted",
    "transferred",
    "answered",
    "onTime",
    "early",
    "late",
    "pending",
    "pendingOverdue",
    "unsatisfiedOrLate",
    "onTimeRate",
    "satisfactionRate"
  };

  @Inject Agencies agencies;
  @Inject CurrentOfficer officer;
  @Inject PetitionReport report;
  @Inject CallerContext caller;
  @PersistenceContext EntityManager em;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
  @Operation(
      summary = "Decree 20 Art. 22 / Decision 766 figures: ?from=&to=&agency=&format=json|csv|xlsx")
  public Response petitions(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("agency") String agency,
      @QueryParam("format") String format)
      throws IOException {
    Actor o = officer.require(Role.LEADER, Role.REFORM, Role.ADMIN);
    List<Violation> violations = new ArrayList<>();
    LocalDate start = date("from", from, violations);
    LocalDate end = date("to", to, violations);
    if (start != null && end != null && end.isBefore(start)) {
      violations.add(new Violation("to", "period.order"));
    }
    if (start != null && end != null && start.plusYears(5).isBefore(end)) {
      violations.add(new Violation("to", "period.tooLong", 5));
    }
    String fmt = format == null ? "json" : format.toLowerCase();
    if (!List.of("json", "csv", "xlsx").contains(fmt)) {
      violations.add(new Violation("format", "enum.unknown", format, "json, csv, xlsx"));
    }
    Long agencyId = agency == null ? null : agencyId(agency, violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    if (!o.has(Role.REFORM) && !o.has(Role.ADMIN)) {
      if (agencyId != null && !agencyId.equals(o.agencyId())) {
        throw new ProblemException(403, "not-your-agency");
      }
      agencyId = o.agencyId();
    }
    Report result = report.compute(start, end, agencyId);
    String name = "bao-cao-pakn-" + start + "-" + end;
    return switch (fmt) {
      case "csv" ->
          Response.ok(csv(result, caller.messages()), "text/csv;charset=UTF-8")
              .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
              .build();
      case "xlsx" ->
          Response.ok(xlsx(result, caller.messages()), XLSX)
              .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
              .build();
      default -> Response.ok(result, MediaType.APPLICATION_JSON).build();
    };
  }

  private Long agencyId(String code, List<Violation> violations) {
    return agencies.idOf("agency", code, violations);
  }

  private static LocalDate date(String field, String text, List<Violation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new Violation(field, "required"));
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(new Violation(field, "date.format"));
      return null;
    }
  }

  static List<Object> values(Row r, Messages messages) {
    return List.of(
        r.agency() == null ? messages.get("report.total") : r.agency(),
        r.agencyName() == null ? "" : r.agencyName(),
        r.received(),
        r.notAccepted(),
        r.transferred(),
        r.answered(),
        r.onTime(),
        r.early(),
        r.late(),
        r.pending(),
        r.pendingOverdue(),
        r.unsatisfiedOrLate(),
        r.onTimeRate() == null ? "" : r.onTimeRate(),
        r.satisfactionRate() == null ? "" : r.satisfactionRate());
  }

  static byte[] csv(Report report, Messages messages) {
    return Spreadsheets.csv(header(messages), rows(report, messages));
  }

  static byte[] xlsx(Report report, Messages messages) {
    return Spreadsheets.xlsx(
        messages.get("report.sheet"),
        messages.get("report.title", report.from(), report.to()),
        header(messages),
        rows(report, messages));
  }

  private static List<String> header(Messages messages) {
    return Arrays.stream(COLUMNS).map(c -> messages.get("report.column." + c)).toList();
  }

  private static List<List<Object>> rows(Report report, Messages messages) {
    List<Row> rows = new ArrayList<>(report.rows());
    rows.add(report.total());
    return rows.stream().map(r -> values(r, messages)).toList();
  }
}
