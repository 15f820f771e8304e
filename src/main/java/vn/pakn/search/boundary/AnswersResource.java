package vn.pakn.search.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.petitions.entity.PetitionKind;
import vn.pakn.platform.control.CallerContext;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.TextRules;
import vn.pakn.platform.control.Violation;
import vn.pakn.publication.control.PublicCopies;
import vn.pakn.search.control.AnswerHit;
import vn.pakn.search.control.AnswerHits;
import vn.pakn.search.control.AnswerQuery;
import vn.pakn.search.control.AnswerSearch;
import vn.pakn.search.control.FacetCount;
import vn.pakn.search.control.Snippets;

/**
 * Published answers for the public, without signing in: search with facets, one answer, and answers
 * similar to a text being written. Every parameter is checked and a bad one is answered with a
 * problem naming it; the words themselves are never an error (see {@code AnswerQueryParser}).
 */
@Path("answers")
@Produces(MediaType.APPLICATION_JSON)
public class AnswersResource {

  /** Longer search texts are refused; up to this, the first 500 characters are used. */
  static final int MAX_QUERY = 2000;

  static final int MAX_SIMILAR_TEXT = 20_000;
  static final int MAX_SIMILAR = 10;
  private static final Set<String> SEARCH_PARAMETERS =
      Set.of("q", "field", "agency", "year", "kind", "page", "size", "sort");

  @Inject Agencies agencies;
  @Inject AnswerSearch search;
  @Inject PublicCopies copies;
  @Inject CallerContext caller;
  @PersistenceContext EntityManager em;
  @Context UriInfo uri;

  public record FacetValue(String value, String label, int count) {}

  public record Hit(
      String id,
      String title,
      String snippet,
      List<Snippets.Part> snippetParts,
      String url,
      String agency,
      String agencyName,
      String field,
      String fieldName,
      String kind,
      int year,
      Instant publishedAt) {}

  /**
   * @param totalExact absent when {@code total} is exact; false when it is estimated (many matches)
   * @param facetsExact absent when the facet counts are exact; false when they are estimated
   * @param relaxed absent when every word matched; else answers with at least {@code minimum} of
   *     the {@code words} words
   */
  public record Results(
      long total,
      Boolean totalExact,
      Boolean facetsExact,
      int page,
      int size,
      int pages,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets,
      String didYouMean,
      boolean queryShortened,
      AnswerHits.Relaxed relaxed) {}

  public record Similar(List<Hit> hits) {}

  @GET
  @Operation(
      summary =
          "Search published answers: ?q=&field=&agency=&year=&kind=&sort=relevance|date&page=&size="
              + " → {total, hits, facets, didYouMean}")
  public Results search() {
    var params = uri.getQueryParameters();
    List<Violation> violations = new ArrayList<>();
    for (String name : params.keySet()) {
      if (!SEARCH_PARAMETERS.contains(name)) {
        violations.add(new Violation(name, "parameter.unknown", String.join(", ", sorted())));
      } else if (params.get(name).size() > 1) {
        violations.add(new Violation(name, "parameter.repeated"));
      }
    }
    String q = text(params.getFirst("q"), "q", MAX_QUERY, violations);
    String field = blankToNull(params.getFirst("field"));
    if (field != null && (field.length() > 32 || !agencies.fieldExists(field))) {
      violations.add(new Violation("field", "field.unknown", clip(field)));
    }
    String agency = blankToNull(params.getFirst("agency"));
    if (agency != null && (agency.length() > 32 || agencies.byCode(agency).isEmpty())) {
      violations.add(new Violation("agency", "agency.unknown", clip(agency)));
    }
    Integer year = integer(params.getFirst("year"), "year", 1990, 9999, null, violations);
    String kind = blankToNull(params.getFirst("kind"));
    if (kind != null
        && Arrays.stream(PetitionKind.values()).noneMatch(k -> k.name().equals(kind))) {
      violations.add(
          new Violation(
              "kind", "enum.unknown", clip(kind), Arrays.toString(PetitionKind.values())));
    }
    int size =
        integer(
            params.getFirst("size"),
            "size",
            1,
            AnswerQuery.MAX_SIZE,
            AnswerQuery.DEFAULT_SIZE,
            violations);
    int maxPage = AnswerQuery.MAX_WINDOW / Math.max(1, size);
    int page = integer(params.getFirst("page"), "page", 1, maxPage, 1, violations);
    AnswerQuery.Sort sort = sort(params.getFirst("sort"), violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    AnswerHits found =
        search.search(new AnswerQuery(q, field, agency, year, kind, page, size, sort));
    int pages = (int) Math.min(maxPage, (found.total() + size - 1) / size);
    if (page > 1 && page > pages) {
      throw ProblemException.invalid(
          new Violation("page", "page.beyondResults", Math.max(1, pages)));
    }
    var facets = new LinkedHashMap<String, List<FacetValue>>();
    found
        .facets()
        .forEach(
            (dimension, values) ->
                facets.put(dimension, values.stream().map(v -> facet(dimension, v)).toList()));
    return new Results(
        found.total(),
        found.totalExact() ? null : Boolean.FALSE,
        found.facetsExact() ? null : Boolean.FALSE,
        page,
        size,
        pages,
        found.hits().stream().map(this::hit).toList(),
        facets,
        found.didYouMean(),
        found.queryShortened(),
        found.relaxed());
  }

  @GET
  @Path("similar")
  @Operation(summary = "Published answers similar to a text (More-Like-This): ?text=&max=")
  public Similar similar() {
    var params = uri.getQueryParameters();
    List<Violation> violations = new ArrayList<>();
    for (String name : params.keySet()) {
      if (!Set.of("text", "max").contains(name)) {
        violations.add(new Violation(name, "parameter.unknown", "text, max"));
      }
    }
    String text = text(params.getFirst("text"), "text", MAX_SIMILAR_TEXT, violations);
    int max = integer(params.getFirst("max"), "max", 1, MAX_SIMILAR, 5, violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    if (text == null) {
      return new Similar(List.of());
    }
    return new Similar(search.similar(text, max).stream().map(this::hit).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One published answer: the public (redacted) question and answer")
  public PublicCopies.View one(@PathParam("id") String id) {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException notANumber) {
      throw new ProblemException(404, "answer-not-found");
    }
    return copies.view(number, caller.locale());
  }

  private Hit hit(AnswerHit h) {
    return new Hit(
        h.id(),
        h.title(),
        h.snippet(),
        Snippets.parts(h.snippet()),
        "tra-loi.html?id=" + h.id(),
        h.agencyCode(),
        h.agencyName(),
        h.fieldCode(),
        fieldName(h.fieldCode(), h.fieldName()),
        h.kind(),
        h.year(),
        h.publishedAt());
  }

  private FacetValue facet(String dimension, FacetCount v) {
    String label = v.label();
    if ("field".equals(dimension)) {
      label = fieldName(v.value(), label);
    } else if ("kind".equals(dimension)) {
      label = caller.messages().get("answers.kind." + v.value());
    }
    return new FacetValue(v.value(), label, v.count());
  }

  private String fieldName(String code, String indexed) {
    if (Messages.VIETNAMESE.getLanguage().equals(caller.locale().getLanguage())) {
      return indexed;
    }
    return agencies.fieldName(code, caller.locale()).orElse(indexed);
  }

  private static List<String> sorted() {
    return SEARCH_PARAMETERS.stream().sorted().toList();
  }

  private static String text(String value, String name, int max, List<Violation> violations) {
    if (value == null) {
      return null;
    }
    var forbidden = TextRules.forbiddenCharacter(value, true);
    if (forbidden.isPresent()) {
      violations.add(new Violation(name, forbidden.get()));
      return null;
    }
    if (value.codePointCount(0, value.length()) > max) {
      violations.add(new Violation(name, "text.tooLong", max));
      return null;
    }
    String normalized = TextRules.normalize(value);
    return TextRules.isBlank(normalized) ? null : normalized;
  }

  private static Integer integer(
      String value, String name, int min, int max, Integer fallback, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n < min || n > max) {
        violations.add(new Violation(name, "number.range", min, max));
        return fallback;
      }
      return (int) n;
    } catch (NumberFormatException notANumber) {
      violations.add(new Violation(name, "type.integer"));
      return fallback;
    }
  }

  private static AnswerQuery.Sort sort(String value, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return AnswerQuery.Sort.RELEVANCE;
    }
    return switch (value.strip().toLowerCase()) {
      case "relevance" -> AnswerQuery.Sort.RELEVANCE;
      case "date" -> AnswerQuery.Sort.DATE;
      default -> {
        violations.add(new Violation("sort", "enum.unknown", clip(value), "relevance, date"));
        yield AnswerQuery.Sort.RELEVANCE;
      }
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
