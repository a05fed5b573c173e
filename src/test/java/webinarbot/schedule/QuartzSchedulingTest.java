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
      // Found an hour ahead: a catch-up announcement now, then the 1h reminder a second later.
      Webinar talk =
          TestWebinars.startingAt("talk", now().plus(Duration.ofHours(1)).plusSeconds(1)).build();

      h.start(talk);

      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 2);
      assertThat(posted(h.channel)).containsExactly("talk announcement", "talk reminder-1h");
      assertThat(h.ledger().forWebinar("talk"))
          .extracting(LedgerEntry::status)
          .containsOnly(DeliveryStatus.SENT);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenPendingReminders_whenTheBotRestartsBeforeTheyAreDue_thenEachFiresOnceAfterTheRestart(
      TestDatabases.Kind kind) throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      Instant start = now().plus(Duration.ofHours(1)).plusSeconds(3);
      Webinar talk = TestWebinars.startingAt("talk", start).build();
      h.start(talk);
      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 1);
      assertThat(h.scheduler().pendingTriggers("talk")).isEqualTo(2);

      h.restart();

      assertThat(h.scheduler().pendingTriggers("talk")).isEqualTo(2);
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
  void givenAPlatformFailing30PercentOfCalls_whenFortyRemindersFire_thenEachArrivesExactlyOnce(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      Instant now = now();
      Webinar[] talks = new Webinar[40];
      for (int i = 0; i < talks.length; i++) {
        // Each reminder-1h is due within the next two seconds.
        talks[i] =
            TestWebinars.startingAt(
                    "t" + i, now.plus(Duration.ofHours(1)).plusMillis(1000 + 25L * i))
                .build();
      }
      h.previouslySeen(now.minus(Duration.ofDays(30)), talks);
      h.notifier().failRandomly(0.3, 11);

      h.start(talks);

      await().atMost(PATIENCE).until(() -> h.channel.messages().size() == 40);
      await().during(Duration.ofMillis(500)).until(() -> h.channel.messages().size() == 40);
      assertThat(posted(h.channel))
          .doesNotHaveDuplicates()
          .allMatch(p -> p.endsWith("reminder-1h"));
      assertThat(h.notifier().sendCalls()).isGreaterThan(45);
    }
  }
}
