package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Catalogue;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SlackFixtures;
import webinarbot.testing.slack.SocketModeStandIn;

/** With SLACK_APP_TOKEN the bot needs no public URL: Slack's commands arrive over a websocket. */
class SocketModeTest {
  private static final String APP_TOKEN = "xapp-1-stand-in";

  private SlackApiStandIn slack;
  private SocketModeStandIn socket;
  private SlackModule module;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackApiStandIn();
    socket = new SocketModeStandIn();
    slack.socketModeUrl(socket.url());
    MutableClock clock = MutableClock.at("2030-03-01T12:00:00Z");
    Catalogue catalogue = new Catalogue(List.of(SlackFixtures.full()));
    module =
        new SlackModule(
            new SlackTokens(SlackBot.BOT_TOKEN, Optional.empty(), Optional.of(APP_TOKEN)),
            SlackBot.settings(slack.apiUrl()),
            StandardCommands.create(() -> catalogue, clock, StandardCommands.refusingAnnouncer()),
            clock,
            SlackModule.ACK_BUDGET);
  }

  @AfterEach
  void stop() throws Exception {
    module.close();
    socket.close();
    slack.close();
  }

  @Test
  void givenAnAppToken_whenStarted_thenNoBoltOverHttpAndAWebsocketOpenedWithTheAppToken()
      throws Exception {
    module.start();

    assertThat(module.socketModeEnabled()).isTrue();
    // The URL only says it is not used (SlackModuleTest asks it over HTTP).
    assertThat(module.routes())
        .singleElement()
        .extracting(r -> r.handler().getClass().getSimpleName())
        .isEqualTo("Unavailable");
    await().atMost(Duration.ofSeconds(10)).until(socket::connected);
    assertThat(slack.calls("apps.connections.open").get(0).authorization())
        .isEqualTo("Bearer " + APP_TOKEN);
  }

  @Test
  void givenASlashCommandEnvelope_whenDelivered_thenTheAckCarriesTheAnswer() throws Exception {
    module.start();
    await().atMost(Duration.ofSeconds(10)).until(socket::connected);

    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("team_id", "T0STANDIN");
    payload.put("channel_id", "C0COMMANDS");
    payload.put("user_id", SlackBot.STRANGER);
    payload.put("command", "/webinars");
    payload.put("text", "list");
    payload.put("response_url", slack.responseUrl("s1").toString());
    payload.put("trigger_id", "1.2.3");
    socket.slashCommand("envelope-1", payload);

    await().atMost(Duration.ofSeconds(10)).until(() -> !socket.received().isEmpty());
    JsonNode ack = SlackPayloads.parse(socket.received().get(0));
    assertThat(ack.get("envelope_id").asText()).isEqualTo("envelope-1");
    assertThat(ack.at("/payload/response_type").asText()).isEqualTo("ephemeral");
    assertThat(ack.at("/payload/text").asText()).contains("VPP in your home lab");
  }

  @Test
  void givenARemindMeClickEnvelope_whenDelivered_thenItIsAckedAndTheClickerSubscribed()
      throws Exception {
    MutableClock clock = MutableClock.at("2030-03-01T12:00:00Z");
    webinarbot.delivery.Subscriptions subscriptions = StandardCommands.subscriptions(clock);
    module.serveReminders(
        new webinarbot.command.PersonalReminders(
            () -> new Catalogue(List.of(SlackFixtures.full())),
            subscriptions,
            Duration.ofMinutes(15),
            clock));
    module.start();
    await().atMost(Duration.ofSeconds(10)).until(socket::connected);

    socket.interactive(
        "envelope-2",
        webinarbot.testing.slack.SlackSender.blockActionJson(
            "U0ADA",
            BlockKit.REMIND_ACTION,
            "vpp_in_home_lab",
            SlackBot.CHANNEL,
            slack.responseUrl("s2")));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !slack.responses().isEmpty() && !socket.received().isEmpty());
    assertThat(SlackPayloads.parse(socket.received().get(0)).get("envelope_id").asText())
        .isEqualTo("envelope-2");
    assertThat(slack.responses().get(0)).contains("message you 15 minutes before");
    assertThat(subscriptions.subscribers("vpp_in_home_lab"))
        .containsExactly(new webinarbot.delivery.Subscriber("slack", "U0ADA"));
  }
}
