package webinarbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.config.Secrets;
import webinarbot.testing.CliRun;
import webinarbot.testing.PageFolder;
import webinarbot.testing.TestDatabases;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;

/**
 * {@code announce} with Discord configured, while the running bot may hold the gateway session: the
 * command posts through the REST API and never opens a second session.
 */
class AnnounceToDiscordCliTest {
  private static final Clock NOV_2026 =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  @TempDir Path temp;
  private StandInDiscord discord;
  private Map<String, String> env;
  private String content;

  @BeforeEach
  void start() throws Exception {
    discord = new StandInDiscord();
    PageFolder pages = new PageFolder(temp);
    pages.webinar("vpp.md", "VPP in depth", "2026-12-03", "10:00 - 11:00 UTC");
    content = pages.root().toString();
    env =
        Map.of(
            "WEBINARBOT_STORAGE_JDBC_URL",
            TestDatabases.h2().jdbcUrl(),
            Secrets.DISCORD_TOKEN,
            "stand-in-token",
            "WEBINARBOT_DISCORD_API_URL",
            discord.apiUrl().toString(),
            "WEBINARBOT_DISCORD_GATEWAY_URL",
            discord.gatewayUrl().toString(),
            "WEBINARBOT_DISCORD_CHANNELS",
            DiscordWorld.ANNOUNCEMENTS);
  }

  @AfterEach
  void stop() throws Exception {
    discord.close();
  }

  @Test
  void givenDiscordConfigured_whenAnnounced_thenTheMessageIsPostedWithoutAGatewaySession() {
    CliRun r = CliRun.run(env, NOV_2026, "--content", content, "announce", "vpp");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "announcement of vpp:\n  posted to: discord:" + DiscordWorld.ANNOUNCEMENTS + "\n");
    assertThat(discord.messagesIn(DiscordWorld.ANNOUNCEMENTS))
        .singleElement()
        .satisfies(m -> assertThat(m.toString()).contains("VPP in depth"));
    assertThat(discord.gatewayIdentifies()).isZero();
    assertThat(discord.mostGatewaySessionsAtOnce()).isZero();
  }
}
