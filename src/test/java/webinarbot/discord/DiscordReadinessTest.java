package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.delivery.DeliveryException;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.http.ReadinessCheck;
import webinarbot.testing.LogCapture;
import webinarbot.testing.discord.Answer;
import webinarbot.testing.discord.Databases;
import webinarbot.testing.discord.DiscordFixture;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;
import webinarbot.testing.discord.WebinarFixtures;

/**
 * /readyz says whether the Discord gateway session is up; Discord down or refusing at start never
 * stops the bot, which keeps trying to connect.
 */
class DiscordReadinessTest {
  @RegisterExtension static final DiscordFixture BOT = new DiscordFixture();

  private static final Target ANNOUNCEMENTS = new Target("discord", DiscordWorld.ANNOUNCEMENTS);
  private static final Webinar TALK =
      WebinarFixtures.sample("vpp_in_home_lab", DiscordFixture.NOW.plus(Duration.ofDays(7)));

  private static DiscordModule start(String apiUrl, String gatewayUrl) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put(Secrets.DISCORD_TOKEN, "stand-in-token");
    env.put("WEBINARBOT_DISCORD_API_URL", apiUrl);
    env.put("WEBINARBOT_DISCORD_GATEWAY_URL", gatewayUrl);
    env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS);
    return DiscordModule.start(
            new ConfigLoader(env).load(Optional.empty()),
            new Secrets(env),
            Databases.h2(),
            Catalogue::empty,
            Clock.systemUTC(),
            DiscordOptions.defaults().withConnectRetry(Duration.ofMillis(100)))
        .orElseThrow();
  }

  private static String deadUrl(String scheme) throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return scheme + "://127.0.0.1:" + s.getLocalPort() + "/";
    }
  }

  @Test
  void givenALoggedInBot_whenChecked_thenReadyNamingTheBotUser() {
    ReadinessCheck check = BOT.module().readinessCheck();

    assertThat(check.name()).isEqualTo("discord");
    ReadinessCheck.Result result = check.check();
    assertThat(result.detail()).startsWith("connected as ");
    assertThat(result.ready()).isTrue();
    assertThat(BOT.module().gatewayRole()).isEqualTo("connected");
  }

  @Test
  void givenAGatewayThatCannotBeReached_whenChecked_thenNotReadyNamingTheGatewayState()
      throws Exception {
    try (DiscordModule module = start(BOT.discord().apiUrl().toString(), deadUrl("ws"))) {
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                ReadinessCheck.Result result = module.readinessCheck().check();
                assertThat(result.ready()).isFalse();
                assertThat(result.detail()).startsWith("gateway ");
              });
    }
  }

  @Test
  void givenDiscordUnreachableAtStart_whenAPostIsDue_thenItFailsAsTransientAndTheBotKeepsRunning()
      throws Exception {
    try (DiscordModule module = start(deadUrl("http") + "api/v10/", deadUrl("ws"))) {
      assertThat(module.readinessCheck().check().ready()).isFalse();
      assertThat(module.gatewayRole()).isEqualTo("connecting");
      assertThatThrownBy(
              () ->
                  module
                      .notifier()
                      .send(ANNOUNCEMENTS, new Post.About(PostKind.ANNOUNCEMENT, TALK), "key-1"))
          .isInstanceOfSatisfying(
              DeliveryException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                assertThat(e.getMessage()).contains("not connected to Discord yet");
              });
    }
  }

  @Test
  void givenDiscordUnreachableAtStart_whenItIsTriedAgain_thenEachTryIsOneLogLine()
      throws Exception {
    List<String> errors;
    try (LogCapture log = new LogCapture()) {
      try (DiscordModule module = start(deadUrl("http") + "api/v10/", deadUrl("ws"))) {
        // Each failed try shuts its JDA down, interrupting JDA's own rate-limit worker, which may
        // then die in MiscUtil.tryLock ("Unable to acquire lock while thread is interrupted"):
        // JDA's thread of an instance being discarded, not the bot's behaviour under test.
        await()
            .dontCatchUncaughtExceptions()
            .atMost(Duration.ofSeconds(20))
            .until(() -> tries(log, "could not connect") >= 3);
      }
      errors = log.lines().stream().filter(l -> l.contains(" ERROR ")).toList();
    }

    assertThat(errors)
        .hasSizeGreaterThanOrEqualTo(3)
        .allMatch(l -> l.contains("GatewayLeadership - Discord: could not connect ("));
  }

  @Test
  void givenAGatewayRefusingConnections_whenTriedAgain_thenEachTryIsOneLineAfterABackOff()
      throws Exception {
    List<String> lines;
    try (LogCapture log = new LogCapture()) {
      try (DiscordModule module = start(BOT.discord().apiUrl().toString(), deadUrl("ws"))) {
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> tries(log, "could not open the gateway connection") >= 2);
      }
      lines = log.lines();
    }

    // JDA alone tried again at once, hundreds of times a second, each with a stack trace.
    assertThat(lines)
        .filteredOn(l -> l.contains(" ERROR "))
        .hasSizeBetween(2, 3)
        .allMatch(l -> l.contains("Discord: could not open the gateway connection; trying again"));
    assertThat(lines).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception: "));
    assertThat(lines.get(0)).endsWith("trying again in 1 s");
    assertThat(lines.get(1)).endsWith("trying again in 2 s");
  }

  private static long tries(LogCapture log, String what) {
    return log.lines().stream().filter(l -> l.contains(what)).count();
  }

  @Test
  void givenDiscordRefusingTheLoginAtStart_whenItAcceptsLater_thenTheBotConnectsAndPosts()
      throws Exception {
    try (StandInDiscord discord = new StandInDiscord()) {
      discord.failNext("GET", "users/@me", Answer.error(401, 0, "401: Unauthorized"), 2);
      try (DiscordModule module =
          start(discord.apiUrl().toString(), discord.gatewayUrl().toString())) {
        assertThat(module.awaitReady(Duration.ofSeconds(20))).isTrue();
        String id =
            module
                .notifier()
                .send(ANNOUNCEMENTS, new Post.About(PostKind.ANNOUNCEMENT, TALK), "k-2");

        assertThat(discord.requests("GET", "users/@me").size()).isGreaterThanOrEqualTo(3);
        assertThat(discord.message(id)).isPresent();
      }
    }
  }
}
