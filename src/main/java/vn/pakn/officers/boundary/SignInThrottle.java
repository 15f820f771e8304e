package vn.pakn.officers.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.platform.control.ProblemException;

/**
 * At most {@code pakn.signIn.perMinute} (20) sign-in attempts a minute from one address on this
 * node, whatever the user name; the per-account lock (in the database) covers attacks spread over
 * addresses and nodes.
 */
@ApplicationScoped
public class SignInThrottle {

  @Inject
  @ConfigProperty(name = "pakn.signIn.perMinute", defaultValue = "20")
  int perMinute;

  private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private volatile long minute = currentMinute();

  public void attempt(String address) {
    long now = currentMinute();
    if (now != minute) {
      attempts.clear();
      minute = now;
    }
    if (attempts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet() > perMinute) {
      throw new ProblemException(429, "sign-in-throttled");
    }
  }

  private static long currentMinute() {
    return System.currentTimeMillis() / 60_000;
  }
}
