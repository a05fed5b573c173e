package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.discord.Interactions.member;
import static webinarbot.testing.discord.Interactions.slash;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.RecordedRequest;
import webinarbot.testing.discord.WebinarFixtures;

class WebinarsSlashCommandTest {
  @RegisterExtension
  static final DiscordFixture FIXTURE = new DiscordFixture(DiscordWorld.MAINTAINERS_ROLE);

  private static final String CALLBACK = "interactions/\\d+/[^/]+/callback";
  private static final String ORIGINAL = "webhooks/\\d+/[^/]+/messages/@original";

  @Test
  void list_shows_upcoming_webinars_privately() {
    FIXTURE.catalogue(
        WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(30))));

    FIXTURE.discord().interact(slash("list", Map.of(), member("1700000000000000001")));

    RecordedRequest callback = FIXTURE.discord().await("POST", CALLBACK);
    RecordedRequest reply = FIXTURE.discord().await("PATCH", ORIGINAL);
    System.out.println(callback);
    System.out.println(reply);
    assertThat(callback.body().path("type").asInt()).isEqualTo(5);
    JsonNode embed = reply.body().path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("Upcoming webinars");
  }
}
