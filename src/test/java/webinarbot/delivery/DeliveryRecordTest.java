package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.TestWebinars;

/**
 * What the ledger records after each way a post can end, and which changes to a talk make the same
 * kind of post go out again: the exactly-once key as a maintainer sees it.
 */
class DeliveryRecordTest {
  private static final String NOW = "2026-06-10T16:00:00Z";
  private static final PostKind ONE_HOUR = PostKind.reminder(Duration.ofHours(1));
  private final DeliveryHarness harness = DeliveryHarness.onH2(NOW);
  private final RecordingNotifier slack = new RecordingNotifier("slack", "C1");
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();

  @AfterEach
  void close() {
    harness.close();
  }

  private static DeliveryOutcome once(DeliveryService service, Delivery d) {
    return outcomes(service.deliver(d, service.targets(), DeliveryService.Claim.ONCE))
        .values()
        .iterator()
        .next();
  }

  private static Map<Target, DeliveryOutcome> outcomes(
      Map<Target, CompletableFuture<DeliveryOutcome>> futures) {
    Map<Target, DeliveryOutcome> out = new LinkedHashMap<>();
    futures.forEach((t, f) -> out.put(t, f.orTimeout(10, TimeUnit.SECONDS).join()));
    return out;
  }

  private LedgerEntry row(Delivery d) {
    return harness.ledger().find(d.key(slack.target())).orElseThrow();
  }

  @Test
  void givenAPermanentError_whenPosting_thenTheLedgerRowIsFailedWithTheReason() {
    slack.failNext(DeliveryException.permanent("channel_not_found"));
    DeliveryService service = harness.service(slack);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));

    DeliveryOutcome outcome = once(service, d);

    assertThat(outcome)
        .isEqualTo(new DeliveryOutcome.Failed(slack.target(), "permanent: channel_not_found"));
    assertThat(row(d).status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(row(d).detail()).contains("permanent: channel_not_found");
  }

  @Test
  void givenAFailedAnnouncement_whenAnnouncedAgainByHand_thenItIsPostedButAScheduledRunLeavesIt() {
    slack.failNext(DeliveryException.permanent("not_in_channel"));
    DeliveryService service = harness.service(slack);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));
    once(service, d);

    DeliveryOutcome scheduled = once(service, d);
    DeliveryOutcome byHand =
        outcomes(service.deliver(d, service.targets(), DeliveryService.Claim.RETRY_CLOSED))
            .get(slack.target());

    assertThat(scheduled)
        .isEqualTo(new DeliveryOutcome.Already(slack.target(), DeliveryStatus.FAILED));
    assertThat(byHand).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(slack.messages()).hasSize(1);
    assertThat(row(d).status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void givenANotifierBug_whenPosting_thenTheRowIsFailedAndNotRetried() {
    RecordingNotifier buggy =
        new RecordingNotifier("slack", "C1")
            .beforeEachSend(
                () -> {
                  throw new IllegalStateException("renderer bug");
                });
    DeliveryService service = harness.service(buggy);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));

    DeliveryOutcome outcome = once(service, d);

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
    assertThat(((DeliveryOutcome.Failed) outcome).reason())
        .isEqualTo("unexpected error: java.lang.IllegalStateException: renderer bug");
    assertThat(buggy.sendCalls()).isEqualTo(1);
    assertThat(row(d).status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(row(d).detail()).contains(((DeliveryOutcome.Failed) outcome).reason());
  }

  @Test
  void givenTenRateLimitsInARow_whenPosting_thenEachIsWaitedOutAndThePostGoesOut() {
    slack.failNext(rateLimits(10));
    DeliveryService service = harness.service(slack);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));

    DeliveryOutcome outcome = once(service, d);

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(harness.sleeper.waits()).hasSize(10).containsOnly(Duration.ofSeconds(3));
    assertThat(slack.sendCalls()).isEqualTo(11);
    assertThat(row(d).attempts()).isEqualTo(11);
  }

  @Test
  void givenElevenRateLimitsInARow_whenPosting_thenItGivesUpAfterTheTenthWaitAndRecordsWhy() {
    slack.failNext(rateLimits(11));
    DeliveryService service = harness.service(slack);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));

    DeliveryOutcome outcome = once(service, d);

    assertThat(outcome)
        .isEqualTo(new DeliveryOutcome.Failed(slack.target(), "rate_limited: 429 slow down"));
    assertThat(harness.sleeper.waits()).hasSize(10);
    assertThat(slack.sendCalls()).isEqualTo(11);
    assertThat(slack.messages()).isEmpty();
    assertThat(row(d).status()).isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void givenARateLimitWithRetryAfterZero_whenPosting_thenItStillWaitsOneSecond() {
    slack.failNext(DeliveryException.rateLimited("429", Duration.ZERO));
    DeliveryService service = harness.service(slack);

    once(service, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));

    assertThat(harness.sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void givenARetryAfterLongerThanFiveMinutes_whenPostingWithoutDeadline_thenItGivesUp() {
    slack.failNext(DeliveryException.rateLimited("429 come back tomorrow", Duration.ofHours(24)));
    DeliveryService service = harness.service(slack);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));

    DeliveryOutcome outcome = once(service, d);

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
    assertThat(harness.sleeper.waits()).isEmpty();
    assertThat(row(d).status()).isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void givenAPlatformDownForEveryTry_whenPosting_thenItTriesFiveTimesWithGrowingWaits() {
    slack.failNext(
        Collections.nCopies(5, DeliveryException.transientFailure("503", null))
            .toArray(DeliveryException[]::new));
    DeliveryService service = harness.service(slack);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));

    DeliveryOutcome outcome = once(service, d);

    assertThat(outcome).isEqualTo(new DeliveryOutcome.Failed(slack.target(), "transient: 503"));
    assertThat(harness.sleeper.waits())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8));
    assertThat(row(d).status()).isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void givenAReminderSent_whenTheTalkIsRetitled_thenTheReminderIsNotSentAgain() {
    DeliveryService service = harness.service(slack);
    once(service, Delivery.now(new Post.About(ONE_HOUR, talk), Instant.parse(NOW)));
    Webinar retitled =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").title("A better title").build();

    DeliveryOutcome again =
        once(service, Delivery.now(new Post.About(ONE_HOUR, retitled), Instant.parse(NOW)));

    assertThat(again).isEqualTo(new DeliveryOutcome.Already(slack.target(), DeliveryStatus.SENT));
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void givenAReminderSent_whenTheTalkMovesByADay_thenTheReminderGoesOutAgainForTheNewTime() {
    DeliveryService service = harness.service(slack);
    once(service, Delivery.now(new Post.About(ONE_HOUR, talk), Instant.parse(NOW)));
    Webinar moved =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").movedBy(Duration.ofDays(1)).build();

    DeliveryOutcome again =
        once(service, Delivery.now(new Post.About(ONE_HOUR, moved), Instant.parse(NOW)));

    assertThat(again).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(slack.messages()).hasSize(2);
    assertThat(harness.ledger().forWebinar("talk"))
        .extracting(e -> e.key().revision())
        .containsExactlyInAnyOrder("2026-06-10T17:00:00Z", "2026-06-11T17:00:00Z");
  }

  @Test
  void givenAnAnnouncementSent_whenThePageIsEdited_thenItMayBeAnnouncedAgainButNotUnchanged() {
    DeliveryService service = harness.service(slack);
    once(service, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));
    Webinar edited =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").description("New abstract").build();

    DeliveryOutcome unchanged =
        once(
            service, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));
    DeliveryOutcome afterEdit =
        once(
            service,
            Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, edited), Instant.parse(NOW)));

    assertThat(unchanged)
        .isEqualTo(new DeliveryOutcome.Already(slack.target(), DeliveryStatus.SENT));
    assertThat(afterEdit).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(slack.messages()).hasSize(2);
    assertThat(talk.revision()).isNotEqualTo(edited.revision());
    assertThat(harness.ledger().forWebinar("talk"))
        .extracting(e -> e.key().revision())
        .containsExactlyInAnyOrder(talk.revision(), edited.revision());
  }

  @Test
  void givenACancellationSent_whenThePageIsEditedAgain_thenOneCancellationNoticeIsAllThereIs() {
    DeliveryService service = harness.service(slack);
    Webinar cancelled = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").cancelled().build();
    Webinar cancelledAndRetitled =
        TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").cancelled().title("Off").build();
    once(
        service,
        Delivery.now(new Post.About(PostKind.CANCELLATION, cancelled), Instant.parse(NOW)));

    DeliveryOutcome again =
        once(
            service,
            Delivery.now(
                new Post.About(PostKind.CANCELLATION, cancelledAndRetitled), Instant.parse(NOW)));

    assertThat(again).isEqualTo(new DeliveryOutcome.Already(slack.target(), DeliveryStatus.SENT));
    assertThat(slack.messages()).hasSize(1);
  }

  @Test
  void
      givenAReminderWithADeadline_whenPostedJustBeforeIt_thenItGoesOutAndAtTheDeadlineItIsSkipped() {
    DeliveryService service = harness.service(slack);
    Instant deadline = Instant.parse("2026-06-10T16:30:00Z");
    Delivery early =
        new Delivery(
            new Post.About(ONE_HOUR, talk),
            Revisions.startOf(talk),
            Instant.parse(NOW),
            Optional.of(deadline));
    Webinar other = TestWebinars.timed("other", "2026-06-10T17:00", "UTC").build();
    Delivery atDeadline =
        new Delivery(
            new Post.About(ONE_HOUR, other),
            Revisions.startOf(other),
            Instant.parse(NOW),
            Optional.of(deadline));

    harness.clock.set(deadline.minusMillis(1));
    DeliveryOutcome sent = once(service, early);
    harness.clock.set(deadline);
    DeliveryOutcome skipped = once(service, atDeadline);

    assertThat(sent).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(skipped).isInstanceOf(DeliveryOutcome.Skipped.class);
    assertThat(harness.ledger().find(atDeadline.key(slack.target())).orElseThrow().status())
        .isEqualTo(DeliveryStatus.SKIPPED);
  }

  private double count(String name, String... tags) {
    var c = harness.meters.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }

  @Test
  void givenAPostThatWaitedOutOneRateLimit_whenSent_thenTheMetricsShowOneRetryAndItsLateness() {
    slack.failNext(DeliveryException.rateLimited("429", Duration.ofSeconds(30)));
    DeliveryService service = harness.service(slack);
    Delivery d = Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW));

    once(service, d);

    assertThat(count("webinarbot.delivery.retries", "platform", "slack", "reason", "rate_limited"))
        .isEqualTo(1.0);
    assertThat(count("webinarbot.delivery.retries", "reason", "transient")).isZero();
    assertThat(count("webinarbot.deliveries", "outcome", "sent")).isEqualTo(1.0);
    var lateness = harness.meters.find("webinarbot.delivery.lateness").tag("platform", "slack");
    assertThat(lateness.timer()).isNotNull();
    assertThat(lateness.timer().count()).isEqualTo(1);
    assertThat(lateness.timer().totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(30.0);
  }

  @Test
  void givenAPostSentAtTheFirstTry_whenCounted_thenThereAreNoRetries() {
    DeliveryService service = harness.service(slack);

    once(service, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));

    assertThat(harness.meters.find("webinarbot.delivery.retries").counters()).isEmpty();
    assertThat(count("webinarbot.deliveries", "kind", "announcement", "outcome", "sent"))
        .isEqualTo(1.0);
  }

  @Test
  void givenFailuresAndSkips_whenCounted_thenEachOutcomeHasItsCounter() {
    DeliveryService service = harness.service(slack);
    slack.failNext(DeliveryException.permanent("no"));
    once(service, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));
    RecordingNotifier buggy =
        new RecordingNotifier("discord", "D1")
            .beforeEachSend(
                () -> {
                  throw new IllegalStateException("bug");
                });
    DeliveryService other = harness.service(buggy);
    once(other, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));
    harness.clock.set(Instant.parse("2026-06-10T16:45:00Z"));
    Webinar late = TestWebinars.timed("late", "2026-06-10T17:00", "UTC").build();
    once(
        service,
        new Delivery(
            new Post.About(ONE_HOUR, late),
            Revisions.startOf(late),
            Instant.parse(NOW),
            Optional.of(Instant.parse("2026-06-10T16:30:00Z"))));

    assertThat(count("webinarbot.deliveries", "platform", "slack", "outcome", "failed"))
        .isEqualTo(1.0);
    assertThat(count("webinarbot.deliveries", "platform", "discord", "outcome", "failed"))
        .isEqualTo(1.0);
    assertThat(count("webinarbot.deliveries", "platform", "slack", "outcome", "skipped"))
        .isEqualTo(1.0);
    assertThat(count("webinarbot.deliveries", "outcome", "sent")).isZero();
  }

  @Test
  void givenARetryAfterOfExactlyFiveMinutes_whenPosting_thenItIsStillWaitedOut() {
    slack.failNext(DeliveryException.rateLimited("429", Duration.ofMinutes(5)));
    DeliveryService service = harness.service(slack);

    DeliveryOutcome outcome =
        once(
            service, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
    assertThat(harness.sleeper.waits()).containsExactly(Duration.ofMinutes(5));
  }

  @Test
  void givenARetryThatWouldLandExactlyOnTheDeadline_whenRateLimited_thenItIsSkipped() {
    slack.failNext(DeliveryException.rateLimited("429", Duration.ofMinutes(30)));
    DeliveryService service = harness.service(slack);
    Delivery d =
        new Delivery(
            new Post.About(ONE_HOUR, talk),
            Revisions.startOf(talk),
            Instant.parse(NOW),
            Optional.of(Instant.parse("2026-06-10T16:30:00Z")));

    DeliveryOutcome outcome = once(service, d);

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Skipped.class);
    assertThat(((DeliveryOutcome.Skipped) outcome).reason())
        .isEqualTo("the next try (after 429) would come after the deadline 2026-06-10T16:30:00Z");
    assertThat(row(d).status()).isEqualTo(DeliveryStatus.SKIPPED);
  }

  @Test
  void givenRetryPolicies_whenBuilt_thenTheyNeedAtLeastOneTryAndBackOffUpToTheirLongestWait() {
    RetryPolicy p =
        new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(16), 0, Duration.ofMinutes(1));

    assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(16));
    assertThat(p.backoff(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(p.backoff(60)).isEqualTo(Duration.ofSeconds(16));
    assertThat(p.rateLimitWait(Duration.ofMillis(999))).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.rateLimitWait(Duration.ofMillis(1500))).isEqualTo(Duration.ofMillis(1500));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO, -1, Duration.ZERO));
  }

  @Test
  void givenAPolicyWithoutRateLimitWaits_whenRateLimited_thenItGivesUpAtOnce() {
    RetryPolicy none =
        new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMinutes(5));
    DeliveryService service =
        new DeliveryService(
            List.of(slack), harness.ledger(), none, harness.sleeper, harness.clock, harness.meters);
    slack.failNext(DeliveryException.rateLimited("429", Duration.ofSeconds(1)));

    DeliveryOutcome outcome =
        once(
            service, Delivery.now(new Post.About(PostKind.ANNOUNCEMENT, talk), Instant.parse(NOW)));
    service.close();

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
    assertThat(harness.sleeper.waits()).isEmpty();
  }

  private static DeliveryException[] rateLimits(int n) {
    return Collections.nCopies(
            n, DeliveryException.rateLimited("429 slow down", Duration.ofSeconds(3)))
        .toArray(DeliveryException[]::new);
  }
}
