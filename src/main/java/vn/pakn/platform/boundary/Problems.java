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
    if (problem.status() == 503) {
      response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return response
        .type(PROBLEM_JSON)
        .header(CorrelationIds.HEADER, correlationId)
        .entity(document(problem, messages, correlationId).toString())
        .build();
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
