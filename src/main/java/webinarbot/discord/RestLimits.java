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
  private static final long FASTEST_MICROS = 1_000_000L / (GLOBAL_PER_SECOND * 9 / 10);

  /** The slowest pace a run of global 429s brings it down to: 5 requests a second. */
  private static final long SLOWEST_MICROS = 200_000L;

  /** Ids after these segments are a route's major parameter: each has its own bucket. */
  private static final Pattern MINOR_ID = Pattern.compile("(?<!channels|guilds|webhooks)/\\d+");

  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> exhaustedUntil = new ConcurrentHashMap<>();
  private Instant nextSlot = Instant.MIN;

  /**
   * The spacing now. The global limit is per bot, not per process: replicas sending at once share
   * it. A global 429 slows this process down by a third and each success speeds it up by half a
   * percent (back to full speed within a few seconds), so replicas sending at once settle near
   * their share between them instead of each taking the whole.
   */
  private long spacingMicros = FASTEST_MICROS;

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
    nextSlot = slot.plusNanos(spacingMicros * 1000);
    return Duration.between(now, slot);
  }

  /** The pace now: the time between two requests. */
  synchronized Duration spacing() {
    return Duration.ofNanos(spacingMicros * 1000);
  }

  /**
   * Reads an answer's bucket headers (also a 429's: its bucket is empty until the reset), and
   * learns from it how fast to go: a global 429 slows the pace and holds every request back for its
   * {@code Retry-After}; a success speeds it up a little.
   */
  void after(String route, int status, HttpHeaders headers) {
    if (status == 429 && isGlobal(headers)) {
      slowDown(headers.firstValue("Retry-After").map(RestLimits::seconds).orElse(1.0));
    } else if (status < 300) {
      speedUp();
    }
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
      long millis = (long) Math.ceil(Double.parseDouble(resetAfter.trim()) * 1000);
      exhaustedUntil.put(route, clock.instant().plusMillis(millis));
    } catch (NumberFormatException e) {
      // A header we cannot read: the 429, if any, still tells us when to try again.
    }
  }

  private static boolean isGlobal(HttpHeaders headers) {
    return headers
            .firstValue("X-RateLimit-Global")
            .map(v -> v.equalsIgnoreCase("true"))
            .orElse(false)
        || headers.firstValue("X-RateLimit-Scope").map(v -> v.equals("global")).orElse(false);
  }

  private static double seconds(String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return 1.0;
    }
  }

  private synchronized void slowDown(double retryAfterSeconds) {
    spacingMicros = Math.min(SLOWEST_MICROS, spacingMicros * 3 / 2);
    Instant resume = clock.instant().plusMillis(Math.round(retryAfterSeconds * 1000));
    if (resume.isAfter(nextSlot)) {
      nextSlot = resume;
    }
  }

  private synchronized void speedUp() {
    spacingMicros = Math.max(FASTEST_MICROS, spacingMicros - Math.max(1, spacingMicros / 200));
  }
}
