package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.Settings;
import webinarbot.delivery.Post;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.WebinarBuilder;

/** "MON 09:00" in the schedule's zone: when the digest goes out and which talks it lists. */
class WeeklyDigestTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final WeeklyDigest MONDAY_NINE =
      new WeeklyDigest(new Settings.WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)), BRUSSELS);

  @Test
  void givenAWednesday_whenAsked_thenTheLastDigestWasMondayAndTheNextIsNextMonday() {
    Instant wednesday = Instant.parse("2026-12-02T10:00:00Z");

    assertThat(MONDAY_NINE.latestAtOrBefore(wednesday))
        .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    assertThat(MONDAY_NINE.nextAfter(wednesday)).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
  }

  @Test
  void givenTheDigestMomentItself_whenAsked_thenItIsTheLatestAndTheNextIsAWeekLater() {
    Instant monday = Instant.parse("2026-11-30T08:00:00Z");

    assertThat(MONDAY_NINE.latestAtOrBefore(monday)).isEqualTo(monday);
    assertThat(MONDAY_NINE.nextAfter(monday)).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
    assertThat(MONDAY_NINE.latestAtOrBefore(monday.minusSeconds(1)))
        .isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
  }

  @Test
  void givenSummerTime_whenTheClocksChange_thenTheDigestStaysAtNineLocalTime() {
    // 2027-03-28: Brussels moves from UTC+1 to UTC+2.
    assertThat(MONDAY_NINE.nextAfter(Instant.parse("2027-03-25T00:00:00Z")))
        .isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
    WeeklyDigest inTheGap =
        new WeeklyDigest(new Settings.WeeklyTime(DayOfWeek.SUNDAY, LocalTime.of(2, 30)), BRUSSELS);
    assertThat(inTheGap.nextAfter(Instant.parse("2027-03-25T00:00:00Z")))
        .isEqualTo(Instant.parse("2027-03-28T01:30:00Z")); // 03:30 summer time
  }

  @Test
  void givenTalksAroundTheWeek_whenTheDigestIsBuilt_thenItListsTheSevenDaysFromItsMoment() {
    Instant at = Instant.parse("2026-11-30T08:00:00Z");
    Webinar underWay = webinar("under-way", "2026-11-30T08:30:00+01:00[Europe/Brussels]");
    Webinar tuesday = webinar("tuesday", "2026-12-01T17:00:00+01:00[Europe/Brussels]");
    Webinar lastMinute = webinar("last-minute", "2026-12-07T08:59:00+01:00[Europe/Brussels]");
    Webinar nextWeek = webinar("next-week", "2026-12-07T09:00:00+01:00[Europe/Brussels]");
    Webinar over = webinar("over", "2026-11-29T10:00:00+01:00[Europe/Brussels]");
    Webinar cancelled =
        WebinarBuilder.webinar("cancelled")
            .starts("2026-12-02T17:00:00+01:00[Europe/Brussels]")
            .cancelled()
            .build();
    Catalogue catalogue =
        new Catalogue(List.of(underWay, tuesday, lastMinute, nextWeek, over, cancelled));

    Post.Digest digest = MONDAY_NINE.post(catalogue, at);

    assertThat(digest.weekOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(digest.webinars())
        .extracting(Webinar::id)
        .containsExactly("under-way", "tuesday", "last-minute");
  }

  @Test
  void givenASeries_whenItsWeeksDigestsAreBuilt_thenEachOccurrenceIsListedAtItsTimeAndExdatesNot(
      @TempDir Path pages) {
    // Tuesdays and Thursdays at noon in New York, across the end of US summer time (1 November);
    // Thursday 29 October does not take place.
    Webinar call =
        TestWebinars.series(
            pages,
            "call",
            "2026-10-20",
            "12:00 - 13:00 America/New_York",
            "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8",
            "2026-10-29");
    Webinar oneOff = webinar("one-off", "2026-11-04T11:00:00+01:00[Europe/Brussels]");
    Catalogue catalogue = new Catalogue(List.of(call, oneOff));

    Post.Digest october = MONDAY_NINE.post(catalogue, Instant.parse("2026-10-26T08:00:00Z"));
    Post.Digest november = MONDAY_NINE.post(catalogue, Instant.parse("2026-11-02T08:00:00Z"));

    assertThat(october.webinars())
        .extracting(w -> w.id() + " " + w.time().start().toOffsetDateTime())
        .containsExactly("call 2026-10-27T12:00-04:00");
    assertThat(november.webinars())
        .extracting(w -> w.id() + " " + w.time().startInstant())
        .containsExactly(
            "call 2026-11-03T17:00:00Z",
            "one-off 2026-11-04T10:00:00Z",
            "call 2026-11-05T17:00:00Z");
    assertThat(
            MONDAY_NINE.dueAfter(
                catalogue, Instant.parse("2026-10-19T00:00:00Z"), Optional.empty()))
        .extracting(Post.Digest::weekOf)
        .containsExactly(
            LocalDate.of(2026, 10, 19),
            LocalDate.of(2026, 10, 26),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 9));
  }

  private static Webinar webinar(String id, String start) {
    return WebinarBuilder.webinar(id).starts(start).build();
  }
}
