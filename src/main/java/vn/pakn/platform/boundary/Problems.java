package vn.pakn.platform.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.pakn.platform.control.CorrelationIds;
import vn.pakn.platform.control.Jsons;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/** Writes RFC 9457 problem documents in the caller's language. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");
  public static final String TYPE_PREFIX = "urn:pakn:problem:";

  /** How long a client should wait before trying again after a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private Problems() {}

  public static Response response(
      ProblemException problem, Messages messages, String correlationId) {
    var response = Response.status(problem.status());
    retryAfter(problem).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
    return response
        .type(PROBLEM_JSON)
        .header(CorrelationIds.HEADER, correlationId)
        .entity(document(problem, messages, correlationId).toString())
        .build();
  }

  /**
   * When to try again: after 503, in {@value #RETRY_AFTER_SECONDS} seconds; after 429, when the
   * problem's first argument (seconds) says, or in a minute.
   */
  static java.util.Optional<Long> retryAfter(ProblemException problem) {
    if (problem.status() == 503) {
      return java.util.Optional.of((long) RETRY_AFTER_SECONDS);
    }
    if (problem.status() == 429) {
      return java.util.Optional.of(
          !problem.args().isEmpty() && problem.args().get(0) instanceof Long seconds
              ? seconds
              : 60L);
    }
    return java.util.Optional.empty();
  }

  static JsonObject document(ProblemException problem, Messages messages, String correlationId) {
    String key = problem.key();
    var doc =
        Jsons.JSON
            .createObjectBuilder()
            .add("type", TYPE_PREFIX + key)
            .add("title", messages.get("problem." + key + ".title"))
            .add("status", problem.status());
    String detailKey = "problem." + key + ".detail";
    if (messages.has(detailKey)) {
      doc.add("detail", messages.get(detailKey, problem.args()));
    }
    List<Violation> violations = problem.violations();
    if (!violations.isEmpty()) {
      JsonArrayBuilder list = Jsons.JSON.createArrayBuilder();
      for (Violation v : violations) {
        list.add(
            Jsons.JSON
                .createObjectBuilder()
                .add("field", v.field())
                .add("code", v.key())
                .add("message", messages.get("violation." + v.key(), v.args())));
      }
      doc.add("violations", list);
    }
    return doc.add("correlationId", correlationId).build();
  }
}
