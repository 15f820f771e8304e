package vn.pakn.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.pakn.platform.control.PageShell;

/**
 * The page a browser gets for an address that does not exist outside the API: the portal's header,
 * what happened, and the ways on (home, follow, search, file), from {@code
 * WEB-INF/errors/not-found.html}. Its links start from the application's root, since the address
 * that was not found may be any number of folders deep. Status stays 404, and search engines are
 * told not to index it.
 */
final class NotFoundPage {

  private static final String TEMPLATE = "/WEB-INF/errors/not-found.html";

  private final ServletContext context;
  private volatile byte[] page;

  NotFoundPage(ServletContext context) {
    this.context = context;
  }

  /**
   * Whether the unknown address was opened by a person: a page request ({@code GET} or {@code
   * HEAD}) outside {@code /api/} whose {@code Accept} asks for HTML. Programs keep getting the
   * problem document.
   */
  static boolean wanted(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        uri instanceof String s && s.startsWith(request.getContextPath())
            ? s.substring(request.getContextPath().length())
            : "";
    String accept = request.getHeader("Accept");
    return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        && !path.toLowerCase(Locale.ROOT).startsWith("/api/")
        && accept != null
        && accept.contains("text/html");
  }

  void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = page();
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    SecurityHeaders.apply(response);
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** Rendered at the first miss and kept: its links start from the context path, which is fixed. */
  private byte[] page() {
    byte[] rendered = page;
    if (rendered == null) {
      String html =
          PageShell.renderDocument(
              read(TEMPLATE),
              name -> read("/WEB-INF/shell/" + name + ".html"),
              PageShell.values(ConfigProvider.getConfig(), context.getContextPath() + "/"));
      rendered = html.getBytes(StandardCharsets.UTF_8);
      page = rendered;
    }
    return rendered;
  }

  private String read(String resource) {
    try (InputStream in = context.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
