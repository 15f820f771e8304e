package vn.pakn.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response kept in memory, for filters that rewrite a page before it leaves (the page shell, an
 * answer page's own title): its length changes, so {@code Content-Length} is never passed on, and a
 * subclass may drop other headers that no longer describe the rewritten page.
 */
public class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;

  public CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  /** What the page wrote so far. */
  public byte[] bytes() {
    if (writer != null) {
      writer.flush();
    }
    return bytes.toByteArray();
  }

  /** Whether a header of the page is left out of the rewritten answer. */
  protected boolean dropped(String name) {
    return name.equalsIgnoreCase("Content-Length");
  }

  @Override
  public void setContentLength(int len) {}

  @Override
  public void setContentLengthLong(long len) {}

  @Override
  public void setHeader(String name, String value) {
    if (!dropped(name)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!dropped(name)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (!dropped(name)) {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (!dropped(name)) {
      super.addDateHeader(name, date);
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

  @Override
  public void resetBuffer() {
    bytes.reset();
  }

  @Override
  public void reset() {
    bytes.reset();
    super.reset();
  }
}
