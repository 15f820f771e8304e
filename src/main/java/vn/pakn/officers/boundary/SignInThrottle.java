package vn.pakn.officers.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.pakn.platform.control.ProblemException;

/**
 * At most 20 sign-in attempts a minute from one address on this node, whatever the user name; the
 * per-account lock (in the database) covers attacks spread over addresses and nodes.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int PER_MINUTE = 20;

  private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private volatile long minute = currentMinute();

  public void attempt(String address) {
    long now = currentMinute();
    if (now != minute) {
      attempts.clear();
      minute = now;
    }
    if (attempts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet()
        > PER_MINUTE) {
      throw new ProblemException(429, "sign-in-throttled");
    }
  }

  private static long currentMinute() {
    return System.currentTimeMillis() / 60_000;
  }
}
