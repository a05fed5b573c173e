package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.ScheduleHarness.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Subscriber;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/**
 * "Remind me": one direct message per subscriber, {@code schedule.personal_reminder} (15 minutes)
 * before the start, through the ledger, on the manual timer; moved, cancelled, closed DMs, crashes.
 */
class PersonalReminderSchedulingTest {
  private static final Subscriber ADA = new Subscriber("slack", "U1");
  private static final Subscriber GRACE = new Subscriber("slack", "U2");
  private static final Instant START = NOW.plus(Duration.ofDays(2));
  private final Webinar talk = TestWebinars.startingAt("talk", START).build();

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenASubscriber_whenTheTalkNears_thenOneDirectMessageGoesOutFifteenMinutesBefore(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start(talk);
      h.runDue();
      subscribe(h, ADA, GRACE);

      h.advance(Duration.between(NOW, START.minus(Duration.ofMinutes(15))).minusSeconds(1));
      List<String> before = dms(h);
      h.advance(Duration.ofSeconds(1));
      List<String> due = dms(h);
      h.restart();
      h.runDue();
      h.advance(Duration.ofMinutes(20));

      assertThat(before).isEmpty();
      assertThat(due).containsExactly("slack:@U1 personal", "slack:@U2 personal");
      assertThat(dms(h)).isEqualTo(due);
      LedgerEntry row = personalRow(h, ADA);
      assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
      assertThat(row.key().revision())
          .isEqualTo(webinarbot.delivery.Revisions.of(PostKind.PERSONAL, talk));
    }
  }

  @Test
  void givenNobodySubscribed_whenTheTalkNears_thenNoDirectMessageIsPlanned() throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(talk);

      assertThat(h.scheduler().pending("talk"))
          .noneMatch(p -> p.kind().type() == PostKind.Type.PERSONAL);
    }
  }

  @Test
  void givenSomeoneWhoForgotTheReminder_whenItWasDue_thenTheyGetNothingAndTheOthersTheirs() {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(talk);
      subscribe(h, ADA, GRACE);
      h.subscriptions().unsubscribe(ADA, "talk");

      h.advance(Duration.between(NOW, START));

      assertThat(dms(h)).containsExactly("slack:@U2 personal");
    }
  }

  @Test
  void
      givenSomeoneWhoAsksTenMinutesBeforeTheStart_whenTheScheduleLooks_thenTheirMessageGoesAtOnce() {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(talk);
      h.advance(Duration.between(NOW, START.minus(Duration.ofMinutes(10))));

      subscribe(h, ADA);
      h.runDue();

      assertThat(dms(h)).containsExactly("slack:@U1 personal");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenAMovedTalk_whenItsOldReminderTimePasses_thenTheMessageComesBeforeTheNewStart(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start(talk);
      subscribe(h, ADA);
      Webinar moved = TestWebinars.startingAt("talk", START).movedBy(Duration.ofHours(3)).build();
      h.reload(moved);

      h.advance(Duration.between(NOW, START));
      List<String> atTheOldTime = dms(h);
      h.advance(Duration.ofHours(3).minusMinutes(15));

      assertThat(atTheOldTime).isEmpty();
      assertThat(dms(h)).containsExactly("slack:@U1 personal");
      assertThat(personalRow(h, ADA).key().revision())
          .isEqualTo(webinarbot.delivery.Revisions.of(PostKind.PERSONAL, moved));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenACancelledTalk_whenTheChangeIsSeenTwice_thenEachSubscriberGetsOneCancellation(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start(talk);
      subscribe(h, ADA, GRACE);
      Webinar off = TestWebinars.startingAt("talk", START).cancelled().build();

      h.reload(off);
      h.settle();
      h.restart();
      h.reload(off);
      h.advance(Duration.between(NOW, START));

      assertThat(dms(h)).containsExactly("slack:@U1 cancellation", "slack:@U2 cancellation");
    }
  }

  @Test
  void
      givenAUserWhoseDirectMessagesAreClosed_whenTheirReminderFails_thenItIsLoggedOnceAndNeverRetried()
          throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2);
        LogCapture log = new LogCapture()) {
      h.start(talk);
      subscribe(h, ADA);
      h.advance(Duration.between(NOW, START.minus(Duration.ofMinutes(15))).minusSeconds(1));
      int before = h.notifier().sendCalls();
      h.notifier()
          .failNext(
              DeliveryException.permanent(
                  "post to slack:@U1: the user does not accept direct messages from the bot"
                      + " (code 50007)"));

      h.advance(Duration.ofSeconds(1));
      int tries = h.notifier().sendCalls() - before;
      h.scheduler().replanAll();
      h.restart();
      h.advance(Duration.ofMinutes(10));

      assertThat(tries).isEqualTo(1);
      assertThat(h.notifier().sendCalls()).isZero(); // after the restart: nothing tried again
      assertThat(personalRow(h, ADA).status()).isEqualTo(DeliveryStatus.FAILED);
      assertThat(personalRow(h, ADA).detail())
          .hasValueSatisfying(d -> assertThat(d).contains("50007"));
      assertThat(log.lines().stream().filter(l -> l.contains("50007"))).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheBotDiedBetweenTheDirectMessageAndItsConfirmation_whenRestarted_thenItIsNotSentAgain(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start(talk);
      subscribe(h, ADA);
      h.advance(Duration.between(NOW, START.minus(Duration.ofMinutes(15))).minusSeconds(1));
      h.notifier().crashAfterPosting();
      h.advance(Duration.ofSeconds(1));
      assertThat(personalRow(h, ADA).status()).isEqualTo(DeliveryStatus.SENDING);

      h.restart();
      h.settle();
      h.advance(Duration.ofMinutes(5));

      assertThat(dms(h)).containsExactly("slack:@U1 personal");
      assertThat(personalRow(h, ADA).status()).isEqualTo(DeliveryStatus.SENT);
    }
  }

  private static void subscribe(ScheduleHarness h, Subscriber... who) {
    for (Subscriber s : who) {
      h.subscriptions().subscribe(s, "talk");
    }
    h.scheduler().planNewSubscriptions();
  }

  /** The direct messages posted, as "target kind", in order. */
  /** The direct messages sent, by user: DMs to different users go out side by side. */
  private static List<String> dms(ScheduleHarness h) {
    return h.channel.messages().stream()
        .filter(m -> Subscriber.userOf(m.target()).isPresent())
        .map(m -> m.target().key() + " " + kindOf(m))
        .sorted()
        .toList();
  }

  private static String kindOf(RecordingNotifier.Message m) {
    return ((webinarbot.delivery.Post.About) m.post()).kind().code();
  }

  private static LedgerEntry personalRow(ScheduleHarness h, Subscriber who) {
    return h.ledger().forWebinar("talk").stream()
        .filter(e -> e.key().kind().equals(PostKind.PERSONAL))
        .filter(e -> e.key().target().equals(who.target()))
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
