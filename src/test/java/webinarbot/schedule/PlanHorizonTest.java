package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Post;
import webinarbot.domain.PlannedPost;
import webinarbot.domain.Webinar;
import webinarbot.testing.RecordingNotifier;
import webinarbot.testing.ScheduleHarness;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.TestWebinars;

/**
 * The timer holds only the next two days of the plan ({@link PlanHorizon}); everything beyond is
 * written as it comes near, by a wake-up the timer holds like a post. The harness runs with the
 * periodic resync off, so nothing else would write them: each reminder still goes out once, at its
 * time, across restarts and downtime.
 */
class PlanHorizonTest {
  private static final Instant NOW = ScheduleHarness.NOW;
  private final Instant start = NOW.plus(Duration.ofDays(30));
  private final Webinar talk = TestWebinars.startingAt("talk", start).build();

  private static List<String> posted(RecordingNotifier.Channel channel) {
    return channel.messages().stream()
        .map(m -> ((Post.About) m.post()).webinar().id() + " " + m.post().kind())
        .toList();
  }

  private static List<String> held(ScheduleHarness h) throws Exception {
    return h.scheduler().pending("talk").stream().map(p -> p.kind().code()).toList();
  }

  @Test
  void givenATalkAMonthAhead_whenTheBotStarts_thenTheTimerHoldsOnlyAWakeUpForItsReminders()
      throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(talk);

      assertThat(h.scheduler().planned("talk"))
          .extracting(p -> p.kind().code())
          .containsExactly("reminder-7d", "reminder-1d", "reminder-1h", "starting");
      assertThat(h.timers().pending()).isEmpty();
      // Half a horizon before the first post beyond it: the 7-day reminder.
      assertThat(nextHorizon(h))
          .isEqualTo(start.minus(Duration.ofDays(7)).minus(PlanHorizon.AHEAD.dividedBy(2)));
    }
  }

  @Test
  void givenATalkAMonthAhead_whenTheBotRunsUntilItStarts_thenEachReminderGoesOutOnceAtItsTime() {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(talk);
      h.runDue();

      h.advance(
          Duration.between(h.clock.instant(), start.minus(Duration.ofDays(7))).minusMillis(1));
      assertThat(posted(h.channel)).isEmpty();
      h.advance(Duration.ofMillis(1));
      assertThat(posted(h.channel)).containsExactly("talk reminder-7d");
      h.advance(Duration.between(h.clock.instant(), start));

      assertThat(posted(h.channel))
          .containsExactly(
              "talk reminder-7d", "talk reminder-1d", "talk reminder-1h", "talk starting");
      assertThat(h.timers().pending()).isEmpty();
    }
  }

  @Test
  void givenTheBotDownWhenItsHorizonWasDue_whenItStartsAgain_thenTheReminderGoesOutOnTime()
      throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(talk);
      h.runDue();
      h.stop();
      // Down from the start until a minute before the 7-day reminder, past the wake-up.
      h.clock.set(start.minus(Duration.ofDays(7)).minus(Duration.ofMinutes(1)));

      h.restart();

      assertThat(held(h)).containsExactly("reminder-7d");
      h.advance(Duration.ofMinutes(1));
      assertThat(posted(h.channel)).containsExactly("talk reminder-7d");
    }
  }

  @Test
  void givenAHeldReminder_whenTheTalkMovesAMonthLater_thenTheTimerLetsItGoAndWakesForTheNewOne()
      throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      Webinar soon = TestWebinars.startingAt("talk", NOW.plus(Duration.ofHours(30))).build();
      h.start(soon);
      h.runDue();
      assertThat(held(h)).containsExactly("reminder-1d", "reminder-1h", "starting");

      Webinar moved = TestWebinars.startingAt("talk", start).build();
      h.reload(moved);

      assertThat(held(h)).isEmpty();
      assertThat(nextHorizon(h))
          .isEqualTo(start.minus(Duration.ofDays(7)).minus(PlanHorizon.AHEAD.dividedBy(2)));
      h.advance(Duration.between(h.clock.instant(), start));
      assertThat(posted(h.channel))
          .filteredOn(p -> p.startsWith("talk reminder") || p.equals("talk starting"))
          .containsExactly(
              "talk reminder-7d", "talk reminder-1d", "talk reminder-1h", "talk starting");
    }
  }

  @Test
  void givenAWakeUpForALaterTalk_whenAnEarlierOneIsAdded_thenTheWakeUpComesEarlier()
      throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(talk);
      Instant later = nextHorizon(h);
      Webinar earlier = TestWebinars.startingAt("earlier", NOW.plus(Duration.ofDays(5))).build();

      h.reload(talk, earlier);

      // The 1-day reminder of the earlier talk is the first post beyond the horizon.
      Instant expected = NOW.plus(Duration.ofDays(4)).minus(PlanHorizon.AHEAD.dividedBy(2));
      assertThat(nextHorizon(h)).isEqualTo(expected).isBefore(later);
      h.advance(Duration.between(h.clock.instant(), NOW.plus(Duration.ofDays(5))));
      assertThat(posted(h.channel))
          .containsExactly(
              "earlier announcement",
              "earlier reminder-1d",
              "earlier reminder-1h",
              "earlier starting");
    }
  }

  @Test
  void givenNothingBeyondTheHorizon_thenNoWakeUpIsHeld() throws Exception {
    try (ScheduleHarness h = new ScheduleHarness(TestDatabases.Kind.H2)) {
      h.start(TestWebinars.startingAt("talk", NOW.plus(Duration.ofHours(30))).build());
      assertThat(h.scheduler().planned("talk")).extracting(PlannedPost::at).isNotEmpty();

      assertThat(h.timers().horizon()).isEmpty();
    }
  }

  private static Instant nextHorizon(ScheduleHarness h) {
    return h.timers().horizon().orElseThrow();
  }
}
