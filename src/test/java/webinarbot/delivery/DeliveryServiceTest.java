package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.TestWebinars;

class DeliveryServiceTest {
  private static final String NOW = "2026-06-10T16:00:00Z";
  private final DeliveryHarness harness = DeliveryHarness.onH2(NOW);
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();
  private final RecordingNotifier slack = new RecordingNotifier("slack", "C1");
  private final RecordingNotifier discord = new RecordingNotifier("discord", "D1");

  @AfterEach
  void close() {
    harness.close();
  }

  private Delivery reminder() {
    return new Delivery(
        new Post.About(PostKind.reminder(Duration.ofHours(1)), talk),
        Revisions.startOf(talk),
        Instant.parse(NOW),
        Optional.of(Instant.parse("2026-06-10T16:30:00Z")));
  }

  private static Map<Target, DeliveryOutcome> outcomes(
      Map<Target, CompletableFuture<DeliveryOutcome>> futures) {
    Map<Target, DeliveryOutcome> out = new java.util.LinkedHashMap<>();
    futures.forEach((t, f) -> out.put(t, f.orTimeout(10, TimeUnit.SECONDS).join()));
    return out;
  }

  @Test
  void givenTwoPlatforms_whenAReminderIsDelivered_thenEachGetsItOnceAndTheLedgerHoldsTheIds() {
    DeliveryService service = harness.service(slack, discord);

    var result =
        outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    assertThat(result.values()).allMatch(o -> o instanceof DeliveryOutcome.Sent);
    assertThat(slack.messages()).hasSize(1);
    assertThat(discord.messages()).hasSize(1);
    LedgerEntry row = harness.ledger().find(reminder().key(slack.target())).orElseThrow();
    assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(row.messageId()).contains(slack.messages().get(0).id());
  }

  @Test
  void givenAReminderAlreadySent_whenDeliveredAgain_thenNothingIsPostedTwice() {
    DeliveryService service = harness.service(slack);
    outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    var again =
        outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    assertThat(again.get(slack.target()))
        .isEqualTo(new DeliveryOutcome.Already(slack.target(), DeliveryStatus.SENT));
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void givenA429WithRetryAfter_whenDelivered_thenItWaitsThatLongAndPosts() {
    slack.failNext(DeliveryException.rateLimited("429", Duration.ofSeconds(7)));
    DeliveryService service = harness.service(slack);

    var result =
        outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    assertThat(result.get(slack.target())).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(harness.sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void givenTwo5xx_whenDelivered_thenItBacksOffExponentiallyAndPostsOnce() {
    slack.failNext(
        DeliveryException.transientFailure("502", null),
        DeliveryException.transientFailure("timeout", null));
    DeliveryService service = harness.service(slack);

    outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    assertThat(harness.sleeper.waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(slack.messages()).hasSize(1);
    assertThat(harness.ledger().find(reminder().key(slack.target())).orElseThrow().attempts())
        .isEqualTo(3);
    assertThat(
            harness
                .meters
                .counter(
                    "webinarbot.delivery.retries",
                    "platform",
                    "slack",
                    "kind",
                    "reminder-1h",
                    "reason",
                    "transient")
                .count())
        .isEqualTo(2);
    assertThat(harness.deliveries("slack", "reminder-1h", "sent")).isEqualTo(1);
  }

  @Test
  void givenATimeoutAfterThePlatformPosted_whenRetried_thenItFindsThePostInsteadOfRepeatingIt()
      throws Exception {
    // The platform took the message but the answer timed out: the retry must not post again.
    slack.crashAfterPosting();
    DeliveryService service = harness.service(slack);
    var first = service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE);
    assertThat(first.get(slack.target())).failsWithin(Duration.ofSeconds(10));

    DeliveryService restarted = harness.service(slack);
    var resumed = new Recovery(restarted, id -> Optional.of(talk)).resumeAll();

    assertThat(resumed).hasSize(1);
    assertThat(resumed.get(0).get(10, TimeUnit.SECONDS))
        .isEqualTo(new DeliveryOutcome.Sent(slack.target(), slack.messages().get(0).id()));
    assertThat(slack.messages()).hasSize(1);
    assertThat(harness.ledger().find(reminder().key(slack.target())).orElseThrow().status())
        .isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void givenACrashBeforeThePlatformSawThePost_whenRestarted_thenItIsPostedExactlyOnce()
      throws Exception {
    slack.crashBeforePosting();
    DeliveryService service = harness.service(slack);
    assertThat(
            service
                .deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE)
                .get(slack.target()))
        .failsWithin(Duration.ofSeconds(10));
    assertThat(slack.messages()).isEmpty();

    DeliveryService restarted = harness.service(slack);
    var resumed = new Recovery(restarted, id -> Optional.of(talk)).resumeAll();

    assertThat(resumed.get(0).get(10, TimeUnit.SECONDS)).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void givenAPermanentErrorOnOneTarget_whenDelivered_thenItFailsFastAndTheOtherStillGetsIt() {
    slack.failNext(DeliveryException.permanent("channel_not_found"));
    DeliveryService service = harness.service(slack, discord);

    var result =
        outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    assertThat(result.get(slack.target()))
        .isEqualTo(new DeliveryOutcome.Failed(slack.target(), "permanent: channel_not_found"));
    assertThat(slack.sendCalls()).isEqualTo(1);
    assertThat(discord.messages()).hasSize(1);
    assertThat(harness.deliveries("slack", "reminder-1h", "failed")).isEqualTo(1.0);
  }

  @Test
  void givenOneTargetStuckInASlowPost_whenDelivering_thenTheOtherTargetIsNotHeldUp()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    slack.beforeEachSend(() -> awaitQuietly(release));
    DeliveryService service = harness.service(slack, discord);

    var futures = service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE);

    assertThat(futures.get(discord.target()).get(10, TimeUnit.SECONDS))
        .isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(futures.get(slack.target())).isNotDone();
    release.countDown();
    assertThat(futures.get(slack.target()).get(10, TimeUnit.SECONDS))
        .isInstanceOf(DeliveryOutcome.Sent.class);
  }

  @Test
  void givenAPostPastItsDeadline_whenItsTurnComes_thenItIsSkippedWithTheReasonNotSentLate() {
    DeliveryService service = harness.service(slack);
    harness.clock.set(Instant.parse("2026-06-10T16:45:00Z"));

    var result =
        outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    assertThat(result.get(slack.target())).isInstanceOf(DeliveryOutcome.Skipped.class);
    assertThat(slack.sendCalls()).isZero();
    assertThat(
            harness
                .ledger()
                .find(reminder().key(slack.target()))
                .orElseThrow()
                .detail()
                .orElseThrow())
        .startsWith("too late: due 2026-06-10T16:00:00Z, deadline 2026-06-10T16:30:00Z");
  }

  @Test
  void givenARetryAfterBeyondTheDeadline_whenRateLimited_thenItIsSkippedInsteadOfPostedLate() {
    slack.failNext(DeliveryException.rateLimited("429", Duration.ofMinutes(40)));
    DeliveryService service = harness.service(slack);

    var result =
        outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    assertThat(result.get(slack.target())).isInstanceOf(DeliveryOutcome.Skipped.class);
    assertThat(slack.messages()).isEmpty();
  }

  @Test
  void
      givenAPlatformFailing30PercentOfCalls_when200RemindersAreDelivered_thenEachArrivesExactlyOnce() {
    slack.failRandomly(0.3, 42);
    discord.failRandomly(0.3, 7);
    DeliveryService service = harness.service(slack, discord);
    List<CompletableFuture<DeliveryOutcome>> all = new ArrayList<>();

    for (int i = 0; i < 200; i++) {
      Webinar w = TestWebinars.timed("w" + i, "2026-06-10T17:00", "UTC").build();
      Delivery d =
          new Delivery(
              new Post.About(PostKind.reminder(Duration.ofHours(1)), w),
              Revisions.startOf(w),
              Instant.parse(NOW),
              Optional.empty());
      all.addAll(service.deliver(d, service.targets(), DeliveryService.Claim.ONCE).values());
    }
    all.forEach(f -> f.orTimeout(30, TimeUnit.SECONDS).join());

    for (RecordingNotifier n : List.of(slack, discord)) {
      assertThat(n.messages()).hasSize(200);
      assertThat(n.messages().stream().map(m -> ((Post.About) m.post()).webinar().id()).distinct())
          .hasSize(200);
      assertThat(n.sendCalls()).isGreaterThan(250);
    }
  }

  @Test
  void givenTheTalkWasEdited_whenEditingPostedMessages_thenEachIsEditedOnceInPlace() {
    DeliveryService service = harness.service(slack);
    outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));
    Webinar retitled =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").title("Better title").build();

    service.editPosted(retitled).forEach(CompletableFuture::join);
    service.editPosted(retitled).forEach(CompletableFuture::join);

    assertThat(slack.edits()).hasSize(1);
    assertThat(slack.edits().get(0).messageId()).isEqualTo(slack.messages().get(0).id());
    assertThat(((Post.About) slack.edits().get(0).post()).webinar().title())
        .isEqualTo("Better title");
  }

  @Test
  void
      givenAPostInFlightAndOneQueued_whenTheServiceStops_thenTheFirstFinishesAndTheOtherWaitsForTheNextStart()
          throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inFlight = holdSlackSendsUntil(release);
    DeliveryService service = harness.service(slack);
    Webinar other = TestWebinars.timed("other", "2026-06-10T17:00", "UTC").build();
    Delivery second =
        Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, other), Instant.parse(NOW));
    var first = service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE);
    var queued = service.deliver(second, service.targets(), DeliveryService.Claim.ONCE);
    assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();

    Thread stopping = new Thread(() -> service.close(Duration.ofSeconds(10)));
    stopping.start();
    // Release the post in flight only once the stop is under way (waiting for the lanes).
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
    release.countDown();
    stopping.join(10_000);

    assertThat(first.get(slack.target()).get()).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(queued.get(slack.target()).get()).isInstanceOf(DeliveryOutcome.Interrupted.class);
    assertThat(harness.ledger().find(second.key(slack.target())).orElseThrow().status())
        .isEqualTo(DeliveryStatus.PENDING);
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void givenASubscriber_whenTheirDirectMessageIsDelivered_thenTheirPlatformSendsIt() {
    DeliveryService service = harness.service(slack);
    Target ada = new Subscriber("slack", "U1").target();
    Delivery dm =
        new Delivery(
            new Post.About(PostKind.PERSONAL, talk),
            Revisions.startOf(talk),
            Instant.parse(NOW),
            Optional.empty());

    var result = outcomes(service.deliver(dm, List.of(ada), DeliveryService.Claim.ONCE));

    assertThat(result.get(ada)).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(slack.messages())
        .singleElement()
        .satisfies(m -> assertThat(m.target()).isEqualTo(ada));
    assertThat(service.posts(ada)).isTrue();
    assertThat(service.posts(slack.target())).isTrue();
    assertThat(service.posts(new Subscriber("discord", "1").target())).isFalse();
    assertThat(service.posts(new Target("slack", "C-ELSEWHERE"))).isFalse();
    Assertions.assertThatThrownBy(
            () ->
                service.deliver(
                    dm, List.of(new Target("slack", "C-ELSEWHERE")), DeliveryService.Claim.ONCE))
        .hasMessageContaining("no notifier posts to slack:C-ELSEWHERE");
  }

  @Test
  void givenAReminderSkipped_thenItIsCountedAndLoggedWithItsReason() throws Exception {
    DeliveryService service = harness.service(slack);

    try (LogCapture log = new LogCapture()) {
      service.skip(reminder(), service.targets(), "missed during downtime");

      assertThat(log.text())
          .contains("skipped reminder-1h about talk on slack:C1: missed during downtime");
    }
    assertThat(harness.deliveries("slack", "reminder-1h", "skipped")).isEqualTo(1.0);
  }

  @Test
  void givenAPostStuckLongerThanTheGrace_whenStopping_thenTheStopReturnsAndSaysItResumesLater()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inFlight = holdSlackSendsUntil(release);
    DeliveryService service = harness.service(slack);
    var stuck = service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE);
    assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();

    try (LogCapture log = new LogCapture()) {
      service.close(Duration.ofMillis(200));

      assertThat(log.text()).contains("some posts were still in flight after PT0.2S");
    } finally {
      release.countDown();
    }
    assertThat(stuck.get(slack.target()).get(10, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void givenNothingInFlight_whenStopping_thenNothingIsSaidAboutPostsLeft() throws Exception {
    DeliveryService service = harness.service(slack);
    outcomes(service.deliver(reminder(), service.targets(), DeliveryService.Claim.ONCE));

    try (LogCapture log = new LogCapture()) {
      service.close(Duration.ofSeconds(5));

      assertThat(log.text()).doesNotContain("still in flight");
    }
  }

  @Test
  void givenAPostedAnnouncement_whenTheInterestIsShown_thenTheEditSaysSoAndReportsItsOutcome() {
    DeliveryService service = harness.service(slack);
    Delivery announcement =
        Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));
    outcomes(service.deliver(announcement, service.targets(), DeliveryService.Claim.ONCE));
    LedgerEntry posted = harness.ledger().find(announcement.key(slack.target())).orElseThrow();

    boolean edited = service.editInterest(posted, talk, 3).orTimeout(10, TimeUnit.SECONDS).join();

    assertThat(edited).isTrue();
    assertThat(slack.edits())
        .singleElement()
        .satisfies(e -> assertThat(((Post.About) e.post()).interest()).isEqualTo(3));
  }

  /** Every Slack send waits for {@code release}; the latch returned opens when one is waiting. */
  private CountDownLatch holdSlackSendsUntil(CountDownLatch release) {
    CountDownLatch inFlight = new CountDownLatch(1);
    slack.beforeEachSend(
        () -> {
          inFlight.countDown();
          awaitQuietly(release);
        });
    return inFlight;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void givenDirectMessagesToManyUsers_whenDelivered_thenSeveralGoOutAtOnce() throws Exception {
    // Each send waits until another is in flight beside it: with one lane per platform the
    // fan-out is held to one round trip at a time, and no send ever has company.
    CountDownLatch two = new CountDownLatch(2);
    List<Boolean> hadCompany = java.util.Collections.synchronizedList(new ArrayList<>());
    slack.beforeEachSend(
        () -> {
          two.countDown();
          try {
            hadCompany.add(two.await(10, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    DeliveryService service = harness.service(slack);
    List<Target> users = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      users.add(new Subscriber("slack", "U" + i).target());
    }
    Delivery dm = Delivery.now(new Post.About(PostKind.PERSONAL, talk), Instant.parse(NOW));

    outcomes(service.deliver(dm, users, DeliveryService.Claim.ONCE));

    assertThat(slack.messages()).hasSize(16);
    assertThat(hadCompany).hasSize(16).containsOnly(true);
  }
}
