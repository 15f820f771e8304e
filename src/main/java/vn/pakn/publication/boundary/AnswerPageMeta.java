package vn.pakn.publication.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
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
    var captured = new Captured(response);
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

  /** Keeps the page in memory; its length changes. */
  private static final class Captured extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    Captured(HttpServletResponse response) {
      super(response);
    }

    byte[] bytes() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void setHeader(String name, String value) {
      if (!name.equalsIgnoreCase("Content-Length")) {
        super.setHeader(name, value);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {}
  }
}
