package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.delivery.CalendarLinks;
import webinarbot.delivery.Post;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.JsonSnapshots;
import webinarbot.testing.WebinarBuilder;
import webinarbot.testing.slack.SlackFixtures;

/** What channel members see: one message per kind of post, exactly as sent. */
class SlackRendererTest {
  private final SlackRenderer renderer = new SlackRenderer();

  private static Post about(String kind, Webinar w) {
    PostKind k = PostKind.parse(kind).orElseThrow();
    List<Change> changes =
        k.type() == PostKind.Type.UPDATE
            ? List.of(
                new Change(
                    "time",
                    "Tuesday, March 5, 2030 7:00 AM PST",
                    "Tuesday, March 5, 2030 8:00 AM PST"))
            : List.of();
    return new Post.About(k, w, changes);
  }

  /** Every declared kind about one webinar: a new kind fails here until it has its snapshot. */
  static Stream<String> kinds() {
    return PostKind.every(List.of(Duration.ofDays(7), Duration.ofHours(1))).stream()
        .filter(k -> k.type().aboutOneWebinar())
        .map(PostKind::code);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void givenEachKindOfPost_whenRendered_thenItMatchesItsSnapshot(String kind) {
    String json = renderer.render(about(kind, SlackFixtures.full()));

    JsonSnapshots.assertMatches("slack/kinds/" + kind + ".json", json);
    SlackPayloads.assertWithinLimits(json);
  }

  @Test
  void givenPeopleWantingAReminder_whenAnAnnouncementIsRendered_thenItSaysHowMany() {
    Post.About announcement = (Post.About) about("announcement", SlackFixtures.full());

    String json = renderer.render(announcement.withInterest(3));

    JsonSnapshots.assertMatches("slack/interest/announcement-3.json", json);
    assertThat(renderer.render(announcement.withInterest(1)))
        .contains(":bell: 1 person wants a reminder");
    assertThat(renderer.render(announcement)).doesNotContain("want a reminder", "wants a reminder");
    for (String kind : List.of("reminder-1h", "update", "cancellation", "starting")) {
      assertThat(renderer.render(((Post.About) about(kind, SlackFixtures.full())).withInterest(3)))
          .as(kind)
          .doesNotContain("want a reminder");
    }
  }

  @Test
  void givenAPublicUrl_whenShowAnswers_thenTheIcsLinkFollowsTheGoogleCalendarButton() {
    webinarbot.command.Reply.Detail show =
        new webinarbot.command.Reply.Detail(SlackFixtures.full());
    ReplyMessages withIcs =
        ReplyMessages.with(new CalendarLinks(Optional.of(URI.create("https://bot.fd.io/"))));

    String json = withIcs.message(show).toJson();

    JsonSnapshots.assertMatches("slack/calendar/show-public-url.json", json);
    assertThat(json).contains("https://bot.fd.io/webinars/" + SlackFixtures.full().id() + ".ics");
    assertThat(ReplyMessages.render(show).toJson())
        .contains("Add to Google Calendar")
        .doesNotContain(".ics");
  }

  @Test
  void givenAPublicUrl_whenAnAnnouncementIsRendered_thenItsIcsFollowsTheGoogleCalendarButton() {
    SlackRenderer withIcs =
        new SlackRenderer(new CalendarLinks(Optional.of(URI.create("https://bot.fd.io/"))));

    String json = withIcs.render(about("announcement", SlackFixtures.full()));

    JsonSnapshots.assertMatches("slack/calendar/announcement-public-url.json", json);
    SlackPayloads.assertWithinLimits(json);
    assertThat(renderer.render(about("announcement", SlackFixtures.full())))
        .contains("Add to Google Calendar")
        .doesNotContain(".ics");
  }

  @Test
  void givenTheWeeksWebinars_whenTheDigestIsRendered_thenEachIsListedAndASeriesOncePerOccurrence(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path pages) {
    Webinar other =
        WebinarBuilder.webinar("calico")
            .title("Calico & VPP")
            .starts("2030-03-07T17:00:00+01:00[Europe/Brussels]")
            .build();
    // A call on Mondays, Wednesdays and Fridays; Wednesday 6 March does not take place.
    Webinar call =
        webinarbot.testing.TestWebinars.series(
            pages,
            "call",
            "2030-02-25",
            "16:00 - 17:00 Europe/Brussels",
            "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=9",
            "2030-03-06");
    Post.Digest digest =
        new webinarbot.schedule.WeeklyDigest(
                new webinarbot.config.Settings.WeeklyTime(
                    java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0)),
                java.time.ZoneId.of("Europe/Brussels"))
            .post(
                new webinarbot.domain.Catalogue(List.of(SlackFixtures.full(), other, call)),
                java.time.Instant.parse("2030-03-04T08:00:00Z"));
    String json = renderer.render(digest);

    JsonSnapshots.assertMatches("slack/kinds/digest.json", json);
    assertThat(digest.weekOf()).isEqualTo(LocalDate.of(2030, 3, 4));
    assertThat(json)
        .contains("Webinars this week (week of March 4, 2030)")
        .contains("Calico &amp; VPP")
        .contains("Monday, March 4, 2030 4:00 PM CET")
        .contains("Friday, March 8, 2030 4:00 PM CET")
        .doesNotContain("March 6");
  }

  @Test
  void givenEachKind_whenRendered_thenTheFirstWordsDiffer() {
    List<String> kinds =
        List.of("announcement", "reminder-7d", "starting", "update", "cancellation", "followup");
    List<String> openings =
        kinds.stream()
            .map(
                k ->
                    SlackPayloads.parse(renderer.render(about(k, SlackFixtures.full())))
                        .get("text")
                        .asText()
                        .split(":")[0])
            .toList();

    assertThat(openings)
        .containsExactly(
            "New webinar",
            "Starts in 7 days",
            "Starting now",
            "Updated",
            "Cancelled",
            "Slides and video now available");
  }

  @Test
  void givenAReminder_whenRendered_thenItSaysHowSoonItStarts() {
    Post post = new Post.About(PostKind.reminder(Duration.ofHours(1)), SlackFixtures.full());

    assertThat(renderer.render(post)).contains("Starts in 1 hour");
  }

  @Test
  void givenAnUpdate_whenRendered_thenTheChangesAreListedBeforeTheDetails() {
    JsonNode blocks =
        SlackPayloads.parse(renderer.render(about("update", SlackFixtures.full()))).get("blocks");

    assertThat(blocks.get(2).at("/text/text").asText())
        .startsWith("*What changed*")
        .contains(
            "• *Time*: ~Tuesday, March 5, 2030 7:00 AM PST~ → Tuesday, March 5, 2030 8:00 AM PST");
  }

  @Test
  void givenAFollowUpWithOnlyAVideo_whenRendered_thenItOffersTheVideo() {
    Webinar w =
        WebinarBuilder.webinar("v")
            .links(
                webinarbot.domain.Links.NONE.withVideo(
                    java.util.Optional.of(java.net.URI.create("https://youtu.be/x"))))
            .build();

    String json = renderer.render(new Post.About(PostKind.FOLLOW_UP, w));

    assertThat(json).contains("Video now available").contains("\"url\" : \"https://youtu.be/x\"");
  }

  @Test
  void givenTimes_whenRendered_thenEachReaderSeesTheirOwnZoneWithAFallback() {
    String json = renderer.render(about("announcement", SlackFixtures.full()));

    assertThat(json)
        .contains("<!date^1898956800^{date_long_pretty} {time}|Tuesday, March 5, 2030 8:00 AM PST>")
        .contains("<!date^1898960400^{time}|9:00 AM PST>");
  }

  @Test
  void givenAConferenceOverSeveralDaysWithAPlace_whenRendered_thenBothDaysAndThePlaceAreShown() {
    Webinar w =
        WebinarBuilder.webinar("user2019")
            .title("useR! 2019")
            .time(
                webinarbot.domain.EventTime.allDays(
                    LocalDate.of(2019, 7, 9),
                    LocalDate.of(2019, 7, 12),
                    java.time.ZoneId.of("Europe/Paris")))
            .build()
            .withLocation(java.util.Optional.of("Toulouse, FR <!channel>"));

    String json = renderer.render(about("announcement", w));

    JsonSnapshots.assertMatches("slack/multi-day-location.json", json);
    assertThat(json)
        .contains("Tuesday, July 9, 2019")
        .contains("Friday, July 12, 2019")
        .contains(":round_pushpin: Toulouse, FR &lt;!channel&gt;")
        .doesNotContain("<!channel>");
  }

  @Test
  void givenAnAllDayEntry_whenRendered_thenTheDateIsShownWithoutATime() {
    Webinar w =
        WebinarBuilder.webinar("fosdem")
            .time(
                webinarbot.domain.EventTime.allDay(
                    LocalDate.of(2030, 2, 2), java.time.ZoneId.of("Europe/Brussels")))
            .build();

    String json = renderer.render(new Post.About(PostKind.ANNOUNCEMENT, w));

    assertThat(json)
        .contains("^{date_long_pretty}|Saturday, February 2, 2030> (all day)")
        .doesNotContain("{time}");
  }

  @Test
  void givenAHostilePage_whenEveryKindIsRendered_thenNothingCanPingAnyone() {
    for (String kind :
        List.of("announcement", "reminder-1d", "starting", "update", "cancellation", "followup")) {
      SlackPayloads.assertMentionFree(renderer.render(about(kind, SlackFixtures.hostile())));
    }
    SlackPayloads.assertMentionFree(
        renderer.render(
            new Post.Digest(LocalDate.of(2030, 3, 4), List.of(SlackFixtures.hostile()))));
  }

  @Test
  void givenAHostilePage_whenRendered_thenReadersStillSeeWhatWasWritten() {
    String json = renderer.render(about("announcement", SlackFixtures.hostile()));

    JsonSnapshots.assertMatches("slack/hostile.json", json);
    assertThat(SlackPayloads.parse(json).at("/blocks/0/text/text").asText())
        .isEqualTo(
            "&lt;!channel&gt; Free pizza @\u2060everyone &lt;@U123&gt; &amp;lt;!here&amp;gt;");
  }

  @Test
  void givenAPageFarOverTheLimits_whenRendered_thenItFitsAndPointsToThePage() {
    String json = renderer.render(about("announcement", SlackFixtures.huge()));
    JsonNode blocks = SlackPayloads.parse(json).get("blocks");

    SlackPayloads.assertWithinLimits(json);
    assertThat(blocks.size()).isEqualTo(50);
    assertThat(blocks.get(0).at("/text/text").asText()).hasSize(150).endsWith("…");
    assertThat(blocks.get(2).at("/text/text").asText())
        .endsWith("… <https://fd.io/news/webinars/huge/|read more on the webinar page>");
    assertThat(blocks.get(48).at("/elements/0/text").asText())
        .matches(
            "…and \\d+ more speakers on <https://fd.io/news/webinars/huge/\\|the webinar page>");
    assertThat(blocks.get(49).get("type").asText()).isEqualTo("actions");
    assertThat(blocks.get(49).get("elements").size()).isEqualTo(25);
  }

  @Test
  void givenAPageFarOverTheLimits_whenListedOrShown_thenRepliesFitToo() {
    Webinar huge = SlackFixtures.huge();
    List<Webinar> many =
        java.util.stream.IntStream.range(0, 80)
            .mapToObj(i -> WebinarBuilder.webinar("w" + i).title("Webinar " + i).build())
            .toList();

    SlackPayloads.assertWithinLimits(
        ReplyMessages.render(new webinarbot.command.Reply.Detail(huge)).toJson());
    String list =
        ReplyMessages.render(new webinarbot.command.Reply.Webinars("Upcoming", many, "none"))
            .toJson();
    SlackPayloads.assertWithinLimits(list);
    assertThat(list).contains("…and 33 more.");
  }
}
