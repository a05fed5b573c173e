package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.domain.Catalogue;
import webinarbot.http.ReadinessCheck;
import webinarbot.testing.discord.Databases;
import webinarbot.testing.discord.DiscordFixture;

/** /readyz says whether the Discord gateway session is up. */
class DiscordReadinessTest {
  @RegisterExtension static final DiscordFixture BOT = new DiscordFixture();

  @Test
  void givenALoggedInBot_whenChecked_thenReadyNamingTheBotUser() {
    ReadinessCheck check = BOT.module().readinessCheck();

    assertThat(check.name()).isEqualTo("discord");
    assertThat(check.check().ready()).isTrue();
    assertThat(check.check().detail()).startsWith("connected as ");
  }

  @Test
  void givenAGatewayThatCannotBeReached_whenChecked_thenNotReadyNamingTheGatewayState()
      throws Exception {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
    Map<String, String> env = new HashMap<>();
    env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
    env.put("WEBINARBOT_DISCORD_API_URL", BOT.discord().apiUrl().toString());
    env.put("WEBINARBOT_DISCORD_GATEWAY_URL", "ws://127.0.0.1:" + deadPort);
    try (DiscordModule module =
        DiscordModule.start(
                new ConfigLoader(env).load(Optional.empty()),
                new Secrets(env),
                Databases.h2(),
                Catalogue::empty,
                Clock.systemUTC(),
                DiscordModule.Options.defaults())
            .orElseThrow()) {
      ReadinessCheck.Result result = module.readinessCheck().check();

      assertThat(result.ready()).isFalse();
      assertThat(result.detail()).startsWith("gateway ");
    }
  }
}
