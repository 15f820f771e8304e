package vn.pakn.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.platform.control.Violation;

/**
 * An API request with a body says what the body is, once: no {@code Content-Type}, an empty one,
 * two of them or one that does not parse is refused with 415 before JAX-RS sees the request,
 * instead of the body being guessed at (or JAX-RS failing on the header with a bare 400).
 */
@WebFilter(urlPatterns = "/api/*")
public class BodyMediaType extends HttpFilter {

  static final String CONTENT_TYPE = "Content-Type";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String refused = hasBody(request) ? check(request) : null;
    if (refused != null) {
      ServletProblems.write(
          request,
          response,
          new ProblemException(
              415, "unsupported-media-type", List.of(new Violation(CONTENT_TYPE, refused))));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /** The violation code, or null when the request declares one well-formed media type. */
  static String check(HttpServletRequest request) {
    List<String> declared = Collections.list(request.getHeaders(CONTENT_TYPE));
    if (declared.isEmpty() || declared.get(0).isBlank()) {
      return "contentType.required";
    }
    if (declared.size() > 1 || declared.get(0).contains(",")) {
      return "contentType.single";
    }
    try {
      MediaType type = MediaType.valueOf(declared.get(0).strip());
      return type.getType().isBlank() || type.getSubtype().isBlank() || type.isWildcardType()
          ? "contentType.malformed"
          : null;
    } catch (IllegalArgumentException malformed) {
      return "contentType.malformed";
    }
  }
}
