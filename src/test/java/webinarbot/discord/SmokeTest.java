package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;
import webinarbot.config.Settings;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;

class SmokeTest {
  @Test
  void logsIn() throws Exception {
    try (StandInDiscord d = new StandInDiscord()) {
      Settings.Discord s =
          new Settings.Discord(
              List.of(), List.of(), List.of(), d.apiUrl(), Optional.of(d.gatewayUrl()));
      JDA jda = DiscordConnection.open(s, "Bot-token");
      jda.awaitReady();
      assertThat(jda.getGuildById(DiscordWorld.GUILD_ID)).isNotNull();
      System.out.println(jda.getGuildById(DiscordWorld.GUILD_ID).getSelfMember().getPermissions());
      System.out.println(d.requests());
      jda.shutdownNow();
    }
  }
}
