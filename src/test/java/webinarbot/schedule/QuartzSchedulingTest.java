package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.domain.Webinar;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/** The real Quartz on H2 and PostgreSQL, firing on real time. */
class QuartzSchedulingTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /** Now, rounded up to the next whole second so trigger instants are exact. */
  private static Instant now() {
    return Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }

  private static List<String> posted(RecordingNotifier.Channel channel) {
    return channel.messages().stream()
        .map(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenATalkInAnHour_whenItsReminderComesDue_thenQuartzFiresItOnce(TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start();
      // Found an hour ahead: a catch-up announcement now, then the 1h reminder three seconds later
      // (time enough to plan, even in a cold JVM).
      Webinar talk =
          TestWebinars.startingAt("talk", now().plus(Duration.ofHours(1)).plusSeconds(3)).build();

      h.reload(talk);

      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 2);
      assertThat(posted(h.channel)).containsExactly("talk announcement", "talk reminder-1h");
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(h.ledger().forWebinar("talk"))
                      .extracting(LedgerEntry::status)
                      .containsExactly(DeliveryStatus.SENT, DeliveryStatus.SENT));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenPendingReminders_whenTheBotRestartsBeforeTheyAreDue_thenEachFiresOnceAfterTheRestart(
      TestDatabases.Kind kind) throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start();
      Instant start = now().plus(Duration.ofHours(1)).plusSeconds(4);
      Webinar talk = TestWebinars.startingAt("talk", start).build();
      h.reload(talk);
      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 1);
      await().atMost(PATIENCE).until(() -> h.scheduler().pending("talk").size() == 2);

      h.restart();

      assertThat(h.scheduler().pending("talk")).hasSize(2);
      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 2);
      await().during(Duration.ofMillis(500)).until(() -> h.channel.messages().size() == 2);
      assertThat(posted(h.channel)).containsExactly("talk announcement", "talk reminder-1h");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheBotWasDown_whenItStarts_thenAReminderMissedWithinGraceGoesOutAndAnOlderOneIsSkipped(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      Instant now = Clock.systemUTC().instant();
      // Both reminders fell in the downtime: A's 10 minutes ago, B's 40 minutes ago.
      Webinar a = TestWebinars.startingAt("a", now.plus(Duration.ofMinutes(50))).build();
      Webinar b = TestWebinars.startingAt("b", now.plus(Duration.ofMinutes(20))).build();
      h.previouslySeen(now.minus(Duration.ofDays(30)), a, b);

      h.start(a, b);

      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 1);
      await().during(Duration.ofMillis(500)).until(() -> h.channel.messages().size() == 1);
      assertThat(posted(h.channel)).containsExactly("a reminder-1h");
      LedgerEntry skipped =
          h.ledger().forWebinar("b").stream()
              .filter(e -> e.key().kind().code().equals("reminder-1h"))
              .findFirst()
              .orElseThrow();
      assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
      assertThat(skipped.detail().orElseThrow())
          .isEqualTo("missed by 40m, more than the grace of 30m");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheBotDiedWhileThePlatformTookThePost_whenRestarted_thenThePostIsRecordedNotRepeated(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      Webinar talk = TestWebinars.startingAt("talk", now().plus(Duration.ofDays(2))).build();
      h.notifier().crashAfterPosting();
      h.start(talk);
      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 1);
      await()
          .atMost(PATIENCE)
          .until(() -> h.ledger().forWebinar("talk").get(0).status() == DeliveryStatus.SENDING);

      h.restart();

      await()
          .atMost(PATIENCE)
          .until(() -> h.ledger().forWebinar("talk").get(0).status() == DeliveryStatus.SENT);
      assertThat(posted(h.channel)).containsExactly("talk announcement");
      assertThat(h.ledger().forWebinar("talk").get(0).messageId())
          .contains(h.channel.messages().get(0).id());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheBotDiedBeforeThePlatformSawThePost_whenRestarted_thenItIsPostedExactlyOnce(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      Webinar talk = TestWebinars.startingAt("talk", now().plus(Duration.ofDays(2))).build();
      h.notifier().crashBeforePosting();
      h.start(talk);
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  h.ledger().forWebinar("talk").size() == 1
                      && h.ledger().forWebinar("talk").get(0).status() == DeliveryStatus.SENDING);
      assertThat(h.channel.messages()).isEmpty();

      h.restart();

      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 1);
      await().during(Duration.ofMillis(500)).until(() -> h.channel.messages().size() == 1);
      assertThat(posted(h.channel)).containsExactly("talk announcement");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void
      givenAPlatformFailing30PercentOfCalls_whenFortyTalksAreAnnouncedAndReminded_thenEachPostArrivesOnce(
          TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.notifier().failRandomly(0.3, 11);
      h.start();
      Instant now = now();
      Webinar[] talks = new Webinar[40];
      for (int i = 0; i < talks.length; i++) {
        // Each is announced at once (found late) and its 1h reminder is due four to five seconds
        // later.
        talks[i] =
            TestWebinars.startingAt(
                    "t" + i, now.plus(Duration.ofHours(1)).plusMillis(4000 + 25L * i))
                .build();
      }

      h.reload(talks);

      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 80);
      await().during(Duration.ofMillis(500)).until(() -> h.channel.messages().size() == 80);
      assertThat(posted(h.channel)).doesNotHaveDuplicates();
      for (Webinar t : talks) {
        assertThat(posted(h.channel))
            .filteredOn(p -> p.startsWith(t.id() + " "))
            .containsExactly(t.id() + " announcement", t.id() + " reminder-1h");
      }
      assertThat(h.notifier().sendCalls()).isGreaterThan(90);
    }
  }
}
