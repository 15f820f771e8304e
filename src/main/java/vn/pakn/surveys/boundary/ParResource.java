package vn.pakn.surveys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.officers.control.CurrentOfficer;
import vn.pakn.officers.entity.Actor;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.JsonBodies;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Spreadsheets;
import vn.pakn.platform.control.Violation;
import vn.pakn.surveys.control.LoadedSurveys;
import vn.pakn.surveys.control.ParScheme;
import vn.pakn.surveys.control.ParScoring;
import vn.pakn.surveys.control.ParTable;
import vn.pakn.surveys.control.Period;

/**
 * PAR scores per period: ranking, totals, components and bands as JSON, CSV (UTF-8 with a
 * byte-order mark) or XLSX; entered components typed or imported (CSV) by the reform officer.
 */
@Path("par")
@Produces(MediaType.APPLICATION_JSON)
public class ParResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Agencies agencies;
  @Inject CurrentOfficer officer;
  @Inject ParTable table;
  @Inject LoadedSurveys surveys;
  @Inject CallerContext caller;
  @PersistenceContext EntityManager em;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
  @Operation(summary = "PAR ranking of a period: ?period=2026|2026-Q3|2026-07&format=json|csv|xlsx")
  public Response ranking(
      @QueryParam("period") String periodText, @QueryParam("format") String format)
      throws IOException {
    officer.require(Role.REFORM, Role.ADMIN, Role.LEADER);
    Period period = period(periodText);
    String fmt = format == null || format.isBlank() ? "json" : format.toLowerCase();
    if (!List.of("json", "csv", "xlsx").contains(fmt)) {
      throw ProblemException.invalid(
          new Violation("format", "enum.unknown", format, "json, csv, xlsx"));
    }
    ParTable.Table result = table.compute(period);
    Map<String, String> names = agencyNames();
    String file = "diem-cchc-" + period.text();
    return switch (fmt) {
      case "csv" ->
          Response.ok(csv(result, names, caller.messages()), "text/csv;charset=UTF-8")
              .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
              .build();
      case "xlsx" ->
          Response.ok(xlsx(result, names, caller.messages()), XLSX)
              .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"")
              .build();
      default -> Response.ok(json(result, names), MediaType.APPLICATION_JSON).build();
    };
  }

  @PUT
  @Path("entries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary =
          "Entered PAR points (reform officer): {\"agency\", \"period\", \"points\": {\"item\": n}}")
  public Response enter(InputStream body) throws IOException {
    Actor o = officer.require(Role.REFORM);
    JsonObject json = JsonBodies.parseObject(JsonBodies.readAtMost(body, 65536), "body");
    List<Violation> violations = new ArrayList<>();
    String agency = SurveyTokensResource.text(json, "agency", violations, true);
    String periodText = SurveyTokensResource.text(json, "period", violations, true);
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    if (json.get("points") instanceof JsonObject p) {
      for (var entry : p.entrySet()) {
        if (entry.getValue() instanceof JsonNumber n) {
          points.put(entry.getKey(), n.bigDecimalValue());
        } else {
          violations.add(new Violation("points." + entry.getKey(), "par.entry.number"));
        }
      }
    } else {
      violations.add(new Violation("points", "required"));
    }
    Period period = null;
    if (periodText != null) {
      period = Period.parse(periodText).orElse(null);
      if (period == null) {
        violations.add(new Violation("period", "survey.period.format", periodText));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    table.enter(agency, period, points, o.username());
    return Response.noContent().build();
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Transactional
  @Operation(
      summary =
          "Import entered PAR points (reform officer): CSV agencyCode,period,componentId,points;"
              + " all or nothing; ?edition= (default the newest scheme)")
  public JsonObject importCsv(InputStream body, @QueryParam("edition") Integer edition)
      throws IOException {
    Actor o = officer.require(Role.REFORM);
    String text = JsonBodies.decodeUtf8(JsonBodies.readAtMost(body, 5L * 1024 * 1024), "body");
    List<ParScheme> all = surveys.schemes().all();
    ParScheme scheme =
        edition == null
            ? all.get(all.size() - 1)
            : surveys
                .schemes()
                .edition(edition)
                .orElseThrow(
                    () ->
                        ProblemException.invalid(
                            new Violation("edition", "par.edition.unknown", edition)));
    int imported = table.importCsv(text, scheme, o.username());
    return Jsons.JSON.createObjectBuilder().add("imported", imported).build();
  }

  static Period period(String text) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalid(new Violation("period", "required"));
    }
    return Period.parse(text)
        .orElseThrow(
            () -> ProblemException.invalid(new Violation("period", "survey.period.format", text)));
  }

  private Map<String, String> agencyNames() {
    Map<String, String> names = new HashMap<>();
    agencies.refs().forEach(a -> names.put(a.code(), a.name()));
    return names;
  }

  private JsonObject json(ParTable.Table t, Map<String, String> names) {
    var locale = caller.locale();
    var components = Jsons.JSON.createArrayBuilder();
    for (ParScheme.Component c : t.scheme().components()) {
      var items = Jsons.JSON.createArrayBuilder();
      for (ParScheme.Item i : c.items()) {
        items.add(
            Jsons.JSON
                .createObjectBuilder()
                .add("id", i.id())
                .add("title", i.title().in(locale))
                .add("maxPoints", i.maxPoints())
                .add("source", i.source().name()));
      }
      components.add(
          Jsons.JSON
              .createObjectBuilder()
              .add("id", c.id())
              .add("title", c.title().in(locale))
              .add("maxPoints", c.maxPoints())
              .add("items", items));
    }
    var bands = Jsons.JSON.createArrayBuilder();
    t.scheme()
        .bands()
        .bands()
        .forEach(
            b ->
                bands.add(
                    Jsons.JSON
                        .createObjectBuilder()
                        .add("id", b.id())
                        .add("label", b.label().in(locale))
                        .add("min", b.min())
                        .add("max", b.max())));
    var rows = Jsons.JSON.createArrayBuilder();
    for (ParScoring.Ranked r : t.ranking()) {
      var s = r.score();
      var items = Jsons.JSON.createObjectBuilder();
      s.items().forEach(items::add);
      var comps = Jsons.JSON.createObjectBuilder();
      s.components().forEach(comps::add);
      var missing = Jsons.JSON.createArrayBuilder();
      s.missing().forEach(missing::add);
      rows.add(
          Jsons.JSON
              .createObjectBuilder()
              .add("rank", r.rank())
              .add("agency", s.agencyCode())
              .add("agencyName", names.getOrDefault(s.agencyCode(), s.agencyCode()))
              .add("total", s.total())
              .add("band", s.band().id())
              .add("bandLabel", s.band().label().in(locale))
              .add("components", comps)
              .add("items", items)
              .add("missing", missing));
    }
    return Jsons.JSON
        .createObjectBuilder()
        .add("period", t.period().text())
        .add("edition", t.scheme().edition())
        .add("title", t.scheme().title().in(locale))
        .add("totalPoints", t.scheme().totalPoints())
        .add("components", components)
        .add("bands", bands)
        .add("rows", rows)
        .build();
  }

  static List<String> header(ParTable.Table t, Messages m, java.util.Locale locale) {
    List<String> header = new ArrayList<>();
    header.add(m.get("par.column.rank"));
    header.add(m.get("par.column.agency"));
    header.add(m.get("par.column.agencyName"));
    t.scheme().components().forEach(c -> header.add(c.title().in(locale)));
    header.add(m.get("par.column.total"));
    header.add(m.get("par.column.band"));
    return header;
  }

  static List<Object> values(ParScoring.Ranked r, Map<String, String> names, java.util.Locale l) {
    List<Object> values = new ArrayList<>();
    var s = r.score();
    values.add(r.rank());
    values.add(s.agencyCode());
    values.add(names.getOrDefault(s.agencyCode(), s.agencyCode()));
    s.components().values().forEach(values::add);
    values.add(s.total());
    values.add(s.band().label().in(l));
    return values;
  }

  byte[] csv(ParTable.Table t, Map<String, String> names, Messages m) {
    return Spreadsheets.csv(header(t, m, caller.locale()), rows(t, names));
  }

  byte[] xlsx(ParTable.Table t, Map<String, String> names, Messages m) {
    return Spreadsheets.xlsx(
        m.get("par.sheet"),
        m.get("par.title", t.period().text(), String.valueOf(t.scheme().edition())),
        header(t, m, caller.locale()),
        rows(t, names));
  }

  private List<List<Object>> rows(ParTable.Table t, Map<String, String> names) {
    return t.ranking().stream().map(r -> values(r, names, caller.locale())).toList();
  }
}
