package vn.pakn.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.pakn.platform.control.Limits;
import vn.pakn.platform.control.PayloadTooLargeException;
import vn.pakn.platform.control.ProblemException;

/**
 * Refuses API request bodies over the largest request the API accepts before anything reads them:
 * at once when {@code Content-Length} says so, and while reading when the body is chunked.
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {

  @Inject Limits limits;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long max = limits.maxRequestBytes();
    long declared = request.getContentLengthLong();
    if (declared > max) {
      response.setHeader("Connection", "close");
      ServletProblems.write(request, response, new ProblemException(413, "too-large"));
      return;
    }
    chain.doFilter(declared >= 0 ? request : new Bounded(request, max), response);
  }

  /** A request whose body stream fails once more than {@code max} bytes have been read. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final ServletInputStream in;

    Bounded(HttpServletRequest request, long max) throws IOException {
      super(request);
      ServletInputStream raw = request.getInputStream();
      this.in =
          new ServletInputStream() {
            private long read;

            @Override
            public int read() throws IOException {
              int b = raw.read();
              if (b >= 0) {
                count(1);
              }
              return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
              int n = raw.read(buffer, offset, length);
              if (n > 0) {
                count(n);
              }
              return n;
            }

            private void count(int n) throws PayloadTooLargeException {
              read += n;
              if (read > max) {
                throw new PayloadTooLargeException(max);
              }
            }

            @Override
            public boolean isFinished() {
              return raw.isFinished();
            }

            @Override
            public boolean isReady() {
              return raw.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
              raw.setReadListener(listener);
            }
          };
    }

    @Override
    public ServletInputStream getInputStream() {
      return in;
    }
  }
}
