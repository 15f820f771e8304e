package vn.pakn.operations.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.operations.control.ApplicationMetrics;
import vn.pakn.surveys.control.SurveyResponses.EntryResult;

/**
 * Times every API request under the template of the resource method that answered it ({@code
 * /api/inbox/{code}}, never the code itself), so the number of series is fixed by the code, not by
 * what clients send. Requests no method matched are all {@code UNMATCHED}. Also counts refused
 * sign-ins and kiosk entries by outcome, which no table keeps.
 */
@Provider
@PreMatching
public class RouteTimings implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = RouteTimings.class.getName() + ".started";
  static final String UNMATCHED = "UNMATCHED";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
  private static final Set<String> SIGN_IN = Set.of("/api/tokens", "/api/session");
  private static final String KIOSK_RESPONSES = "/api/kiosks/{code}/responses";

  @Inject ApplicationMetrics metrics;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    if (!(started instanceof Long start)) {
      return;
    }
    String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER";
    String route = route(resource == null ? null : resource.getResourceClass(), resourceMethod());
    int status = response.getStatus();
    metrics.request(method, route, status, System.nanoTime() - start);
    if ("POST".equals(method) && SIGN_IN.contains(route)) {
      if (status == 401) {
        metrics.signInRefused("bad_credentials");
      } else if (status == 429) {
        metrics.signInRefused("locked");
      }
    }
    if (KIOSK_RESPONSES.equals(route)) {
      entryResults(response.getEntity()).stream()
          .collect(Collectors.groupingBy(e -> String.valueOf(e.status()), Collectors.counting()))
          .forEach(metrics::kioskEntries);
    }
  }

  /**
   * The entry results of the kiosk resource's answer (a record with a list of {@link EntryResult}),
   * read without naming the resource's own type: resources are entry points, not an API.
   */
  static List<EntryResult> entryResults(Object entity) {
    if (entity == null || !entity.getClass().isRecord()) {
      return List.of();
    }
    var results = new ArrayList<EntryResult>();
    for (RecordComponent c : entity.getClass().getRecordComponents()) {
      try {
        if (c.getAccessor().invoke(entity) instanceof List<?> list) {
          list.stream()
              .filter(EntryResult.class::isInstance)
              .map(EntryResult.class::cast)
              .forEach(results::add);
        }
      } catch (ReflectiveOperationException | RuntimeException unreadable) {
        return List.of();
      }
    }
    return results;
  }

  private Method resourceMethod() {
    try {
      return resource == null ? null : resource.getResourceMethod();
    } catch (RuntimeException outsideMatching) {
      return null;
    }
  }

  /** {@code /api} + the class's and the method's {@code @Path}, regular expressions removed. */
  static String route(Class<?> type, Method method) {
    if (type == null || method == null) {
      return UNMATCHED;
    }
    StringBuilder template = new StringBuilder("/api");
    append(template, type.getAnnotation(Path.class));
    append(template, method.getAnnotation(Path.class));
    return template.toString();
  }

  private static void append(StringBuilder template, Path path) {
    if (path == null) {
      return;
    }
    String p = stripRegex(path.value()).replaceAll("/+$", "");
    if (p.isEmpty()) {
      return;
    }
    if (!p.startsWith("/")) {
      template.append('/');
    }
    template.append(p);
  }

  /** {@code {code: [A-Z0-9-]+}} → {@code {code}}, nested braces of the expression included. */
  static String stripRegex(String path) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char ch = path.charAt(i);
      if (ch != '{') {
        out.append(ch);
        i++;
        continue;
      }
      int depth = 0;
      int end = i;
      for (; end < path.length(); end++) {
        char e = path.charAt(end);
        if (e == '{') {
          depth++;
        } else if (e == '}' && --depth == 0) {
          break;
        }
      }
      String inner = path.substring(i + 1, Math.min(end, path.length()));
      int colon = inner.indexOf(':');
      out.append('{').append((colon < 0 ? inner : inner.substring(0, colon)).strip()).append('}');
      i = end + 1;
    }
    return out.toString();
  }
}
