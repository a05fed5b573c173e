package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;
import webinarbot.testing.discord.Answer;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.WebinarFixtures;

/** One broken server or event never stops the others. */
class ScheduledEventSyncFailuresTest {
  private static final String NOT_JOINED = "1299999999999999999";

  @RegisterExtension
  static final DiscordFixture FIXTURE =
      new DiscordFixture().withGuilds(NOT_JOINED, DiscordWorld.GUILD_ID);

  @Test
  void given_a_server_the_bot_is_not_in_then_it_is_reported_and_the_others_are_synced() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Webinar w = WebinarFixtures.sample("vpp_in_home_lab", now.plus(Duration.ofDays(5)));

    ScheduledEventSync.Report report =
        FIXTURE.module().scheduledEvents().sync(new Catalogue(List.of(w)), now);

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.failures())
        .singleElement()
        .asString()
        .contains(NOT_JOINED)
        .contains("not a member");
  }

  @Test
  void when_discord_fails_for_one_event_then_the_next_webinars_still_get_theirs() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Webinar first = WebinarFixtures.sample("a_first", now.plus(Duration.ofDays(5)));
    Webinar second = WebinarFixtures.sample("b_second", now.plus(Duration.ofDays(6)));
    FIXTURE
        .discord()
        .failNext(
            "POST", "guilds/\\d+/scheduled-events", Answer.error(400, 50035, "Invalid Form Body"));

    ScheduledEventSync.Report report =
        FIXTURE.module().scheduledEvents().sync(new Catalogue(List.of(first, second)), now);

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.failures())
        .anySatisfy(f -> assertThat(f).startsWith("a_first: ").contains("Invalid Form Body"));
    assertThat(FIXTURE.discord().scheduledEvents())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.path("entity_metadata").path("location").asText())
                    .endsWith("/b_second/"));
  }
}
