package webinarbot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.testing.WebinarBuilder;

/** A series' occurrences as the bot shows them, and the post kinds it offers by hand. */
class SeriesAndKindsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Weekly on Tuesdays at 17:00 in Berlin, across the end of summer time (25 October 2026).
  private static final ZonedDateTime FIRST = ZonedDateTime.of(2026, 10, 20, 17, 0, 0, 0, BERLIN);
  private static final List<ZonedDateTime> STARTS =
      List.of(FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(3));
  private static final Series WEEKLY =
      new Series("FREQ=WEEKLY;BYDAY=TU", List.of(LocalDate.of(2026, 11, 3)), STARTS);

  private static Webinar call() {
    return WebinarBuilder.webinar("call")
        .time(EventTime.timed(FIRST, Optional.of(FIRST.plusMinutes(45))))
        .build()
        .withSeries(Optional.of(WEEKLY));
  }

  @Test
  void theNextOccurrenceIsTheFirstNotYetStarted() {
    assertThat(WEEKLY.nextAfter(FIRST.toInstant().minusSeconds(1))).contains(FIRST);
    assertThat(WEEKLY.nextAfter(FIRST.toInstant())).contains(FIRST.plusWeeks(1));
    assertThat(WEEKLY.nextAfter(STARTS.get(2).toInstant())).isEmpty();
  }

  @Test
  void aSeriesShowsTheOccurrenceUnderWayOrNextAndItsLastOnceAllAreOver() {
    Webinar call = call();
    Instant duringSecond = STARTS.get(1).toInstant().plus(Duration.ofMinutes(30));

    assertThat(call.current(duringSecond).time().start()).isEqualTo(STARTS.get(1));
    assertThat(call.current(STARTS.get(1).toInstant().plus(Duration.ofHours(1))).time().start())
        .isEqualTo(STARTS.get(2));
    assertThat(call.current(Instant.parse("2027-01-01T00:00:00Z")).time().start())
        .isEqualTo(STARTS.get(2));
    // After the clocks went back, 17:00 in Berlin is 16:00 UTC.
    assertThat(call.current(duringSecond).time().startInstant())
        .isEqualTo(Instant.parse("2026-10-27T16:00:00Z"));
    assertThat(call.current(duringSecond).time().end()).contains(STARTS.get(1).plusMinutes(45));
  }

  @Test
  void anOccurrenceIsFoundByItsStartOnlyIfTheSeriesHasIt() {
    Webinar call = call();

    assertThat(call.occurrenceAt(STARTS.get(2).toInstant()))
        .hasValueSatisfying(w -> assertThat(w.time().start()).isEqualTo(STARTS.get(2)));
    assertThat(call.occurrenceAt(FIRST.plusWeeks(2).toInstant())).isEmpty();
    assertThat(call.withSeries(Optional.empty()).occurrenceAt(FIRST.toInstant())).isEmpty();
    assertThat(call.withSeries(Optional.empty()).current(Instant.EPOCH))
        .isEqualTo(call.withSeries(Optional.empty()));
  }

  @Test
  void anAllDayOccurrenceKeepsHowManyDaysThePageSpans() {
    EventTime oneDay = EventTime.allDay(LocalDate.of(2026, 3, 2), BERLIN);
    EventTime twoDays =
        EventTime.allDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), BERLIN);
    ZonedDateTime next = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, BERLIN);

    assertThat(Series.occurrence(oneDay, next))
        .isEqualTo(EventTime.allDay(next.toLocalDate(), BERLIN));
    assertThat(Series.occurrence(twoDays, next))
        .isEqualTo(EventTime.allDays(next.toLocalDate(), LocalDate.of(2026, 3, 10), BERLIN));
  }

  @Test
  void theKindsPostedByHandPutTheConfiguredRemindersBeforeStarting() {
    List<Duration> leads =
        List.of(Duration.ofDays(1), Duration.ofHours(1), Duration.ZERO, Duration.ofHours(1));

    assertThat(PostKind.byHand(leads))
        .extracting(PostKind::code)
        .containsExactly(
            "announcement",
            "reminder-1d",
            "reminder-1h",
            "starting",
            "update",
            "cancellation",
            "followup");
    assertThat(PostKind.every(leads))
        .extracting(PostKind::code)
        .containsExactly(
            "announcement",
            "reminder-1d",
            "reminder-1h",
            "starting",
            "update",
            "cancellation",
            "followup",
            "digest",
            "personal");
  }

  @Test
  void eachKindDeclaresItsRevisionDeadlineAndPlanning() {
    assertThat(PostKind.Type.DIGEST.aboutOneWebinar()).isFalse();
    assertThat(PostKind.Type.PERSONAL.aboutOneWebinar()).isTrue();
    assertThat(PostKind.Type.REMINDER.revision()).isEqualTo(PostKind.Revision.SCHEDULED_START);
    assertThat(PostKind.Type.ANNOUNCEMENT.revision()).isEqualTo(PostKind.Revision.CONTENT);
    assertThat(PostKind.Type.REMINDER.deadline()).isEqualTo(PostKind.Deadline.WITHIN_GRACE);
    assertThat(PostKind.Type.PERSONAL.planned()).isEqualTo(PostKind.Planned.FOR_EACH_SUBSCRIBER);
    assertThat(PostKind.Type.FOLLOW_UP.is(PostKind.Use.AFTER_THE_TALK)).isTrue();
    assertThat(PostKind.Type.UPDATE.is(PostKind.Use.EDITED_IN_PLACE)).isFalse();
  }
}
