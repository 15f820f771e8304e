package vn.pakn.publication.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.pakn.platform.boundary.CapturedResponse;
import vn.pakn.publication.control.AnswerPages;
import vn.pakn.publication.entity.PublishedAnswer;

/**
 * Serves {@code tra-loi.html?id=N} with the answer's own title, description and canonical address
 * in the page as sent, so a search engine sees each answer as a page of its own (the page's script
 * fills the rest). An unknown or withdrawn answer's page is marked {@code noindex}.
 */
public class AnswerPageMeta extends HttpFilter {

  private static final Pattern TITLE = Pattern.compile("<title[^>]*>[^<]*</title>");

  @Inject AnswerPages pages;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = request.getParameter("id");
    if (id == null || !id.matches("\\d{1,18}")) {
      chain.doFilter(request, response);
      return;
    }
    var captured = new CapturedResponse(response);
    chain.doFilter(request, captured);
    byte[] body = captured.bytes();
    if (captured.getStatus() != HttpServletResponse.SC_OK || body.length == 0) {
      response.getOutputStream().write(body);
      return;
    }
    String page = new String(body, StandardCharsets.UTF_8);
    var answer = pages.published(Long.parseLong(id));
    Matcher title = TITLE.matcher(page);
    String html =
        answer.isPresent() && title.find()
            ? page.substring(0, title.start())
                + head(answer.get(), id)
                + page.substring(title.end())
            : page.replaceFirst(
                "</head>",
                Matcher.quoteReplacement("<meta name=\"robots\" content=\"noindex\">\n</head>"));
    byte[] out = html.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(out.length);
    response.getOutputStream().write(out);
  }

  private static String head(PublishedAnswer answer, String id) {
    String base =
        ConfigProvider.getConfig()
            .getOptionalValue("pakn.publicBaseUrl", String.class)
            .orElse("http://localhost:8080/");
    if (!base.endsWith("/")) {
      base += "/";
    }
    return "<title>"
        + escape(answer.title())
        + " – Phản ánh, kiến nghị</title>\n  <meta name=\"description\" content=\""
        + escape(AnswerPages.description(answer.question(), 160))
        + "\">\n  <link rel=\"canonical\" href=\""
        + escape(base + "tra-loi.html?id=" + id)
        + "\">";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
