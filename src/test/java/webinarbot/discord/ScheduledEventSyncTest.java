package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.ImageServer;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * Native scheduled events in the configured server, through a real JDA. JDA refuses events that
 * start in the past by the real clock, so these webinars are planned from the real "now".
 */
class ScheduledEventSyncTest {
  private static final ImageServer IMAGES = startImages();

  @RegisterExtension
  static final DiscordFixture FIXTURE =
      new DiscordFixture().withImages(new HttpEventImages(Duration.ofSeconds(2)));

  private static final String EVENTS = "guilds/" + DiscordWorld.GUILD_ID + "/scheduled-events";

  private Instant now;
  private Webinar homeLab;
  private Webinar terabit;

  private static ImageServer startImages() {
    try {
      return new ImageServer();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopImages() {
    IMAGES.close();
  }

  @BeforeEach
  void plan() {
    now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    homeLab =
        WebinarFixtures.rescheduled(
            WebinarFixtures.sample("vpp_in_home_lab", now),
            now.plus(Duration.ofDays(10)),
            Optional.of(Duration.ofMinutes(45)),
            Optional.of(IMAGES.cover()));
    terabit =
        WebinarFixtures.rescheduled(
            WebinarFixtures.titled(WebinarFixtures.sample("secure_terabit", now), "Secure terabit"),
            now.plus(Duration.ofDays(20)),
            Optional.empty(),
            Optional.empty());
  }

  private ScheduledEventSync.Report sync(Webinar... webinars) {
    return FIXTURE.module().scheduledEvents().sync(new Catalogue(java.util.List.of(webinars)), now);
  }

  private Map<String, ScheduledEventStore.Row> stored() {
    return new ScheduledEventStore(FIXTURE.dataSource()).inGuild(DiscordWorld.GUILD_ID);
  }

  @Test
  void given_two_upcoming_webinars_then_each_gets_an_external_event_at_its_page() {
    ScheduledEventSync.Report report = sync(homeLab, terabit);

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.failures()).isEmpty();
    JsonNode created = FIXTURE.discord().requests("POST", EVENTS).get(0).body();
    assertThat(created.path("name").asText()).isEqualTo("VPP in your home lab");
    assertThat(created.path("entity_type").asInt()).isEqualTo(3);
    assertThat(created.path("privacy_level").asInt()).isEqualTo(2);
    assertThat(created.path("entity_metadata").path("location").asText())
        .isEqualTo("https://fd.io/news/webinars/vpp_in_home_lab/");
    assertThat(OffsetDateTime.parse(created.path("scheduled_start_time").asText()).toInstant())
        .isEqualTo(homeLab.time().startInstant());
    assertThat(OffsetDateTime.parse(created.path("scheduled_end_time").asText()).toInstant())
        .isEqualTo(homeLab.time().startInstant().plus(Duration.ofMinutes(45)));
    assertThat(created.path("description").asText())
        .startsWith("Vector Packet Processing (**VPP**)");
    assertThat(created.path("image").asText())
        .isEqualTo(
            "data:image/png;base64," + Base64.getEncoder().encodeToString(IMAGES.coverBytes()));
    assertThat(stored()).containsOnlyKeys("vpp_in_home_lab", "secure_terabit");
  }

  @Test
  void given_a_webinar_at_a_place_then_its_event_is_located_there_and_an_online_one_at_its_page() {
    sync(
        homeLab.withLocation(java.util.Optional.of("Toulouse, FR")),
        terabit.withLocation(java.util.Optional.of("online")));

    java.util.List<JsonNode> created =
        FIXTURE.discord().requests("POST", EVENTS).stream().map(r -> r.body()).toList();
    assertThat(created)
        .extracting(c -> c.path("entity_metadata").path("location").asText())
        .containsExactlyInAnyOrder("Toulouse, FR", "https://fd.io/news/webinars/secure_terabit/");
  }

  @Test
  void given_a_webinar_without_an_end_then_its_event_lasts_one_hour() {
    sync(terabit);

    JsonNode created = FIXTURE.discord().requests("POST", EVENTS).get(0).body();
    assertThat(OffsetDateTime.parse(created.path("scheduled_end_time").asText()).toInstant())
        .isEqualTo(terabit.time().startInstant().plus(Duration.ofHours(1)));
    assertThat(created.has("image")).isFalse();
  }

  @Test
  void given_events_in_place_when_nothing_changed_then_discord_is_not_called() {
    sync(homeLab, terabit);
    int calls = FIXTURE.discord().requests().size();

    ScheduledEventSync.Report again = sync(homeLab, terabit);

    assertThat(again).isEqualTo(new ScheduledEventSync.Report(0, 0, 0, java.util.List.of()));
    assertThat(FIXTURE.discord().requests()).hasSize(calls);
  }

  @Test
  void when_a_page_changes_then_its_event_is_updated_in_place() {
    sync(homeLab);
    String eventId = stored().get("vpp_in_home_lab").eventId();
    Webinar moved =
        WebinarFixtures.titled(
            WebinarFixtures.rescheduled(
                homeLab,
                now.plus(Duration.ofDays(11)),
                Optional.of(Duration.ofHours(2)),
                Optional.empty()),
            "VPP in your home lab, second edition");

    ScheduledEventSync.Report report = sync(moved);

    assertThat(report.updated()).isEqualTo(1);
    JsonNode patch = FIXTURE.discord().await("PATCH", EVENTS + "/" + eventId).body();
    assertThat(patch.path("name").asText()).isEqualTo("VPP in your home lab, second edition");
    ObjectNode event = FIXTURE.discord().scheduledEvent(eventId).orElseThrow();
    assertThat(OffsetDateTime.parse(event.path("scheduled_start_time").asText()).toInstant())
        .isEqualTo(now.plus(Duration.ofDays(11)));
    assertThat(FIXTURE.discord().scheduledEvents()).hasSize(1);
    assertThat(stored().get("vpp_in_home_lab").eventId()).isEqualTo(eventId);
  }

  @Test
  void when_someone_deleted_the_event_in_discord_and_the_page_changes_then_a_new_event_is_made() {
    sync(homeLab);
    FIXTURE.discord().deleteScheduledEventByHand(stored().get("vpp_in_home_lab").eventId());

    ScheduledEventSync.Report report = sync(WebinarFixtures.titled(homeLab, "Renamed"));

    assertThat(report.created()).isEqualTo(1);
    assertThat(FIXTURE.discord().scheduledEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.path("name").asText()).isEqualTo("Renamed"));
    assertThat(stored().get("vpp_in_home_lab").eventId())
        .isEqualTo(FIXTURE.discord().scheduledEvents().get(0).path("id").asText());
  }

  @Test
  void when_a_page_is_removed_then_its_event_is_deleted() {
    sync(homeLab, terabit);
    String eventId = stored().get("secure_terabit").eventId();

    ScheduledEventSync.Report report = sync(homeLab);

    assertThat(report.deleted()).isEqualTo(1);
    assertThat(FIXTURE.discord().requests("DELETE", EVENTS + "/" + eventId)).hasSize(1);
    assertThat(FIXTURE.discord().scheduledEvent(eventId)).isEmpty();
    assertThat(stored()).containsOnlyKeys("vpp_in_home_lab");
  }

  @Test
  void when_a_webinar_is_cancelled_then_its_event_is_deleted() {
    sync(homeLab);

    ScheduledEventSync.Report report = sync(WebinarFixtures.cancelled(homeLab));

    assertThat(report.deleted()).isEqualTo(1);
    assertThat(FIXTURE.discord().scheduledEvents()).isEmpty();
    assertThat(stored()).isEmpty();
  }

  @Test
  void given_a_webinar_that_has_started_then_no_event_is_made_and_its_event_is_left_alone() {
    sync(homeLab);
    Webinar started =
        WebinarFixtures.rescheduled(
            homeLab,
            now.minus(Duration.ofMinutes(5)),
            Optional.of(Duration.ofHours(1)),
            Optional.empty());
    Webinar alsoStarted =
        WebinarFixtures.rescheduled(
            terabit, now.minus(Duration.ofMinutes(5)), Optional.empty(), Optional.empty());

    ScheduledEventSync.Report report = sync(started, alsoStarted);

    assertThat(report).isEqualTo(new ScheduledEventSync.Report(0, 0, 0, java.util.List.of()));
    assertThat(FIXTURE.discord().scheduledEvents()).hasSize(1);
    assertThat(stored()).containsOnlyKeys("vpp_in_home_lab");
  }

  @Test
  void given_a_webinar_that_is_over_then_its_event_is_forgotten_but_not_deleted() {
    sync(homeLab);
    Webinar over =
        WebinarFixtures.rescheduled(
            homeLab,
            now.minus(Duration.ofDays(1)),
            Optional.of(Duration.ofHours(1)),
            Optional.empty());

    ScheduledEventSync.Report report = sync(over);

    assertThat(report.deleted()).isZero();
    assertThat(FIXTURE.discord().requests("DELETE", EVENTS + "/.*")).isEmpty();
    assertThat(stored()).isEmpty();
  }

  @Test
  void given_a_title_and_page_over_discords_limits_then_the_event_still_fits() {
    Webinar huge =
        WebinarFixtures.rescheduled(
            WebinarFixtures.huge(now),
            now.plus(Duration.ofDays(3)),
            Optional.empty(),
            Optional.of(IMAGES.missing()));
    Webinar longPage =
        new Webinar(
            huge.id(),
            huge.title(),
            huge.time(),
            huge.description(),
            huge.speakers(),
            huge.links(),
            huge.buttons(),
            URI.create("https://fd.io/news/webinars/" + "x".repeat(120) + "/"),
            huge.image(),
            huge.publishDate(),
            huge.expiryDate(),
            false,
            false,
            huge.tags(),
            huge.source());

    ScheduledEventSync.Report report = sync(longPage);

    assertThat(report.created()).isEqualTo(1);
    JsonNode created = FIXTURE.discord().requests("POST", EVENTS).get(0).body();
    assertThat(created.path("name").asText()).hasSizeLessThanOrEqualTo(100).endsWith("…");
    assertThat(created.path("description").asText()).hasSizeLessThanOrEqualTo(1000).endsWith("…");
    assertThat(created.path("entity_metadata").path("location").asText())
        .isEqualTo("https://fd.io");
    assertThat(created.has("image")).isFalse();
  }
}
