package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.http.ReadinessCheck;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SocketModeStandIn;

/** /readyz tells an operator whether Slack still takes the bot's token or its websocket. */
class SlackReadinessTest {
  @Test
  void givenHttpMode_whenTheTokenIsRevoked_thenNotReadyOnceTheMinuteOfTrustIsOver()
      throws Exception {
    try (SlackBot bot = new SlackBot(List.of())) {
      ReadinessCheck check = bot.module.readinessCheck();

      ReadinessCheck.Result first = check.check();
      bot.slack.failNext("auth.test", SlackApiStandIn.Failure.slackError("token_revoked"));
      bot.clock.advance(Duration.ofSeconds(30));
      ReadinessCheck.Result cached = check.check();
      bot.clock.advance(Duration.ofSeconds(31));
      ReadinessCheck.Result revoked = check.check();

      assertThat(check.name()).isEqualTo("slack");
      assertThat(first).isEqualTo(ReadinessCheck.Result.ready("token accepted (team Stand-in)"));
      assertThat(cached).isEqualTo(first);
      assertThat(revoked).isEqualTo(ReadinessCheck.Result.notReady("auth.test: token_revoked"));
      assertThat(bot.slack.calls("auth.test")).hasSize(2);
      assertThat(revoked.detail()).doesNotContain(SlackBot.BOT_TOKEN);
    }
  }

  @Test
  void givenSocketMode_whenTheWebsocketIsUpOrNotStarted_thenReadyOrNot() throws Exception {
    MutableClock clock = MutableClock.at("2030-03-01T12:00:00Z");
    try (SlackApiStandIn slack = new SlackApiStandIn();
        SocketModeStandIn socket = new SocketModeStandIn()) {
      slack.socketModeUrl(socket.url());
      SlackModule module =
          new SlackModule(
              new SlackTokens(SlackBot.BOT_TOKEN, Optional.empty(), Optional.of("xapp-1-stand-in")),
              SlackBot.settings(slack.apiUrl()),
              StandardCommands.create(
                  webinarbot.domain.Catalogue::empty, clock, StandardCommands.refusingAnnouncer()),
              clock,
              SlackModule.ACK_BUDGET);
      try {
        ReadinessCheck.Result beforeStart = module.readinessCheck().check();
        module.start();
        await().atMost(Duration.ofSeconds(10)).until(socket::connected);

        assertThat(beforeStart.ready()).isFalse();
        assertThat(beforeStart.detail()).isEqualTo("Socket Mode not started");
        await().atMost(Duration.ofSeconds(10)).until(() -> module.readinessCheck().check().ready());
        assertThat(module.readinessCheck().check().detail()).isEqualTo("Socket Mode connected");
      } finally {
        module.close();
      }
    }
  }
}
