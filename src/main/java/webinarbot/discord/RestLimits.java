package webinarbot.discord;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webinarbot.delivery.Sleeper;

/**
 * Keeps the REST notifier inside Discord's rate limits before Discord has to say no, as JDA's own
 * requester does: a route whose bucket said {@code X-RateLimit-Remaining: 0} waits out its {@code
 * X-RateLimit-Reset-After}, and requests are spaced to stay under the global 50 a second. Discord
 * counts 429s against a bot (10,000 in 10 minutes and it is banned for a while), so a fan-out to
 * thousands of users must not learn the limits from refusals.
 */
final class RestLimits {
  /** Discord's global limit per bot: 50 requests a second. */
  static final int GLOBAL_PER_SECOND = 50;

  /**
   * A tenth under the global limit: a thread that wakes late sends its request close behind the
   * next one, and two such pairs in one second would be one request too many.
   */
  private static final Duration SPACING = Duration.ofMillis(1000 / (GLOBAL_PER_SECOND * 9 / 10));

  /** Ids after these segments are a route's major parameter: each has its own bucket. */
  private static final Pattern MINOR_ID = Pattern.compile("(?<!channels|guilds|webhooks)/\\d+");

  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> exhaustedUntil = new ConcurrentHashMap<>();
  private Instant nextSlot = Instant.MIN;

  RestLimits(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  static RestLimits real() {
    return new RestLimits(Clock.systemUTC(), d -> Thread.sleep(Math.max(1, d.toMillis())));
  }

  /** The bucket a request falls in: method and path with the minor ids left out. */
  static String route(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    Matcher m = MINOR_ID.matcher(bare);
    return method + " " + m.replaceAll("/:id");
  }

  /** Waits until a request on {@code route} is within both limits. */
  void before(String route) throws InterruptedException {
    Instant until = exhaustedUntil.get(route);
    Instant now = clock.instant();
    if (until != null && now.isBefore(until)) {
      sleeper.sleep(Duration.between(now, until));
    }
    Duration wait = globalSlot();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  /** How long until this request's turn under the global limit; books the turn. */
  private synchronized Duration globalSlot() {
    Instant now = clock.instant();
    Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
    nextSlot = slot.plus(SPACING);
    return Duration.between(now, slot);
  }

  /** Reads the bucket headers of an answer (also of a 429: its bucket is empty until the reset). */
  void after(String route, HttpHeaders headers) {
    String remaining = headers.firstValue("X-RateLimit-Remaining").orElse(null);
    String resetAfter = headers.firstValue("X-RateLimit-Reset-After").orElse(null);
    if (remaining == null || resetAfter == null) {
      return;
    }
    try {
      if (Integer.parseInt(remaining.trim()) > 0) {
        exhaustedUntil.remove(route);
        return;
      }
      long millis = Math.round(Double.parseDouble(resetAfter.trim()) * 1000);
      exhaustedUntil.put(route, clock.instant().plusMillis(millis));
    } catch (NumberFormatException e) {
      // A header we cannot read: the 429, if any, still tells us when to try again.
    }
  }
}
