package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.Target;
import webinarbot.domain.EventTime;
import webinarbot.domain.Webinar;
import webinarbot.testing.TestSettings;
import webinarbot.testing.TestWebinars;

/**
 * Until when each planned post still tells the truth (its deadline), and the reason given for one
 * that can no longer go out: what decides whether a late post is sent or skipped.
 */
class PlannedDeadlinesTest {
  private static final List<Target> SLACK = List.of(new Target("slack", "C1"));
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  private final ReminderPlanner planner = new ReminderPlanner(TestSettings.schedule());

  private Plan plan(Webinar w, Instant firstSeen, String now) {
    return planner.plan(w, firstSeen, DeliveryHistory.empty(), SLACK, Instant.parse(now));
  }

  /** "kind at deadline" per entry. */
  private static List<String> deadlines(Plan plan) {
    return plan.entries().stream()
        .map(
            e ->
                e.post().kind()
                    + " "
                    + e.at()
                    + " until "
                    + e.deadline().map(Instant::toString).orElse("-"))
        .toList();
  }

  private static List<String> reasons(Plan plan) {
    return plan.skipped().stream().map(s -> s.post().kind() + ": " + s.reason()).toList();
  }

  @Test
  void givenATalkPlannedAhead_whenPlanned_thenRemindersHaveTheGraceAndStartingEndsWithTheTalk() {
    Webinar w = TestWebinars.timed("t", "2026-06-10T17:00", "UTC").build();

    assertThat(deadlines(plan(w, LONG_AGO, "2026-05-01T00:00:00Z")))
        .containsExactly(
            "reminder-7d 2026-06-03T17:00:00Z until 2026-06-03T17:30:00Z",
            "reminder-1d 2026-06-09T17:00:00Z until 2026-06-09T17:30:00Z",
            "reminder-1h 2026-06-10T16:00:00Z until 2026-06-10T16:30:00Z",
            "starting 2026-06-10T17:00:00Z until 2026-06-10T17:30:00Z");
  }

  @Test
  void givenATwentyMinuteTalk_whenPlanned_thenStartingIsNotPostedAfterItEnds() {
    ZonedDateTime start = ZonedDateTime.parse("2026-06-10T17:00:00Z[UTC]");
    Webinar w =
        new Webinar(
            "short",
            "Short",
            EventTime.timed(start, Optional.of(start.plusMinutes(20))),
            "",
            List.of(),
            webinarbot.domain.Links.NONE,
            List.of(),
            java.net.URI.create("https://fd.io/short/"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            false,
            List.of(),
            "short.md");

    assertThat(deadlines(plan(w, LONG_AGO, "2026-06-10T16:55:00Z")))
        .containsExactly("starting 2026-06-10T17:00:00Z until 2026-06-10T17:20:00Z");
  }

  @Test
  void givenAPageFoundLate_whenPlanned_thenTheCatchUpAnnouncementHoldsUntilTheStart() {
    Webinar w = TestWebinars.timed("late", "2026-06-10T17:00", "UTC").build();
    Instant now = Instant.parse("2026-06-10T12:00:00Z");

    assertThat(deadlines(plan(w, now, now.toString())))
        .first()
        .isEqualTo("announcement 2026-06-10T12:00:00Z until 2026-06-10T17:00:00Z");
  }

  @Test
  void givenAnAllDayEntryFoundOnItsDay_whenPlanned_thenTheAnnouncementHoldsUntilTheDayEnds() {
    Webinar w = TestWebinars.allDay("conf", "2026-06-10", "Europe/Brussels").build();
    Instant now = Instant.parse("2026-06-10T12:00:00Z");

    assertThat(deadlines(plan(w, now, now.toString())))
        .first()
        .isEqualTo("announcement 2026-06-10T12:00:00Z until 2026-06-10T22:00:00Z");
  }

  @Test
  void givenAnExpiryDateBeforeTheGraceEnds_whenPlanned_thenThePageExpiryIsTheDeadline() {
    Webinar w =
        TestWebinars.timed("exp", "2026-06-10T17:00", "UTC")
            .expiryDate("2026-06-10T16:10:00Z")
            .build();

    Plan plan = plan(w, LONG_AGO, "2026-06-10T15:00:00Z");

    assertThat(deadlines(plan))
        .containsExactly("reminder-1h 2026-06-10T16:00:00Z until 2026-06-10T16:10:00Z");
  }

  @Test
  void givenAPageThatExpired_whenPlannedAfterwards_thenTheMissedPostsSayThePageExpired() {
    Webinar w =
        TestWebinars.timed("exp", "2026-06-10T17:00", "UTC")
            .expiryDate("2026-06-10T16:10:00Z")
            .build();

    Plan plan = plan(w, LONG_AGO, "2026-06-10T16:20:00Z");

    assertThat(plan.entries()).isEmpty();
    assertThat(reasons(plan)).contains("reminder-1h: the page expired at 2026-06-10T16:10:00Z");
  }

  @Test
  void givenAReminderMissedBySeconds_whenPlannedAfterTheGrace_thenTheReasonCountsSeconds() {
    ReminderPlanner noGrace =
        new ReminderPlanner(
            new webinarbot.config.Settings.Schedule(
                ZoneId.of("UTC"),
                List.of(java.time.Duration.ofHours(1)),
                TestSettings.schedule().allDayTime(),
                java.time.Duration.ofSeconds(10),
                Optional.empty()));
    Webinar w = TestWebinars.timed("t", "2026-06-10T17:00", "UTC").build();

    Plan plan =
        noGrace.plan(
            w, LONG_AGO, DeliveryHistory.empty(), SLACK, Instant.parse("2026-06-10T16:00:45Z"));

    assertThat(reasons(plan))
        .containsExactly("reminder-1h: missed by 45s, more than the grace of 10s");
  }
}
