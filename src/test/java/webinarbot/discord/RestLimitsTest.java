package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webinarbot.testing.MutableClock;
import webinarbot.testing.RecordingSleeper;

/**
 * The REST notifier's own pacing: bucket routes, and the global pace it learns from Discord's
 * answers (the global limit is per bot, shared by every replica sending at once).
 */
class RestLimitsTest {
  private final MutableClock clock = MutableClock.at("2030-06-01T10:00:00Z");
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final RestLimits limits = new RestLimits(clock, sleeper);

  private static HttpHeaders headers(Map<String, String> h) {
    return HttpHeaders.of(
        h.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
        (a, b) -> true);
  }

  @Test
  void givenPathsWithIds_thenOnlyTheMajorParameterSeparatesBuckets() {
    assertThat(RestLimits.route("POST", "channels/12/messages"))
        .isEqualTo("POST channels/12/messages");
    assertThat(RestLimits.route("PATCH", "channels/12/messages/34"))
        .isEqualTo("PATCH channels/12/messages/:id");
    assertThat(RestLimits.route("GET", "channels/12/messages?limit=50"))
        .isEqualTo("GET channels/12/messages");
  }

  @Test
  void givenAGlobal429_thenThePaceSlowsAndEveryRequestWaitsItsRetryAfter() throws Exception {
    Duration fastest = limits.spacing();

    limits.after(
        "POST users/@me/channels",
        429,
        headers(Map.of("X-RateLimit-Global", "true", "Retry-After", "1")));
    limits.before("POST channels/9/messages");

    assertThat(limits.spacing()).isGreaterThan(fastest.multipliedBy(14).dividedBy(10));
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void givenSuccessesAfterASlowDown_thenThePaceComesBackToTheFastest() {
    Duration fastest = limits.spacing();
    limits.after("r", 429, headers(Map.of("X-RateLimit-Scope", "global", "Retry-After", "0")));

    for (int i = 0; i < 100; i++) {
      limits.after("r", 200, headers(Map.of()));
    }

    assertThat(limits.spacing()).isEqualTo(fastest);
  }

  @Test
  void givenARouteBucketUsedUp_thenTheNextRequestOnItWaitsForTheReset() throws Exception {
    limits.after(
        "POST channels/12/messages",
        200,
        headers(Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", "4.5")));

    limits.before("POST channels/12/messages");

    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(4500));
  }
}
