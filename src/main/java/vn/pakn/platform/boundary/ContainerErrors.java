package vn.pakn.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.pakn.platform.control.CorrelationIds;
import vn.pakn.platform.control.ProblemException;

/**
 * The error page of the whole web application (see {@code web.xml}): whatever the servlet container
 * answers by itself (an unknown path outside the API, a method no servlet takes, a request it
 * cannot parse, an exception that escaped) is written as a problem in the caller's language, never
 * as the container's HTML page; but a person whose browser opens an address that is not there (a
 * mistyped or cut link) gets a page in the portal's look with the ways on ({@link NotFoundPage}).
 */
@WebServlet(urlPatterns = ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {

  public static final String PATH = "/problem";
  private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());
  private NotFoundPage notFoundPage;

  @Override
  public void init() {
    notFoundPage = new NotFoundPage(getServletContext());
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    String correlationId = CorrelationIds.acceptOrCreate(request.getHeader(CorrelationIds.HEADER));
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (thrown instanceof Throwable t) {
      LOG.log(Level.SEVERE, "unexpected error, correlationId=" + correlationId, t);
    }
    if (status == 404 && NotFoundPage.wanted(request)) {
      notFoundPage.write(request, response);
      return;
    }
    ServletProblems.write(request, response, problem(status));
  }

  private static int status(Object attribute) {
    // reached directly rather than as an error page: nothing to report but that the path is unknown
    return attribute instanceof Integer code && code >= 400 && code <= 599 ? code : 404;
  }

  /** The problem for a status the container chose, as the API's own mappers would name it. */
  static ProblemException problem(int status) {
    return switch (status) {
      case 404 -> new ProblemException(404, "not-found");
      case 405, 501 -> new ProblemException(status, "method-not-allowed");
      case 406 -> new ProblemException(406, "not-acceptable");
      case 413 -> new ProblemException(413, "too-large");
      case 415 -> new ProblemException(415, "unsupported-media-type");
      case 503 -> new ProblemException(503, "unavailable");
      default ->
          status < 500
              ? new ProblemException(status, "bad-request")
              : new ProblemException(status, "internal");
    };
  }
}
