package vn.pakn.platform.control;

import java.util.UUID;
import java.util.regex.Pattern;

/** Accepts a caller's correlation id only when it is short and plain; otherwise makes one. */
public final class CorrelationIds {

  public static final String HEADER = "X-Correlation-Id";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  private CorrelationIds() {}

  public static String acceptOrCreate(String offered) {
    return offered != null && PLAIN.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }
}
