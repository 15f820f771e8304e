package vn.pakn.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.pakn.platform.control.CorrelationIds;
import vn.pakn.platform.control.Messages;
import vn.pakn.platform.control.ProblemException;

/** Writes a problem from servlet code, which runs before or outside JAX-RS and its mappers. */
final class ServletProblems {

  private ServletProblems() {}

  static void write(
      HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    String correlationId = CorrelationIds.acceptOrCreate(request.getHeader(CorrelationIds.HEADER));
    Messages messages = Messages.of(Messages.negotiate(request.getHeader("Accept-Language")));
    byte[] body =
        Problems.document(problem, messages, correlationId)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(problem.status());
    response.setContentType(Problems.PROBLEM_JSON.toString());
    SecurityHeaders.apply(response);
    response.setHeader(CorrelationIds.HEADER, correlationId);
    response.setHeader("Content-Language", messages.locale().toLanguageTag());
    Problems.retryAfter(problem)
        .ifPresent(seconds -> response.setHeader("Retry-After", Long.toString(seconds)));
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
