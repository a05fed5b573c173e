package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.DeliveryOutcome;
import webinarbot.delivery.DeliveryService;
import webinarbot.delivery.Post;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.slack.SlackApiStandIn;

/**
 * Slack's documented rate limits, as the stand-in enforces them: it refuses calls over them with a
 * 429 and {@code Retry-After}, and the bot's delivery waits that out and posts each message once.
 * The stand-in and the retry loop share a test clock, so no real time passes.
 */
class SlackRateLimitsTest {
  private static final String NOW = "2030-06-01T10:00:00Z";
  private static final Target CHANNEL = new Target("slack", SlackBot.CHANNEL);

  /** The workspace cap here: Slack's is several hundred a minute; fewer keep the test short. */
  private static final int CAP = 30;

  private final DeliveryHarness harness = DeliveryHarness.onH2(NOW);
  private SlackApiStandIn slack;
  private SlackNotifier notifier;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackApiStandIn();
    slack.enforceRateLimits(harness.clock, CAP);
    notifier =
        new SlackNotifier(
            SlackClients.create(slack.apiUrl()).methods(SlackBot.BOT_TOKEN),
            List.of(SlackBot.CHANNEL),
            new SlackRenderer());
  }

  @AfterEach
  void stop() {
    harness.close();
    slack.close();
  }

  private static Webinar talk(int i) {
    return TestWebinars.timed("talk-" + i, "2030-06-10T17:00", "UTC").build();
  }

  private static Post announcement(int i) {
    return new Post.About(PostKind.ANNOUNCEMENT, talk(i));
  }

  @Test
  void givenFivePostsInAChannelThisSecond_whenASixthComes_thenSlackSays429WithRetryAfter()
      throws Exception {
    for (int i = 0; i < 5; i++) {
      notifier.send(CHANNEL, announcement(i), "key-" + i);
    }

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> notifier.send(CHANNEL, announcement(5), "key-5"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
    assertThat(slack.messages(SlackBot.CHANNEL)).hasSize(5);
    assertThat(slack.refused("chat.postMessage")).isEqualTo(1);
  }

  @Test
  void givenTheWorkspaceCapUsedUpThisMinute_whenAnotherUserIsMessaged_thenItIsRefused()
      throws Exception {
    for (int i = 0; i < CAP; i++) {
      notifier.send(new Subscriber("slack", "U" + i).target(), announcement(0), "dm-" + i);
    }

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class,
            () -> notifier.send(new Subscriber("slack", "UX").target(), announcement(0), "dm-x"));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
    assertThat(slack.messages("DUX")).isEmpty();
    assertThat(slack.calls("conversations.open")).isEmpty(); // DMs go to the user id
  }

  @Test
  void givenFiftyEditsThisMinute_whenAnotherComes_thenTier3Refuses() throws Exception {
    String ts = notifier.send(CHANNEL, announcement(0), "key");
    for (int i = 0; i < 50; i++) {
      notifier.edit(CHANNEL, ts, announcement(0));
    }
    assertThat(slack.refused("chat.update")).isZero();

    DeliveryException e =
        catchThrowableOfType(
            DeliveryException.class, () -> notifier.edit(CHANNEL, ts, announcement(0)));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
    assertThat(slack.refused("chat.update")).isEqualTo(1);
  }

  @Test
  void givenEightAnnouncementsForOneChannel_whenDelivered_thenTheRetryLoopWaitsAndPostsEachOnce() {
    DeliveryService service = harness.service(notifier);
    List<CompletableFuture<DeliveryOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Delivery d = Delivery.now((Post.About) announcement(i), harness.clock.instant());
      outcomes.addAll(service.deliver(d, List.of(CHANNEL), DeliveryService.Claim.ONCE).values());
    }

    outcomes.forEach(
        f ->
            assertThat(f.orTimeout(20, TimeUnit.SECONDS).join())
                .isInstanceOf(DeliveryOutcome.Sent.class));
    assertThat(slack.messages(SlackBot.CHANNEL)).hasSize(8);
    assertThat(slack.refused("chat.postMessage")).isEqualTo(1);
    assertThat(harness.sleeper.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void givenMoreDirectMessagesThanTheWorkspaceCap_whenDelivered_thenEveryoneGetsExactlyOne() {
    DeliveryService service = harness.service(notifier);
    int people = CAP + 10;
    List<Target> subscribers = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      subscribers.add(new Subscriber("slack", "U" + i).target());
    }
    Delivery dm = Delivery.now(new Post.About(PostKind.PERSONAL, talk(0)), harness.clock.instant());

    Map<Target, CompletableFuture<DeliveryOutcome>> outcomes =
        service.deliver(dm, subscribers, DeliveryService.Claim.ONCE);

    outcomes.values().forEach(f -> f.orTimeout(60, TimeUnit.SECONDS).join());
    for (int i = 0; i < people; i++) {
      assertThat(slack.messages("DU" + i)).as("DM to U" + i).hasSize(1);
    }
    // DMs go out through several lanes at once: each lane that meets the cap waits it out.
    assertThat(slack.refused("chat.postMessage")).isBetween(1L, 8L);
    assertThat(harness.sleeper.waits())
        .isNotEmpty()
        .allMatch(w -> !w.isNegative() && w.compareTo(Duration.ofSeconds(60)) <= 0);
  }
}
