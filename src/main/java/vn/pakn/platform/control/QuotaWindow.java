package vn.pakn.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts uses per key in fixed windows (an hour, a day) and says when a key has used up its
 * allowance. Kept in memory on each node; the table is emptied at each new window, and also when it
 * grows past {@value #MAX_KEYS} keys, so a flood of distinct keys cannot exhaust memory.
 */
public final class QuotaWindow {

  static final int MAX_KEYS = 200_000;

  private final long windowMillis;
  private final ConcurrentHashMap<String, AtomicInteger> uses = new ConcurrentHashMap<>();
  private volatile long window = -1;

  public QuotaWindow(Duration window) {
    this.windowMillis = window.toMillis();
  }

  /** Counts one use; true when the key is still within {@code limit} uses in this window. */
  public boolean spend(String key, int limit, Instant now) {
    long current = now.toEpochMilli() / windowMillis;
    if (current != window || uses.size() >= MAX_KEYS) {
      synchronized (this) {
        if (current != window || uses.size() >= MAX_KEYS) {
          uses.clear();
          window = current;
        }
      }
    }
    return uses.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= limit;
  }

  /** Seconds until the current window ends, for {@code Retry-After}. */
  public long secondsLeft(Instant now) {
    long ms = now.toEpochMilli();
    return Math.max(1, (windowMillis - ms % windowMillis + 999) / 1000);
  }
}
