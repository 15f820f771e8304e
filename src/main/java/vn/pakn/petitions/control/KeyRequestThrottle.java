package vn.pakn.petitions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.platform.control.ProblemException;

/**
 * Limits requests for a new access key on this node: at most {@code pakn.accessKey.perAddress} (20:
 * many phones share one address behind a carrier) an hour from one address and {@code
 * pakn.accessKey.perCode} (3) an hour for one typed tracking code. Both count what was typed, never
 * what exists, so the refusal tells nothing about a code.
 */
@ApplicationScoped
public class KeyRequestThrottle {

  @Inject
  @ConfigProperty(name = "pakn.accessKey.perAddress", defaultValue = "20")
  int perAddress;

  @Inject
  @ConfigProperty(name = "pakn.accessKey.perCode", defaultValue = "3")
  int perCode;

  Clock clock = Clock.systemUTC();

  private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile long hour = -1;

  public void attempt(String address, String typedCode) {
    long now = clock.millis() / 3_600_000;
    if (now != hour) {
      counts.clear();
      hour = now;
    }
    String code = typedCode == null ? "" : typedCode.strip().toUpperCase(Locale.ROOT);
    boolean addressOver = count("a:" + address) > perAddress;
    boolean codeOver = count("c:" + code) > perCode;
    if (addressOver || codeOver) {
      throw new ProblemException(429, "access-key-throttled");
    }
  }

  private int count(String key) {
    return counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }
}
