package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Post;
import webinarbot.domain.Webinar;
import webinarbot.testing.LogCapture;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/**
 * Planning, firing, catch-up and grace on a real database, with time moved by hand (a manual timer
 * on a settable clock): what a channel sees, and when.
 */
class ReminderFiringTest {
  private static final Instant NOW = ScheduleHarness.NOW;

  private static List<String> posted(RecordingNotifier.Channel channel) {
    return channel.messages().stream()
        .map(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenATalkFoundAnHourAhead_whenItsReminderComesDue_thenItIsPostedOnceAtItsTime(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start();
      Webinar talk =
          TestWebinars.startingAt("talk", NOW.plus(Duration.ofHours(1)).plusSeconds(3)).build();

      h.reload(talk);
      h.runDue();
      assertThat(posted(h.channel)).containsExactly("talk announcement");
      h.advance(Duration.ofMillis(2999));
      assertThat(posted(h.channel)).containsExactly("talk announcement");
      h.advance(Duration.ofMillis(1));

      assertThat(posted(h.channel)).containsExactly("talk announcement", "talk reminder-1h");
      assertThat(h.ledger().forWebinar("talk"))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SENT, DeliveryStatus.SENT);
    }
  }

  @Test
  void givenATalkSeenLongAgo_whenTheBotRunsUntilItStarts_thenEachReminderGoesOutAtItsTime()
      throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      Instant start = NOW.plus(Duration.ofDays(10));
      Webinar talk = TestWebinars.startingAt("talk", start).build();
      h.previouslySeen(NOW.minus(Duration.ofDays(30)), talk);
      h.start(talk);

      h.advance(Duration.ofDays(3));
      assertThat(posted(h.channel)).containsExactly("talk reminder-7d");
      h.advance(Duration.between(h.clock.instant(), start).minusMinutes(1));
      assertThat(posted(h.channel))
          .containsExactly("talk reminder-7d", "talk reminder-1d", "talk reminder-1h");
      h.advance(Duration.ofMinutes(1));

      assertThat(posted(h.channel))
          .containsExactly(
              "talk reminder-7d", "talk reminder-1d", "talk reminder-1h", "talk starting");
      assertThat(h.ledger().forWebinar("talk"))
          .extracting(e -> e.key().kind().code() + " " + Duration.between(e.scheduledAt(), start))
          .containsExactlyInAnyOrder(
              "reminder-7d PT168H", "reminder-1d PT24H", "reminder-1h PT1H", "starting PT0S");
      assertThat(h.scheduler().pending("talk")).isEmpty();
    }
  }

  @Test
  void givenAPageTimedToTheNanosecond_whenItsReminderComesDue_thenItIsPostedAtItsMillisecond()
      throws Exception {
    // Hugo accepts fractional seconds in a date; Quartz and the pending posts keep milliseconds.
    Instant start = NOW.plus(Duration.ofHours(1)).plusSeconds(3).plusNanos(621_818_020);
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start();
      Webinar talk = TestWebinars.startingAt("talk", start).build();
      h.reload(talk);
      h.runDue();
      h.restart();

      h.advance(Duration.ofSeconds(3).plusMillis(621));

      assertThat(posted(h.channel)).containsExactly("talk announcement", "talk reminder-1h");
      assertThat(h.scheduler().pending("talk")).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenPendingReminders_whenTheBotRestartsBeforeTheyAreDue_thenEachFiresOnceAfterTheRestart(
      TestDatabases.Kind kind) throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      h.start();
      Webinar talk =
          TestWebinars.startingAt("talk", NOW.plus(Duration.ofHours(1)).plusSeconds(4)).build();
      h.reload(talk);
      h.runDue();
      assertThat(h.scheduler().pending("talk")).hasSize(2);

      h.restart();

      assertThat(h.scheduler().pending("talk")).hasSize(2);
      h.advance(Duration.ofSeconds(4));
      assertThat(posted(h.channel)).containsExactly("talk announcement", "talk reminder-1h");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheBotWasDown_whenItStarts_thenAReminderMissedWithinGraceGoesOutAndAnOlderOneIsSkipped(
      TestDatabases.Kind kind) throws Exception {
    try (LogCapture log = new LogCapture();
        ScheduleHarness h = new ScheduleHarness(kind)) {
      // Both reminders fell in the downtime: A's 10 minutes ago, B's 40 minutes ago.
      Webinar a = TestWebinars.startingAt("a", NOW.plus(Duration.ofMinutes(50))).build();
      Webinar b = TestWebinars.startingAt("b", NOW.plus(Duration.ofMinutes(20))).build();
      h.previouslySeen(NOW.minus(Duration.ofDays(30)), a, b);

      h.start(a, b);
      h.runDue();

      assertThat(posted(h.channel)).containsExactly("a reminder-1h");
      LedgerEntry skipped =
          h.ledger().forWebinar("b").stream()
              .filter(e -> e.key().kind().code().equals("reminder-1h"))
              .findFirst()
              .orElseThrow();
      assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
      assertThat(skipped.detail().orElseThrow())
          .isEqualTo("missed by 40m, more than the grace of 30m");
      assertThat(log.text())
          .contains("skipped reminder-1h about b on slack:C1: missed by 40m, more than the grace");
    }
  }

  @Test
  void givenAReminderDue_whenTheBotIsDownPastItsGrace_thenItIsSkippedOnStartNotPostedLate()
      throws Exception {
    try (LogCapture log = new LogCapture();
        ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      Webinar talk = TestWebinars.startingAt("talk", NOW.plus(Duration.ofHours(3))).build();
      h.previouslySeen(NOW.minus(Duration.ofDays(30)), talk);
      h.start(talk);
      h.runDue();
      h.stop();

      // Down from 2 h before the talk until 35 minutes after its 1 h reminder.
      h.clock.advance(Duration.ofHours(2).plusMinutes(35));
      h.start(talk);
      h.runDue();

      assertThat(posted(h.channel)).isEmpty();
      assertThat(h.ledger().forWebinar("talk"))
          .filteredOn(e -> e.key().kind().code().equals("reminder-1h"))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SKIPPED);
      assertThat(log.text()).contains("skipped reminder-1h about talk on slack:C1: missed by 35m");
      h.advance(Duration.ofMinutes(25));
      assertThat(posted(h.channel)).containsExactly("talk starting");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheBotDiedWhileThePlatformTookThePost_whenRestarted_thenThePostIsRecordedNotRepeated(
      TestDatabases.Kind kind) {
    try (ScheduleHarness h = new ScheduleHarness(kind)) {
      Webinar talk = TestWebinars.startingAt("talk", NOW.plus(Duration.ofDays(2))).build();
      h.notifier().crashAfterPosting();
      h.start(talk);
      h.runDue();
      assertThat(h.channel.messages()).hasSize(1);
      assertThat(h.ledger().forWebinar("talk").get(0).status()).isEqualTo(DeliveryStatus.SENDING);

      h.restart();
      h.settle();

      assertThat(h.ledger().forWebinar("talk").get(0).status()).isEqualTo(DeliveryStatus.SENT);
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
      Webinar talk = TestWebinars.startingAt("talk", NOW.plus(Duration.ofDays(2))).build();
      h.notifier().crashBeforePosting();
      h.start(talk);
      h.runDue();
      assertThat(h.ledger().forWebinar("talk"))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SENDING);
      assertThat(h.channel.messages()).isEmpty();

      h.restart();
      h.runDue();

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
      Webinar[] talks = new Webinar[40];
      for (int i = 0; i < talks.length; i++) {
        // Each is announced at once (found late) and its 1h reminder is due four to five seconds
        // later.
        talks[i] =
            TestWebinars.startingAt(
                    "t" + i, NOW.plus(Duration.ofHours(1)).plusMillis(4000 + 25L * i))
                .build();
      }

      h.reload(talks);
      h.runDue();
      h.advance(Duration.ofSeconds(5));

      assertThat(posted(h.channel)).hasSize(80).doesNotHaveDuplicates();
      for (Webinar t : talks) {
        assertThat(posted(h.channel))
            .filteredOn(p -> p.startsWith(t.id() + " "))
            .containsExactly(t.id() + " announcement", t.id() + " reminder-1h");
      }
      assertThat(h.notifier().sendCalls()).isGreaterThan(90);
    }
  }

  @Test
  void givenTwoHundredRemindersDueAtOneInstant_whenItComes_thenEachIsPostedOnce() throws Exception {
    try (LogCapture log = new LogCapture();
        ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      Webinar[] talks = new Webinar[200];
      for (int i = 0; i < talks.length; i++) {
        talks[i] = TestWebinars.startingAt("t" + i, NOW.plus(Duration.ofHours(2))).build();
      }
      h.previouslySeen(NOW.minus(Duration.ofDays(30)), talks);
      h.start(talks);
      // Seen a month ago, started two hours before: the 7- and 1-day reminders were missed.
      assertThat(log.lines()).filteredOn(l -> l.contains("skipped reminder-")).hasSize(400);

      h.advance(Duration.ofHours(1));

      assertThat(posted(h.channel))
          .hasSize(200)
          .doesNotHaveDuplicates()
          .allMatch(p -> p.endsWith(" reminder-1h"));
      assertThat(h.ledger().forWebinar("t199"))
          .filteredOn(e -> e.key().kind().code().equals("reminder-1h"))
          .extracting(LedgerEntry::status)
          .containsExactly(DeliveryStatus.SENT);
    }
  }
}
