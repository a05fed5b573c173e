package webinarbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A platform's rate limit as the stand-ins enforce it: at most {@code limit} calls in each window
 * of {@code length} that starts with the first call after the last window ended (how Discord's
 * buckets reset, and close to how Slack's per-minute tiers behave, short bursts included).
 */
public final class RateWindow {
  /** What a call was told: allowed, how many are left, and when the window resets. */
  public record Verdict(boolean allowed, int limit, int remaining, Duration resetAfter) {}

  private final int limit;
  private final Duration length;
  private final Clock clock;
  private Instant start = Instant.MIN;
  private int used;

  public RateWindow(int limit, Duration length, Clock clock) {
    this.limit = limit;
    this.length = length;
    this.clock = clock;
  }

  /** Counts one call if the window has room for it. */
  public synchronized Verdict take() {
    Instant now = clock.instant();
    if (start.equals(Instant.MIN) || !now.isBefore(start.plus(length))) {
      start = now;
      used = 0;
    }
    Duration resetAfter = Duration.between(now, start.plus(length));
    if (used >= limit) {
      return new Verdict(false, limit, 0, resetAfter);
    }
    used++;
    return new Verdict(true, limit, limit - used, resetAfter);
  }

  /** Gives back a call {@link #take} counted that another limit then refused. */
  public synchronized void giveBack() {
    if (used > 0) {
      used--;
    }
  }
}
