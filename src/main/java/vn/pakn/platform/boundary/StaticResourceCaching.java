package vn.pakn.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes for slow phones: the pages and their files (not the API) are gzip-compressed when the
 * browser takes it, and get a cache lifetime by what they are. Files whose address carries their
 * version (WebJars, and our own files with the {@code ?v=} content hash the page shell adds) are
 * kept a year and never revalidated; everything else is revalidated on each use ({@code no-cache}),
 * so a new release is seen at once. Declared in {@code web.xml} before the page shell, so what is
 * compressed is the finished page.
 */
public class StaticResourceCaching extends HttpFilter {

  static final String YEAR = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";
  private static final java.util.Map<String, String> TEXT_TYPES =
      java.util.Map.of(
          "json", "application/json; charset=UTF-8",
          "js", "application/javascript; charset=UTF-8",
          "css", "text/css; charset=UTF-8",
          "html", "text/html; charset=UTF-8",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=UTF-8",
          "xml", "application/xml; charset=UTF-8");

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1);
  }

  private static final Pattern COMPRESSIBLE =
      Pattern.compile("^(text/|application/(javascript|json|xml)|image/svg\\+xml)");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/health") || path.startsWith("/openapi")) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", cacheControl(path, request.getQueryString()));
    String accepted = request.getHeader("Accept-Encoding");
    if (accepted == null || !accepted.contains("gzip") || "HEAD".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    var gzip = new GzipResponse(response, path);
    try {
      chain.doFilter(request, gzip);
    } finally {
      gzip.finish();
    }
  }

  /** How long a file may be kept, from its address alone. */
  static String cacheControl(String path, String query) {
    boolean versioned =
        path.startsWith("/webjars/")
            || (query != null && query.matches("(.*&)?v=[0-9a-f]{8,}(&.*)?"));
    return versioned ? YEAR : REVALIDATE;
  }

  /** Compresses the body when its type is text; keeps the length of a body left as it is. */
  private static final class GzipResponse extends HttpServletResponseWrapper {

    private ServletOutputStream stream;
    private GZIPOutputStream gzip;
    private PrintWriter writer;
    private long length = -1;
    private final String path;

    GzipResponse(HttpServletResponse response, String path) {
      super(response);
      this.path = path;
    }

    private boolean compressible() {
      String type = getContentType();
      if (type == null) {
        // the container knows no type for some of our files (.json): name it
        type = TEXT_TYPES.get(extension(path));
        if (type != null) {
          setContentType(type);
        }
      }
      return type != null
          && COMPRESSIBLE.matcher(type).find()
          && !containsHeader("Content-Encoding");
    }

    @Override
    public void setContentLength(int len) {
      setContentLengthLong(len);
    }

    @Override
    public void setContentLengthLong(long len) {
      if (stream == null) {
        length = len;
      } else if (gzip == null) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(Long.parseLong(value));
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        if (compressible()) {
          super.setHeader("Content-Encoding", "gzip");
          super.addHeader("Vary", "Accept-Encoding");
          ServletOutputStream raw = super.getOutputStream();
          gzip = new GZIPOutputStream(raw, 8192);
          stream = new Compressed(gzip, raw);
        } else {
          if (length >= 0) {
            super.setContentLengthLong(length);
          }
          stream = super.getOutputStream();
        }
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (gzip != null) {
        gzip.flush();
      }
      super.flushBuffer();
    }

    void finish() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (gzip != null) {
        gzip.finish();
      }
    }
  }

  private static final class Compressed extends ServletOutputStream {
    private final GZIPOutputStream gzip;
    private final ServletOutputStream raw;

    Compressed(GZIPOutputStream gzip, ServletOutputStream raw) {
      this.gzip = gzip;
      this.raw = raw;
    }

    @Override
    public void write(int b) throws IOException {
      gzip.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      gzip.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      gzip.flush();
    }

    @Override
    public void close() throws IOException {
      gzip.finish();
      raw.close();
    }

    @Override
    public boolean isReady() {
      return raw.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      raw.setWriteListener(listener);
    }
  }
}
