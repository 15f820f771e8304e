package vn.pakn.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.pakn.platform.control.PageShell;
import vn.pakn.platform.control.Sha256;

/**
 * Serves each page with its shell (see {@link PageShell}): the header with the province's name and
 * emblem from configuration ({@code pakn.portal.province}, {@code pakn.portal.province.en}, {@code
 * pakn.portal.emblem}), so a citizen sees whose portal this is on every page, with no script and
 * nothing moving once drawn. The page's own style sheets and module scripts get their content hash
 * as {@code ?v=}, which lets {@link StaticResourceCaching} keep them a year.
 */
public class PageShellFilter extends HttpFilter {

  private static final Pattern OWN_FILE =
      Pattern.compile("(<(?:link|script)\\b[^>]*?\\b(?:href|src)=\")([^\":?#]+\\.(?:css|js))(\")");

  private final Map<String, String> parts = new ConcurrentHashMap<>();
  private final Map<String, String> versions = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> valuesByRoot = new ConcurrentHashMap<>();
  private Config config;

  @Override
  public void init() {
    config = ConfigProvider.getConfig();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!(path.endsWith(".html") || path.endsWith("/")) || path.startsWith("/api/")) {
      chain.doFilter(request, response);
      return;
    }
    var captured = new Captured(response);
    chain.doFilter(request, captured);
    byte[] body = captured.bytes();
    if (captured.getStatus() != HttpServletResponse.SC_OK || body.length == 0) {
      if (body.length > 0) {
        response.getOutputStream().write(body);
      }
      return;
    }
    String root = PageShell.root(path);
    String page = new String(body, StandardCharsets.UTF_8);
    var values = valuesByRoot.computeIfAbsent(root, r -> PageShell.values(config, r));
    String html = versioned(PageShell.render(page, this::part, values), path);
    byte[] out = html.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(out.length);
    response.getOutputStream().write(out);
  }

  private String part(String name) {
    return parts.computeIfAbsent(name, n -> read("/WEB-INF/shell/" + n + ".html"));
  }

  /** {@code css/pakn.css} becomes {@code css/pakn.css?v=1a2b3c4d5e6f}: its content's hash. */
  private String versioned(String html, String pagePath) {
    String folder = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
    Matcher own = OWN_FILE.matcher(html);
    var out = new StringBuilder(html.length() + 256);
    while (own.find()) {
      String file = normalise(folder + own.group(2));
      String version = file == null ? null : versions.computeIfAbsent(file, this::hash);
      String replacement =
          version == null || version.isEmpty()
              ? own.group()
              : own.group(1) + own.group(2) + "?v=" + version + own.group(3);
      own.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    own.appendTail(out);
    return out.toString();
  }

  private static String normalise(String path) {
    var segments = new java.util.ArrayDeque<String>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.removeLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return "/" + String.join("/", segments);
  }

  private String hash(String file) {
    try (InputStream in = getServletContext().getResourceAsStream(file)) {
      if (in == null) {
        return "";
      }
      return Sha256.hex(in.readAllBytes()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String read(String resource) {
    try (InputStream in = getServletContext().getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the page in memory; drops the file's validators, which say nothing of the shell. */
  private static final class Captured extends CapturedResponse {

    Captured(HttpServletResponse response) {
      super(response);
    }

    @Override
    protected boolean dropped(String name) {
      return super.dropped(name)
          || name.equalsIgnoreCase("ETag")
          || name.equalsIgnoreCase("Last-Modified");
    }
  }
}
