package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.bolt.App;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webinarbot.command.PersonalReminders;
import webinarbot.config.Settings;
import webinarbot.domain.Catalogue;
import webinarbot.http.HttpLimits;
import webinarbot.http.Route;
import webinarbot.http.WebServer;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.slack.SlackApiStandIn;
import webinarbot.testing.slack.SlackSender;

/**
 * A "Remind me" click while every worker is taken: acked at once all the same (Slack wants the ack
 * within 3 s), the "busy" notice sent afterwards, even when Slack's {@code response_url} is slow.
 */
class RemindMeWhenBusyTest {
  private static final String SECRET = "busy-test-signing-secret";

  private final MutableClock clock = MutableClock.at("2030-03-01T12:00:00Z");
  private final CountDownLatch slackAnswers = new CountDownLatch(1);
  private final List<String> notices = new CopyOnWriteArrayList<>();
  private SlackApiStandIn slack;
  private HttpServer responseUrl;
  private WebServer server;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackApiStandIn();
    responseUrl = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    responseUrl.createContext(
        "/respond/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          try {
            slackAnswers.await(); // a slow Slack: holds the notice until the test lets it go
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          notices.add(body);
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    responseUrl.start();
    Executor full =
        task -> {
          throw new RejectedExecutionException("every worker is taken");
        };
    App app = BoltApps.create(SlackClients.create(slack.apiUrl()), SlackBot.BOT_TOKEN);
    app.blockAction(
        BlockKit.REMIND_ACTION,
        new RemindMeClick(
            new PersonalReminders(
                Catalogue::empty,
                StandardCommands.subscriptions(clock),
                Settings.Schedule.DEFAULT_PERSONAL_REMINDER,
                clock),
            new SlackMaintainers(List.of(), app.client(), clock),
            full));
    app.start();
    server =
        new WebServer(
                "127.0.0.1",
                0,
                List.of(
                    new Route(
                        SlackModule.EVENTS_PATH,
                        new SlackEventsHandler(app, SECRET, clock, HttpLimits.DEFAULTS))))
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    slackAnswers.countDown();
    server.close();
    responseUrl.stop(0);
    slack.close();
  }

  @Test
  void givenEveryWorkerTaken_whenSomeoneClicks_thenTheAckDoesNotWaitForTheBusyNotice()
      throws Exception {
    SlackSender sender =
        new SlackSender(server.localUri().resolve(SlackModule.EVENTS_PATH), SECRET);
    URI answerTo =
        URI.create("http://127.0.0.1:" + responseUrl.getAddress().getPort() + "/respond/1");

    HttpResponse<String> ack =
        sender.send(
            SlackSender.blockAction("U0ADA", BlockKit.REMIND_ACTION, "talk", "C0X", answerTo),
            clock.instant());

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(notices).as("the notice is still held by the slow Slack").isEmpty();
    slackAnswers.countDown();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> notices, n -> n.size() == 1 && n.get(0).contains("busy right now"));
  }
}
