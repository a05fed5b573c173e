package webinarbot.delivery;

import java.time.Duration;

/**
 * How hard to try before giving up on a post.
 *
 * @param maxAttempts tries in all when the platform fails transiently (5xx, timeouts)
 * @param firstBackoff the wait after the first transient failure; each next one doubles
 * @param maxBackoff the longest wait between transient failures
 * @param maxRateLimitWaits how many 429s in a row are waited out before giving up
 * @param maxRetryAfter the longest Retry-After waited out; a longer one ends the tries
 */
public record RetryPolicy(
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    int maxRateLimitWaits,
    Duration maxRetryAfter) {

  /** 5 tries over about 15 s for 5xx; up to 10 rate-limit waits of at most 5 minutes. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), 10, Duration.ofMinutes(5));

  public RetryPolicy {
    if (maxAttempts < 1 || maxRateLimitWaits < 0) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /** The wait after the {@code failures}-th transient failure in a row (1-based). */
  public Duration backoff(int failures) {
    Duration d = firstBackoff;
    for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  /** What to wait for a 429: the platform's Retry-After, at least a second. */
  public Duration rateLimitWait(Duration retryAfter) {
    return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
  }
}
