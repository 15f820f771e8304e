package vn.pakn.publication.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.pakn.publication.control.AnswerPages;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the public pages and every published answer's page, so
 * citizens find answers from the search engine they already use.
 */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

  @Inject AnswerPages pages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base =
        ConfigProvider.getConfig()
            .getOptionalValue("pakn.publicBaseUrl", String.class)
            .orElse("http://localhost:8080/");
    if (!base.endsWith("/")) {
      base += "/";
    }
    var xml = new StringBuilder(64 * 1024);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String page : new String[] {"", "tra-cuu.html", "gui-phan-anh.html", "theo-doi.html"}) {
      xml.append("  <url><loc>")
          .append(AnswerPageMeta.escape(base + page))
          .append("</loc></url>\n");
    }
    for (AnswerPages.Entry entry : pages.sitemap()) {
      xml.append("  <url><loc>")
          .append(AnswerPageMeta.escape(base + "tra-loi.html?id=" + entry.id()))
          .append("</loc>");
      if (entry.publishedAt() != null) {
        xml.append("<lastmod>")
            .append(entry.publishedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
            .append("</lastmod>");
      }
      xml.append("</url>\n");
    }
    xml.append("</urlset>\n");
    response.setContentType("application/xml; charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.getWriter().write(xml.toString());
  }
}
