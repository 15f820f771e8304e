package vn.pakn.platform.control;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Locale;

/** The session cookie's {@code SameSite} attribute, which the container does not write itself. */
public final class SameSiteCookies {

  private SameSiteCookies() {}

  /**
   * Adds {@code SameSite=Lax} to the session cookie the container has just set on this response:
   * Payara Micro 6 ignores the attribute given to {@code SessionCookieConfig}. Call it right after
   * a session is created, before the response is committed.
   */
  public static void sameSite(HttpServletResponse response) {
    var cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
    for (int i = 0; i < cookies.size(); i++) {
      String cookie = cookies.get(i);
      String lax =
          cookie.toLowerCase(Locale.ROOT).contains("samesite=")
              ? cookie
              : cookie + "; SameSite=Lax";
      if (i == 0) {
        response.setHeader("Set-Cookie", lax);
      } else {
        response.addHeader("Set-Cookie", lax);
      }
    }
  }
}
