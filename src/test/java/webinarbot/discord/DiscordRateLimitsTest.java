package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.DeliveryOutcome;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Notifier;
import webinarbot.delivery.Post;
import webinarbot.delivery.RetryPolicy;
import webinarbot.delivery.Sleeper;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.testing.MutableClock;
import webinarbot.testing.RecordingSleeper;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * Discord's documented rate limits, as the stand-in enforces them (global 50 requests a second; 5
 * messages per 5 s per channel, announced in {@code X-RateLimit-*} headers), and both ways the bot
 * posts keeping within them: the REST notifier of a cluster, and the real JDA of a single replica.
 */
class DiscordRateLimitsTest {
  @RegisterExtension static final DiscordFixture FIXTURE = new DiscordFixture();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Target ANNOUNCEMENTS = new Target("discord", DiscordWorld.ANNOUNCEMENTS);
  private static final String POST_MESSAGE = "channels/" + DiscordWorld.ANNOUNCEMENTS + "/messages";
  private static final Post ANNOUNCEMENT =
      new Post.About(
          PostKind.ANNOUNCEMENT,
          WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(7))));

  private static HttpResponse<String> post(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(FIXTURE.discord().apiUrl().resolve(path))
                .header("Authorization", "Bot stand-in-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"hi\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static RestDiscordNotifier rest(MutableClock clock, RecordingSleeper sleeper) {
    return new RestDiscordNotifier(
        FIXTURE.discord().apiUrl(),
        "stand-in-token",
        List.of(DiscordWorld.ANNOUNCEMENTS),
        Duration.ofSeconds(5),
        false,
        DiscordPosts.GOOGLE_ONLY,
        new RestLimits(clock, sleeper));
  }

  @Test
  void givenFiveMessagesInAChannel_whenASixthComes_thenA429SaysWhenTheBucketResets()
      throws Exception {
    FIXTURE.discord().enforceRateLimits(new MutableClock(DiscordFixture.NOW));
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(post(POST_MESSAGE));
    }

    HttpResponse<String> fifth = answers.get(4);
    HttpResponse<String> sixth = answers.get(5);
    assertThat(fifth.statusCode()).isEqualTo(200);
    assertThat(fifth.headers().firstValue("X-RateLimit-Limit")).contains("5");
    assertThat(fifth.headers().firstValue("X-RateLimit-Remaining")).contains("0");
    assertThat(fifth.headers().firstValue("X-RateLimit-Reset-After")).contains("5.000");
    assertThat(fifth.headers().firstValue("X-RateLimit-Bucket")).isPresent();
    assertThat(sixth.statusCode()).isEqualTo(429);
    JsonNode body = JSON.readTree(sixth.body());
    assertThat(body.path("retry_after").asDouble()).isEqualTo(5.0);
    assertThat(body.path("global").asBoolean()).isFalse();
    assertThat(sixth.headers().firstValue("Retry-After")).contains("5");
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(5);
  }

  @Test
  void givenFiftyRequestsThisSecond_whenAnotherComes_thenTheGlobalLimitRefusesIt()
      throws Exception {
    FIXTURE.discord().enforceRateLimits(new MutableClock(DiscordFixture.NOW));
    for (int i = 0; i < 50; i++) {
      assertThat(post("users/@me/channels").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> over = post("users/@me/channels");

    assertThat(over.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(over.body()).path("global").asBoolean()).isTrue();
    assertThat(over.headers().firstValue("X-RateLimit-Global")).contains("true");
    assertThat(over.headers().firstValue("X-RateLimit-Scope")).contains("global");
  }

  @Test
  void givenSevenPostsForOneChannel_whenSentThroughRest_thenTheBucketIsWaitedOutBeforeA429()
      throws Exception {
    MutableClock clock = new MutableClock(DiscordFixture.NOW);
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FIXTURE.discord().enforceRateLimits(clock);
    RestDiscordNotifier rest = rest(clock, sleeper);

    for (int i = 0; i < 7; i++) {
      rest.send(ANNOUNCEMENTS, ANNOUNCEMENT, "key-" + i);
    }

    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(7);
    assertThat(FIXTURE.discord().refused()).isEmpty();
    assertThat(sleeper.waits().stream().reduce(Duration.ZERO, Duration::plus))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void
      givenThirtyDirectMessagesOfTwoRequestsEach_whenSentThroughRest_thenTheyAreSpacedUnderTheGlobalLimit()
          throws Exception {
    MutableClock clock = new MutableClock(DiscordFixture.NOW);
    RecordingSleeper sleeper = new RecordingSleeper(clock);
    FIXTURE.discord().enforceRateLimits(clock);
    RestDiscordNotifier rest = rest(clock, sleeper);
    Post dm =
        new Post.About(
            PostKind.PERSONAL,
            WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(7))));

    for (int i = 0; i < 30; i++) {
      rest.send(new Subscriber("discord", "17" + i).target(), dm, "dm-" + i);
    }

    for (int i = 0; i < 30; i++) {
      assertThat(FIXTURE.discord().directMessages("17" + i)).hasSize(1);
    }
    assertThat(FIXTURE.discord().refused()).isEmpty(); // 60 requests: DM channel, then message
    assertThat(Duration.between(DiscordFixture.NOW, clock.instant()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(59 * 20));
  }

  @Test
  void givenFortyDirectMessagesFromEightLanes_whenSentByASingleReplica_thenNoneIsRefused()
      throws Exception {
    FIXTURE.discord().enforceRateLimits();
    Notifier single = FIXTURE.module().notifier();
    Post dm =
        new Post.About(
            PostKind.PERSONAL,
            WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(7))));
    java.util.concurrent.ExecutorService lanes =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<String>> sent = new ArrayList<>();

    try {
      for (int i = 0; i < 40; i++) {
        Target user = new Subscriber("discord", "18" + i).target();
        String key = "single-dm-" + i;
        sent.add(lanes.submit(() -> single.send(user, dm, key)));
      }
      for (java.util.concurrent.Future<String> f : sent) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      lanes.shutdownNow();
    }

    for (int i = 0; i < 40; i++) {
      assertThat(FIXTURE.discord().directMessages("18" + i)).hasSize(1);
    }
    // 80 requests (DM channel, then message) in under two seconds' worth of the global limit.
    assertThat(FIXTURE.discord().refused()).isEmpty();
  }

  /**
   * The bot runs JDA's requests as {@code complete(false)} (see {@code RestCalls}): JDA sends the
   * request and hands the 429 back with Discord's wait instead of queueing it, so the delivery
   * service decides when to try again.
   */
  @Test
  void givenFivePostsInAChannel_whenJdaSendsASixth_thenJdaReportsDiscordsWait() throws Exception {
    FIXTURE.discord().enforceRateLimits();
    Notifier jda = FIXTURE.module().notifier();
    for (int i = 0; i < 5; i++) {
      jda.send(ANNOUNCEMENTS, ANNOUNCEMENT, "jda-key-" + i);
    }

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> jda.send(ANNOUNCEMENTS, ANNOUNCEMENT, "jda-key-5"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
    assertThat(e.retryAfter().orElseThrow())
        .isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5));
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(5);
    assertThat(FIXTURE.discord().refused()).hasSize(1);
  }

  @Test
  void givenSevenAnnouncementsForOneChannel_whenDeliveredThroughJda_thenEachIsPostedOnce() {
    FIXTURE.discord().enforceRateLimits();
    Clock clock = Clock.systemUTC();
    try (DeliveryService service =
        new DeliveryService(
            List.of(FIXTURE.module().notifier()),
            new DeliveryLedger(StandardCommands.migratedH2(clock), clock, "rate-limits-test"),
            RetryPolicy.DEFAULT,
            Sleeper.real(),
            clock,
            new SimpleMeterRegistry())) {
      List<CompletableFuture<DeliveryOutcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        Post.About about =
            new Post.About(
                PostKind.ANNOUNCEMENT,
                WebinarFixtures.sample("talk_" + i, DiscordFixture.NOW.plus(Duration.ofDays(7))));
        outcomes.addAll(
            service
                .deliver(
                    Delivery.now(about, clock.instant()),
                    List.of(ANNOUNCEMENTS),
                    DeliveryService.Claim.ONCE)
                .values());
      }

      // A real wait: JDA's bucket resets 5 s after the first post.
      outcomes.forEach(
          f ->
              assertThat(f.orTimeout(30, TimeUnit.SECONDS).join())
                  .isInstanceOf(DeliveryOutcome.Sent.class));
    }
    assertThat(FIXTURE.discord().messagesIn(DiscordWorld.ANNOUNCEMENTS)).hasSize(7);
    assertThat(FIXTURE.discord().requests("POST", POST_MESSAGE)).hasSize(7);
    assertThat(FIXTURE.discord().refused()).hasSize(1); // the sixth, once, then after the wait
  }
}
