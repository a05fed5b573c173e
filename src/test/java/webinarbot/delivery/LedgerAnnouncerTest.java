package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Announcer.Outcome;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.DeliveryHarness;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.TestWebinars;

/** {@code announce ID} by hand: what a maintainer is told, and what each channel gets. */
class LedgerAnnouncerTest {
  private static final String NOW = "2026-06-10T16:00:00Z";
  private final DeliveryHarness harness = DeliveryHarness.onH2(NOW);
  private final RecordingNotifier slack = new RecordingNotifier("slack", "C1");
  private final RecordingNotifier discord = new RecordingNotifier("discord", "D1");
  private final Webinar talk = TestWebinars.timed("talk", "2026-06-17T17:00", "UTC").build();
  private final Catalogue catalogue = new Catalogue(List.of(talk));

  @AfterEach
  void close() {
    harness.close();
  }

  private LedgerAnnouncer announcer(Duration patience) {
    return new LedgerAnnouncer(
        () -> catalogue, harness.service(slack, discord), harness.clock, patience);
  }

  @Test
  void givenAnUnknownId_whenAnnounced_thenNothingIsPostedAndTheAnswerNamesTheId() {
    Outcome o = announcer(Duration.ofSeconds(10)).announce("nope", PostKind.ANNOUNCEMENT, false);

    assertThat(o).isEqualTo(new Outcome(List.of(), List.of(), List.of("no webinar with id nope")));
    assertThat(slack.sendCalls() + discord.sendCalls()).isZero();
  }

  @Test
  void givenANewTalk_whenAnnounced_thenEveryChannelGetsItOnceAndAgainSaysAlreadyPosted() {
    LedgerAnnouncer announcer = announcer(Duration.ofSeconds(10));

    Outcome first = announcer.announce("talk", PostKind.ANNOUNCEMENT, false);
    Outcome second = announcer.announce("talk", PostKind.ANNOUNCEMENT, false);

    assertThat(first)
        .isEqualTo(new Outcome(List.of("slack:C1", "discord:D1"), List.of(), List.of()));
    assertThat(second)
        .isEqualTo(new Outcome(List.of(), List.of("slack:C1", "discord:D1"), List.of()));
    assertThat(slack.messages()).hasSize(1);
    assertThat(discord.messages()).hasSize(1);
    assertThat(((Post.About) slack.messages().get(0).post()).kind())
        .isEqualTo(PostKind.ANNOUNCEMENT);
  }

  @Test
  void givenADryRun_whenAnnounced_thenItTellsWhereItWouldPostAndPostsNothing() {
    LedgerAnnouncer announcer = announcer(Duration.ofSeconds(10));
    slack.failNext(DeliveryException.permanent("not_in_channel"));
    announcer.announce("talk", PostKind.ANNOUNCEMENT, false);
    int sendsBefore = slack.sendCalls() + discord.sendCalls();

    Outcome dry = announcer.announce("talk", PostKind.ANNOUNCEMENT, true);

    // Discord has it; Slack failed, so a real run would try Slack again.
    assertThat(dry).isEqualTo(new Outcome(List.of("slack:C1"), List.of("discord:D1"), List.of()));
    assertThat(slack.sendCalls() + discord.sendCalls()).isEqualTo(sendsBefore);
    assertThat(harness.ledger().all()).hasSize(2);
  }

  @Test
  void givenADryRunBeforeAnyPost_whenAnnounced_thenEveryChannelWouldGetIt() {
    Outcome dry = announcer(Duration.ofSeconds(10)).announce("talk", PostKind.ANNOUNCEMENT, true);

    assertThat(dry).isEqualTo(new Outcome(List.of("slack:C1", "discord:D1"), List.of(), List.of()));
    assertThat(harness.ledger().all()).isEmpty();
  }

  @Test
  void givenAChannelThatRefuses_whenAnnounced_thenTheAnswerSaysWhyAndTheOtherIsPosted() {
    slack.failNext(DeliveryException.permanent("not_in_channel"));

    Outcome o = announcer(Duration.ofSeconds(10)).announce("talk", PostKind.ANNOUNCEMENT, false);

    assertThat(o)
        .isEqualTo(
            new Outcome(
                List.of("discord:D1"), List.of(), List.of("slack:C1: permanent: not_in_channel")));
  }

  @Test
  void givenAFailedChannel_whenAnnouncedAgain_thenOnlyThatChannelIsTriedAgain() {
    LedgerAnnouncer announcer = announcer(Duration.ofSeconds(10));
    slack.failNext(DeliveryException.permanent("not_in_channel"));
    announcer.announce("talk", PostKind.ANNOUNCEMENT, false);

    Outcome again = announcer.announce("talk", PostKind.ANNOUNCEMENT, false);

    assertThat(again).isEqualTo(new Outcome(List.of("slack:C1"), List.of("discord:D1"), List.of()));
    assertThat(slack.messages()).hasSize(1);
    assertThat(discord.messages()).hasSize(1);
  }

  @Test
  void givenAPlatformThatSaysComeBackInTwoDays_whenAnnounced_thenTheAnswerSaysItGaveUpAndWhy() {
    slack.failNext(DeliveryException.rateLimited("429 retry after 2 days", Duration.ofDays(2)));

    Outcome o = announcer(Duration.ofSeconds(10)).announce("talk", PostKind.ANNOUNCEMENT, false);

    assertThat(o.failed()).containsExactly("slack:C1: rate_limited: 429 retry after 2 days");
    assertThat(o.posted()).containsExactly("discord:D1");
  }

  @Test
  void givenASlowPlatform_whenPatienceRunsOut_thenTheAnswerSaysItIsStillTryingAndItIsPostedLater()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    slack.beforeEachSend(
        () -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    LedgerAnnouncer announcer =
        new LedgerAnnouncer(() -> catalogue, harness.service(slack), harness.clock, Duration.ZERO);

    Outcome o = announcer.announce("talk", PostKind.ANNOUNCEMENT, false);
    release.countDown();

    assertThat(o.failed())
        .containsExactly(
            "slack:C1: still trying (the platform is slow or rate limited); it will be posted when it"
                + " accepts");
    assertThat(o.posted()).isEmpty();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> slack.messages().size() == 1);
  }
}
