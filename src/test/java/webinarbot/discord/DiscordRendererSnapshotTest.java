package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import webinarbot.testing.CliRun;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.JsonSnapshots;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * What {@code preview --platform discord} prints, and what the notifier sends, for every FD.io page
 * and every kind of post, compared with committed snapshots.
 */
class DiscordRendererSnapshotTest {
  private static final DiscordRenderer RENDERER = new DiscordRenderer();
  private static final Instant START = Instant.parse("2026-12-03T16:00:00Z");

  static Stream<String> corpusIds() {
    return FdioCorpus.load().catalogue().ids().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusIds")
  void every_fdio_page_renders_as_its_snapshot(String id) {
    Webinar w = FdioCorpus.webinar(id);

    String json = RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, w));

    JsonSnapshots.assertMatches("discord/fdio/" + id + ".json", json);
    assertWithinLimits(json);
  }

  /** Every declared kind about one webinar: a new kind fails here until it has its snapshot. */
  static Stream<PostKind> kinds() {
    return PostKind.every(List.of(Duration.ofDays(7), Duration.ofHours(1))).stream()
        .filter(k -> k.type().aboutOneWebinar());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void each_kind_of_post_has_its_own_wording(PostKind kind) {
    Webinar w = FdioCorpus.webinar("vpp_in_home_lab");
    List<Change> changes =
        kind.equals(PostKind.UPDATE)
            ? List.of(
                new Change("time", "24 March 2021 16:00 UTC", "25 March 2021 16:00 UTC"),
                new Change("title", "VPP in your home lab", w.title()))
            : List.of();

    JsonSnapshots.assertMatches(
        "discord/kinds/" + kind.code() + ".json",
        RENDERER.render(new Post.About(kind, w, changes)));
  }

  @Test
  void an_announcement_says_how_many_people_want_a_reminder_and_nothing_for_nobody() {
    Post.About announcement =
        new Post.About(PostKind.ANNOUNCEMENT, FdioCorpus.webinar("vpp_in_home_lab"));

    JsonSnapshots.assertMatches(
        "discord/interest/announcement-3.json", RENDERER.render(announcement.withInterest(3)));
    assertThat(RENDERER.render(announcement.withInterest(1)))
        .contains("\\n🔔 1 person wants a reminder");
    assertThat(RENDERER.render(announcement)).doesNotContain("want a reminder", "wants a reminder");
    for (PostKind kind :
        List.of(PostKind.reminder(Duration.ofHours(1)), PostKind.CANCELLATION, PostKind.STARTING)) {
      assertThat(
              RENDERER.render(
                  new Post.About(kind, FdioCorpus.webinar("vpp_in_home_lab")).withInterest(3)))
          .as(kind.code())
          .doesNotContain("want a reminder");
    }
  }

  @Test
  void with_a_public_url_an_announcement_links_its_ics_after_the_google_calendar_button() {
    Webinar w = FdioCorpus.webinar("vpp_in_home_lab");
    DiscordRenderer withIcs =
        new DiscordRenderer(new CalendarLinks(Optional.of(URI.create("https://bot.fd.io/"))));

    String json = withIcs.render(new Post.About(PostKind.ANNOUNCEMENT, w));

    JsonSnapshots.assertMatches("discord/calendar/announcement-public-url.json", json);
    assertWithinLimits(json);
    assertThat(RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, w)))
        .contains("Add to Google Calendar")
        .doesNotContain(".ics");
  }

  @Test
  void with_a_public_url_the_answer_to_show_links_the_ics_after_the_google_calendar_button() {
    webinarbot.command.Reply.Detail show =
        new webinarbot.command.Reply.Detail(FdioCorpus.webinar("vpp_in_home_lab"));
    DiscordReplies withIcs =
        DiscordReplies.with(new CalendarLinks(Optional.of(URI.create("https://bot.fd.io/"))));

    String json = DiscordRenderer.json(withIcs.message(show));

    JsonSnapshots.assertMatches("discord/calendar/show-public-url.json", json);
    assertThat(json).contains("https://bot.fd.io/webinars/vpp_in_home_lab.ics");
    assertThat(DiscordRenderer.json(DiscordReplies.render(show)))
        .contains("Add to Google Calendar")
        .doesNotContain(".ics");
  }

  @Test
  void the_weekly_digest_lists_the_weeks_webinars_and_each_occurrence_of_a_series(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path pages) {
    // A call on Tuesdays and Thursdays at 17:00 in Brussels; Thursday 25 March does not take place.
    Webinar call =
        webinarbot.testing.TestWebinars.series(
            pages,
            "call",
            "2021-03-16",
            "17:00 - 18:00 Europe/Brussels",
            "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6",
            "2021-03-25");
    Post.Digest digest =
        new webinarbot.schedule.WeeklyDigest(
                new webinarbot.config.Settings.WeeklyTime(
                    java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0)),
                java.time.ZoneId.of("Europe/Brussels"))
            .post(
                new webinarbot.domain.Catalogue(
                    List.of(
                        FdioCorpus.webinar("vpp_in_home_lab"),
                        FdioCorpus.webinar("secure_terabit"),
                        call)),
                Instant.parse("2021-03-22T08:00:00Z"));

    String json = RENDERER.render(digest);

    JsonSnapshots.assertMatches("discord/kinds/digest.json", json);
    assertThat(digest.webinars())
        .extracting(w -> w.id() + " " + w.time().startInstant())
        .containsExactly("call 2021-03-23T16:00:00Z", "vpp_in_home_lab 2021-03-24T15:00:00Z");
  }

  @Test
  void a_conference_over_several_days_shows_its_days_and_its_place() throws Exception {
    Webinar w =
        webinarbot.testing.WebinarBuilder.webinar("latinr-2025")
            .title("LatinR 2025")
            .time(
                webinarbot.domain.EventTime.allDays(
                    LocalDate.of(2025, 12, 1),
                    LocalDate.of(2025, 12, 5),
                    java.time.ZoneId.of("America/Montevideo")))
            .build()
            .withLocation(java.util.Optional.of("Online @everyone"));

    String json = RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, w));

    JsonSnapshots.assertMatches("discord/multi-day-location.json", json);
    JsonNode fields = new ObjectMapper().readTree(json).path("embeds").get(0).path("fields");
    assertThat(fields.get(0).path("value").asText())
        .startsWith(
            "Monday 1 December 2025 – Friday 5 December 2025 (all day, America/Montevideo)");
    assertThat(fields.get(1).path("name").asText()).isEqualTo("Where");
    assertThat(fields.get(1).path("value").asText()).doesNotContain("@everyone");
  }

  @Test
  void a_hostile_page_can_neither_ping_nor_look_like_a_ping() throws Exception {
    String json =
        RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, WebinarFixtures.hostile(START)));

    JsonSnapshots.assertMatches("discord/hostile.json", json);
    JsonNode message = new ObjectMapper().readTree(json);
    assertThat(message.path("allowed_mentions").path("parse")).isEmpty();
    String visibleText = textOf(message);
    assertThat(visibleText).doesNotContain("@everyone", "@here", "<@", "javascript:", "<script");
  }

  @Test
  void a_page_far_over_the_limits_is_cut_to_fit_with_an_ellipsis_and_a_link_to_the_page()
      throws Exception {
    String json =
        RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, WebinarFixtures.huge(START)));

    JsonSnapshots.assertMatches("discord/huge.json", json);
    assertWithinLimits(json);
    JsonNode embed = new ObjectMapper().readTree(json).path("embeds").get(0);
    assertThat(embed.path("title").asText()).endsWith("…");
    assertThat(embed.path("description").asText())
        .contains("…\n[Read more on the page](https://fd.io/news/webinars/huge/)");
    assertThat(embed.path("fields").get(embed.path("fields").size() - 1).path("name").asText())
        .isEqualTo("More speakers");
  }

  @Test
  void several_speakers_with_photos_get_an_embed_each_with_the_photo_as_its_thumbnail()
      throws Exception {
    Webinar w = FdioCorpus.webinar("vpp_in_home_lab");

    JsonNode embeds =
        new ObjectMapper()
            .readTree(RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, w)))
            .path("embeds");

    assertThat(embeds.size()).isEqualTo(1 + w.speakers().size());
    assertThat(embeds.get(0).path("fields").findValuesAsText("name")).containsExactly("When");
    for (int i = 0; i < w.speakers().size(); i++) {
      JsonNode card = embeds.get(i + 1);
      assertThat(card.path("title").asText()).isEqualTo(w.speakers().get(i).name());
      assertThat(card.path("thumbnail").path("url").asText())
          .isEqualTo(w.speakers().get(i).image().orElseThrow().toString());
      assertThat(card.path("description").asText())
          .startsWith("*" + w.speakers().get(i).role().orElseThrow() + "*\n");
    }
  }

  @Test
  void a_sole_speakers_photo_is_the_thumbnail_of_the_one_embed() throws Exception {
    Webinar w = FdioCorpus.webinar("2025_02_02_vpp_monitoring_100gbps_with_sflow");

    JsonNode embeds =
        new ObjectMapper()
            .readTree(RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, w)))
            .path("embeds");

    assertThat(embeds.size()).isEqualTo(1);
    assertThat(embeds.get(0).path("thumbnail").path("url").asText())
        .isEqualTo(w.speakers().get(0).image().orElseThrow().toString());
  }

  @Test
  void forty_speakers_with_photos_stay_within_ten_embeds_and_six_thousand_characters()
      throws Exception {
    Webinar w = WebinarFixtures.withPhotos(WebinarFixtures.huge(START));

    String json = RENDERER.render(new Post.About(PostKind.ANNOUNCEMENT, w));

    assertWithinLimits(json);
    JsonNode embeds = new ObjectMapper().readTree(json).path("embeds");
    assertThat(embeds.size()).isEqualTo(10);
    assertThat(embeds.get(1).path("thumbnail").path("url").asText())
        .isEqualTo("https://fd.io/img/speaker-0.png");
    JsonNode last = embeds.get(9);
    assertThat(last.path("title").asText()).isEqualTo("More speakers");
    assertThat(last.has("thumbnail")).isFalse();
    assertThat(last.path("description").asText()).startsWith("Speaker ");
  }

  @Test
  void preview_on_the_command_line_prints_exactly_the_rendered_post() {
    CliRun run =
        CliRun.fdio(
            "--content",
            FdioCorpus.folder().toString(),
            "preview",
            "vpp_in_home_lab",
            "--platform",
            "discord");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            RENDERER.render(
                    new Post.About(PostKind.ANNOUNCEMENT, FdioCorpus.webinar("vpp_in_home_lab")))
                + "\n");
    assertThat(run.out()).startsWith("{\n  \"content\" :");
  }

  /** Discord's limits for one message: its embeds together, and its link buttons. */
  static void assertWithinLimits(String json) {
    JsonNode message;
    try {
      message = new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(message.fieldNames())
        .toIterable()
        .containsExactly("content", "embeds", "components", "allowed_mentions");
    assertThat(message.path("content").asText()).hasSizeLessThanOrEqualTo(2000);
    assertThat(message.path("embeds").size()).isLessThanOrEqualTo(10);
    int total = 0;
    for (JsonNode embed : message.path("embeds")) {
      assertThat(embed.path("title").asText()).hasSizeLessThanOrEqualTo(256);
      assertThat(embed.path("description").asText()).hasSizeLessThanOrEqualTo(4096);
      assertThat(embed.path("footer").path("text").asText()).hasSizeLessThanOrEqualTo(2048);
      assertThat(embed.path("fields").size()).isLessThanOrEqualTo(25);
      total += embed.path("title").asText().length() + embed.path("description").asText().length();
      total += embed.path("footer").path("text").asText().length();
      for (JsonNode field : embed.path("fields")) {
        assertThat(field.path("name").asText()).hasSizeLessThanOrEqualTo(256).isNotBlank();
        assertThat(field.path("value").asText()).hasSizeLessThanOrEqualTo(1024).isNotBlank();
        total += field.path("name").asText().length() + field.path("value").asText().length();
      }
    }
    assertThat(total).isLessThanOrEqualTo(6000);
    assertThat(message.path("components").size()).isLessThanOrEqualTo(5);
    for (JsonNode row : message.path("components")) {
      assertThat(row.path("components").size()).isBetween(1, 5);
      for (JsonNode button : row.path("components")) {
        assertThat(button.path("label").asText()).hasSizeLessThanOrEqualTo(80);
        if (button.has("custom_id")) { // "Remind me": the one button that is not a link
          assertThat(button.path("custom_id").asText())
              .startsWith("remind-me:")
              .hasSizeLessThanOrEqualTo(100);
          continue;
        }
        assertThat(button.path("style").asInt()).isEqualTo(5);
        assertThat(button.path("url").asText()).startsWith("http").hasSizeLessThanOrEqualTo(512);
      }
    }
  }

  /** Every string a reader could see, joined. */
  private static String textOf(JsonNode node) {
    StringBuilder b = new StringBuilder();
    node.findValues("content").forEach(v -> b.append(v.asText()).append('\n'));
    node.findValues("title").forEach(v -> b.append(v.asText()).append('\n'));
    node.findValues("description").forEach(v -> b.append(v.asText()).append('\n'));
    node.findValues("name").forEach(v -> b.append(v.asText()).append('\n'));
    node.findValues("value").forEach(v -> b.append(v.asText()).append('\n'));
    node.findValues("label").forEach(v -> b.append(v.asText()).append('\n'));
    return b.toString();
  }
}
