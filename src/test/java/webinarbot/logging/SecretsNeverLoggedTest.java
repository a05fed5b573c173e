package webinarbot.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.command.ChatCommands;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.Post;
import webinarbot.delivery.Target;
import webinarbot.discord.DiscordModule;
import webinarbot.discord.DiscordOptions;
import webinarbot.domain.Catalogue;
import webinarbot.domain.PostKind;
import webinarbot.http.WebServer;
import webinarbot.slack.SlackModule;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.LogCapture;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.discord.Databases;
import webinarbot.testing.discord.DiscordWorld;
import webinarbot.testing.discord.StandInDiscord;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SlackSender;

/**
 * With every secret set and the most talkative level an operator can choose, the bot's whole log
 * while Slack and Discord start, answer, post and fail holds none of the secret values.
 */
class SecretsNeverLoggedTest {
  private static final Map<String, String> SECRETS =
      Map.of(
          Secrets.SLACK_BOT_TOKEN, "xoxb-SECRET-bot-7f3a9c",
          Secrets.SLACK_SIGNING_SECRET, "SECRET-signing-0d1e5b",
          Secrets.DISCORD_TOKEN, "SECRET.discord.token-92ab",
          Secrets.STORAGE_PASSWORD, "SECRET-db-password-41");

  @Test
  void givenEverySecretAndTraceLogging_whenSlackAndDiscordRun_thenNoSecretValueIsLogged()
      throws Exception {
    MutableClock clock = new MutableClock(java.time.Instant.now());
    Catalogue catalogue = FdioCorpus.load().catalogue();
    try (LogCapture log = new LogCapture();
        SlackApiStandIn slack = new SlackApiStandIn();
        StandInDiscord discord = new StandInDiscord()) {
      Map<String, String> env = new HashMap<>(SECRETS);
      env.put("WEBINARBOT_SLACK_API_URL", slack.apiUrl().toString());
      env.put("WEBINARBOT_SLACK_CHANNELS", "C0ANNOUNCE");
      env.put("WEBINARBOT_DISCORD_API_URL", discord.apiUrl().toString());
      env.put("WEBINARBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl().toString());
      env.put("WEBINARBOT_DISCORD_CHANNELS", DiscordWorld.ANNOUNCEMENTS);
      env.put("WEBINARBOT_LOG_LEVEL", "trace");
      Settings settings = new ConfigLoader(env).load(Optional.empty());
      LogSetup.apply(settings.log());
      Secrets secrets = new Secrets(env);
      ChatCommands commands =
          StandardCommands.create(() -> catalogue, clock, StandardCommands.refusingAnnouncer());

      SlackModule slackModule =
          SlackModule.create(settings.slack(), secrets, clock)
              .orElseThrow()
              .serveCommands(commands);
      slackModule.start();
      try (WebServer server = new WebServer("127.0.0.1", 0, slackModule.routes()).start();
          DiscordModule discordModule =
              DiscordModule.start(
                      settings,
                      secrets,
                      Databases.h2(),
                      () -> catalogue,
                      clock,
                      DiscordOptions.defaults())
                  .orElseThrow()) {
        discordModule.serveCommands(commands);
        assertThat(discordModule.awaitReady(Duration.ofSeconds(20))).isTrue();
        HttpResponse<String> answer =
            new SlackSender(
                    server.localUri().resolve(SlackModule.EVENTS_PATH),
                    SECRETS.get(Secrets.SLACK_SIGNING_SECRET))
                .send(
                    SlackSender.slashCommand("list", "U0SOMEONE", slack.responseUrl("1")),
                    clock.instant());
        HttpResponse<String> forged =
            new SlackSender(server.localUri().resolve(SlackModule.EVENTS_PATH), "wrong")
                .send(
                    SlackSender.slashCommand("list", "U0SOMEONE", slack.responseUrl("2")),
                    clock.instant());
        Post post = new Post.About(PostKind.ANNOUNCEMENT, catalogue.all().get(0));
        slackModule.notifier().send(new Target("slack", "C0ANNOUNCE"), post, "key-1");
        discordModule
            .notifier()
            .send(new Target("discord", DiscordWorld.ANNOUNCEMENTS), post, "key-2");
        slack.failNext("auth.test", SlackApiStandIn.Failure.slackError("invalid_auth"));
        slackModule.readinessCheck().check();
        discordModule.readinessCheck().check();
        org.slf4j.LoggerFactory.getLogger(SecretsNeverLoggedTest.class)
            .info("configured: {}, {}", secrets, settings.storage());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(forged.statusCode()).isEqualTo(401);
      } finally {
        slackModule.close();
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> log.text().contains("Discord"));
      String logged = log.text();

      assertThat(logged).contains("Slack is on", "Secrets[slackBot=true");
      for (String secret : SECRETS.values()) {
        assertThat(logged).as("the log").doesNotContain(secret);
      }
      assertThat(List.of(logged.split("\n"))).hasSizeGreaterThan(3);
    }
  }
}
