package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Delivery;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.DeliveryStatus;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

class ReminderPlannerTest {
  private static final Target SLACK = new Target("slack", "C1");
  private static final Target DISCORD = new Target("discord", "D1");
  private static final List<Target> BOTH = List.of(SLACK, DISCORD);
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  private final ReminderPlanner planner = new ReminderPlanner(TestSettings.schedule());

  /** The plan as {@code at id kind targets} lines, which is how a reader checks it. */
  private static List<String> lines(Plan plan) {
    return plan.entries().stream()
        .map(e -> e.at() + " " + e.webinarId() + " " + e.post().kind() + " " + e.targets())
        .toList();
  }

  private static List<String> skips(Plan plan) {
    return plan.skipped().stream()
        .map(
            s ->
                s.post().webinarId()
                    + " "
                    + s.post().kind()
                    + " "
                    + s.targets()
                    + ": "
                    + s.reason())
        .toList();
  }

  private Plan plan(Webinar w, Instant firstSeen, String now) {
    return planner.plan(
        new Catalogue(List.of(w)),
        Map.of(w.id(), firstSeen),
        DeliveryHistory.empty(),
        BOTH,
        Instant.parse(now));
  }

  @Nested
  class Reminders {
    @Test
    void givenATalkKnownWellAhead_whenPlanned_thenEachReminderComesAtItsLeadBeforeTheStart() {
      Webinar w = TestWebinars.timed("vpp", "2026-06-10T17:00", "UTC").build();

      Plan plan = plan(w, LONG_AGO, "2026-05-01T00:00:00Z");

      assertThat(lines(plan))
          .containsExactly(
              "2026-06-03T17:00:00Z vpp reminder-7d [slack:C1, discord:D1]",
              "2026-06-09T17:00:00Z vpp reminder-1d [slack:C1, discord:D1]",
              "2026-06-10T16:00:00Z vpp reminder-1h [slack:C1, discord:D1]",
              "2026-06-10T17:00:00Z vpp starting [slack:C1, discord:D1]");
      assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void givenATalkTheWeekDaylightSavingStarts_whenPlanned_thenDayRemindersKeepTheLocalTime() {
      // US clocks go forward on Sunday 8 March 2026: 10:00 PDT is 17:00 UTC, 10:00 PST 18:00 UTC.
      Webinar w = TestWebinars.timed("dst", "2026-03-10T10:00", "America/Los_Angeles").build();

      Plan plan = plan(w, LONG_AGO, "2026-02-01T00:00:00Z");

      assertThat(lines(plan))
          .containsExactly(
              "2026-03-03T18:00:00Z dst reminder-7d [slack:C1, discord:D1]",
              "2026-03-09T17:00:00Z dst reminder-1d [slack:C1, discord:D1]",
              "2026-03-10T16:00:00Z dst reminder-1h [slack:C1, discord:D1]",
              "2026-03-10T17:00:00Z dst starting [slack:C1, discord:D1]");
    }

    @Test
    void givenATalkTheNightClocksGoBack_whenPlanned_thenTheHourReminderIsAnHourOfRealTime() {
      // Europe falls back at 03:00 CEST on 25 October 2026; a 03:30 talk is after the change.
      Webinar w = TestWebinars.timed("fall", "2026-10-25T03:30", "Europe/Brussels").build();

      Plan plan = plan(w, LONG_AGO, "2026-10-01T00:00:00Z");

      assertThat(lines(plan))
          .containsExactly(
              "2026-10-18T01:30:00Z fall reminder-7d [slack:C1, discord:D1]",
              "2026-10-24T01:30:00Z fall reminder-1d [slack:C1, discord:D1]",
              "2026-10-25T01:30:00Z fall reminder-1h [slack:C1, discord:D1]",
              "2026-10-25T02:30:00Z fall starting [slack:C1, discord:D1]");
    }

    @Test
    void givenAnAllDayEntry_whenPlanned_thenRemindersGoOutAtTheAllDayTimeInItsZone() {
      Webinar w = TestWebinars.allDay("summit", "2026-06-10", "Europe/Brussels").build();

      Plan plan = plan(w, LONG_AGO, "2026-05-01T00:00:00Z");

      // 09:00 CEST is 07:00 UTC; the 1h and 0m reminders both fall on the day: one "today".
      assertThat(lines(plan))
          .containsExactly(
              "2026-06-03T07:00:00Z summit reminder-7d [slack:C1, discord:D1]",
              "2026-06-09T07:00:00Z summit reminder-1d [slack:C1, discord:D1]",
              "2026-06-10T07:00:00Z summit starting [slack:C1, discord:D1]");
    }

    @Test
    void givenAnAllDayEntryTheDayAfterClocksGoForward_whenPlanned_thenBothPostsAreAtNineLocal() {
      // Europe springs forward on 29 March 2026: 09:00 is 08:00 UTC before, 07:00 UTC after.
      Webinar w = TestWebinars.allDay("spring", "2026-03-30", "Europe/Brussels").build();

      Plan plan = plan(w, LONG_AGO, "2026-03-01T00:00:00Z");

      assertThat(lines(plan))
          .containsExactly(
              "2026-03-23T08:00:00Z spring reminder-7d [slack:C1, discord:D1]",
              "2026-03-29T07:00:00Z spring reminder-1d [slack:C1, discord:D1]",
              "2026-03-30T07:00:00Z spring starting [slack:C1, discord:D1]");
    }

    @Test
    void givenDraftsAndCancelledTalks_whenPlanned_thenNothingIsPlannedForThem() {
      Webinar draft = TestWebinars.timed("draft", "2026-06-10T17:00", "UTC").draft().build();
      Webinar off = TestWebinars.timed("off", "2026-06-11T17:00", "UTC").cancelled().build();

      Plan plan =
          planner.plan(
              new Catalogue(List.of(draft, off)),
              Map.of(),
              DeliveryHistory.empty(),
              BOTH,
              Instant.parse("2026-05-01T00:00:00Z"));

      assertThat(plan.entries()).isEmpty();
    }

    @Test
    void givenAnExpiryDate_whenPlanned_thenNothingIsPlannedFromItOn() {
      Webinar w =
          TestWebinars.timed("exp", "2026-06-10T17:00", "UTC")
              .expiryDate("2026-06-10T00:00:00Z")
              .build();

      Plan plan = plan(w, LONG_AGO, "2026-05-01T00:00:00Z");

      assertThat(lines(plan))
          .containsExactly(
              "2026-06-03T17:00:00Z exp reminder-7d [slack:C1, discord:D1]",
              "2026-06-09T17:00:00Z exp reminder-1d [slack:C1, discord:D1]");
    }
  }

  @Nested
  class LateDiscovery {
    @Test
    void givenAPageFirstSeenThreeDaysAhead_whenPlanned_thenOneAnnouncementNowAndNoStaleReminder() {
      Webinar w = TestWebinars.timed("late", "2026-06-10T17:00", "UTC").build();
      Instant now = Instant.parse("2026-06-07T12:00:00Z");

      Plan plan = plan(w, now, now.toString());

      assertThat(lines(plan))
          .containsExactly(
              "2026-06-07T12:00:00Z late announcement [slack:C1, discord:D1]",
              "2026-06-09T17:00:00Z late reminder-1d [slack:C1, discord:D1]",
              "2026-06-10T16:00:00Z late reminder-1h [slack:C1, discord:D1]",
              "2026-06-10T17:00:00Z late starting [slack:C1, discord:D1]");
      assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void givenAPageFirstSeenAfterItStarted_whenPlanned_thenNothingIsPosted() {
      Webinar w = TestWebinars.timed("gone", "2026-06-10T17:00", "UTC").build();
      Instant now = Instant.parse("2026-06-10T17:10:00Z");

      assertThat(plan(w, now, now.toString()).entries()).isEmpty();
    }

    @Test
    void givenAPublishDateAfterTheFirstReminder_whenPlanned_thenTheCatchUpWaitsForIt() {
      Webinar w =
          TestWebinars.timed("pub", "2026-06-10T17:00", "UTC")
              .publishDate("2026-06-08T08:00:00Z")
              .build();

      Plan plan = plan(w, LONG_AGO, "2026-05-01T00:00:00Z");

      assertThat(lines(plan))
          .containsExactly(
              "2026-06-08T08:00:00Z pub announcement [slack:C1, discord:D1]",
              "2026-06-09T17:00:00Z pub reminder-1d [slack:C1, discord:D1]",
              "2026-06-10T16:00:00Z pub reminder-1h [slack:C1, discord:D1]",
              "2026-06-10T17:00:00Z pub starting [slack:C1, discord:D1]");
    }

    @Test
    void givenATargetThatHasPostsAboutIt_whenPlannedLate_thenOnlyTheNewTargetGetsTheCatchUp() {
      Webinar w = TestWebinars.timed("half", "2026-06-10T17:00", "UTC").build();
      Instant now = Instant.parse("2026-06-07T12:00:00Z");
      DeliveryHistory history = history(sent(w, PostKind.reminder(Duration.ofDays(7)), SLACK));

      Plan plan = planner.plan(w, now, history, BOTH, now);

      assertThat(lines(plan))
          .first()
          .isEqualTo("2026-06-07T12:00:00Z half announcement [discord:D1]");
    }
  }

  @Nested
  class Downtime {
    private final Webinar talk = TestWebinars.timed("talk", "2026-06-10T17:00", "UTC").build();

    @Test
    void givenTheHourReminderMissedByTenMinutes_whenPlannedOnStartUp_thenItGoesOutNow() {
      Plan plan = plan(talk, LONG_AGO, "2026-06-10T16:10:00Z");

      assertThat(lines(plan))
          .containsExactly(
              "2026-06-10T16:10:00Z talk reminder-1h [slack:C1, discord:D1]",
              "2026-06-10T17:00:00Z talk starting [slack:C1, discord:D1]");
      assertThat(plan.entries().get(0).deadline()).contains(Instant.parse("2026-06-10T16:30:00Z"));
    }

    @Test
    void givenTheHourReminderMissedByFortyMinutes_whenPlanned_thenItIsSkippedWithTheReason() {
      Plan plan = plan(talk, LONG_AGO, "2026-06-10T16:40:00Z");

      assertThat(lines(plan))
          .containsExactly("2026-06-10T17:00:00Z talk starting [slack:C1, discord:D1]");
      assertThat(skips(plan))
          .containsExactly(
              "talk reminder-7d [slack:C1, discord:D1]: missed by 6d23h40m, more than the grace of 30m",
              "talk reminder-1d [slack:C1, discord:D1]: missed by 23h40m, more than the grace of 30m",
              "talk reminder-1h [slack:C1, discord:D1]: missed by 40m, more than the grace of 30m");
    }

    @Test
    void givenTheStartMissedByTenMinutes_whenPlanned_thenStartingGoesOutButNoStaleHourReminder() {
      Plan plan = plan(talk, LONG_AGO, "2026-06-10T17:10:00Z");

      assertThat(lines(plan))
          .containsExactly("2026-06-10T17:10:00Z talk starting [slack:C1, discord:D1]");
      assertThat(skips(plan))
          .contains(
              "talk reminder-1h [slack:C1, discord:D1]: missed by 1h10m, more than the grace of 30m");
    }

    @Test
    void givenTwoRemindersMissedWithinGrace_whenPlanned_thenOnlyTheLatestGoesOut() {
      Settings2 s = new Settings2();
      ReminderPlanner tight = new ReminderPlanner(s.schedule);
      Plan plan =
          tight.plan(
              talk,
              LONG_AGO,
              DeliveryHistory.empty(),
              List.of(SLACK),
              Instant.parse("2026-06-10T16:50:00Z"));

      assertThat(lines(plan))
          .containsExactly(
              "2026-06-10T16:50:00Z talk reminder-15m [slack:C1]",
              "2026-06-10T17:00:00Z talk starting [slack:C1]");
      assertThat(skips(plan))
          .containsExactly(
              "talk reminder-20m [slack:C1]: overdue together with reminder-15m, which goes out instead");
    }

    @Test
    void givenRemindersAlreadyInTheLedger_whenPlanned_thenTheyAreNotPlannedAgain() {
      DeliveryHistory history =
          history(
              sent(talk, PostKind.reminder(Duration.ofDays(7)), SLACK),
              sent(talk, PostKind.reminder(Duration.ofDays(7)), DISCORD),
              sent(talk, PostKind.reminder(Duration.ofDays(1)), SLACK));

      Plan plan =
          planner.plan(talk, LONG_AGO, history, BOTH, Instant.parse("2026-06-09T17:05:00Z"));

      assertThat(lines(plan))
          .containsExactly(
              "2026-06-09T17:05:00Z talk reminder-1d [discord:D1]",
              "2026-06-10T16:00:00Z talk reminder-1h [slack:C1, discord:D1]",
              "2026-06-10T17:00:00Z talk starting [slack:C1, discord:D1]");
    }
  }

  /** Reminders 20 and 15 minutes ahead, to have two within one grace period. */
  private static final class Settings2 {
    final webinarbot.config.Settings.Schedule schedule =
        new webinarbot.config.Settings.Schedule(
            TestSettings.schedule().timezone(),
            List.of(Duration.ofMinutes(20), Duration.ofMinutes(15), Duration.ZERO),
            TestSettings.schedule().allDayTime(),
            Duration.ofMinutes(30),
            Optional.empty());
  }

  private static LedgerEntry sent(Webinar w, PostKind kind, Target t) {
    Delivery d = Delivery.now(new webinarbot.delivery.Post.About(kind, w), LONG_AGO);
    DeliveryKey k = d.key(t);
    return new LedgerEntry(
        k,
        DeliveryStatus.SENT,
        w.revision(),
        Optional.of("m1"),
        List.of(),
        LONG_AGO,
        Optional.empty(),
        1,
        Optional.empty(),
        "test",
        LONG_AGO);
  }

  private static DeliveryHistory history(LedgerEntry... entries) {
    return DeliveryHistory.of(List.of(entries));
  }
}
