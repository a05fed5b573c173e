package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import webinarbot.config.Secrets;
import webinarbot.domain.Catalogue;
import webinarbot.http.Route;
import webinarbot.http.WebServer;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.slack.SlackSender;

/** Slack is on exactly when its secrets are there, and says so in one line when it is not. */
class SlackModuleTest {
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(SlackModule.class);
  private final List<SlackModule> started = new java.util.ArrayList<>();

  @BeforeEach
  void capture() {
    log.start();
    logger.addAppender(log);
    logger.setLevel(ch.qos.logback.classic.Level.INFO); // the start-up lines are INFO
  }

  @AfterEach
  void release() throws Exception {
    logger.detachAppender(log);
    logger.setLevel(null);
    for (SlackModule m : started) {
      m.close();
    }
  }

  private Optional<SlackModule> create(Map<String, String> env) {
    MutableClock clock = MutableClock.at("2030-03-01T12:00:00Z");
    Optional<SlackModule> m =
        SlackModule.create(
                SlackBot.settings(URI.create("http://127.0.0.1:9/api/")), new Secrets(env), clock)
            .map(
                s ->
                    s.serveCommands(
                        StandardCommands.create(
                            Catalogue::empty, clock, StandardCommands.refusingAnnouncer())));
    m.ifPresent(started::add);
    return m;
  }

  private List<String> lines() {
    return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void givenNoBotToken_whenCreated_thenOffWithOneLineNamingTheVariable() {
    assertThat(create(Map.of("SLACK_SIGNING_SECRET", "s3cr3t-value"))).isEmpty();

    assertThat(lines()).containsExactly("Slack is off: SLACK_BOT_TOKEN is not set");
  }

  @Test
  void givenOnlyABotToken_whenCreated_thenOffAndTheLineSaysWhatElseIsNeeded() {
    assertThat(create(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-value"))).isEmpty();

    assertThat(lines()).hasSize(1);
    assertThat(lines().get(0))
        .contains("SLACK_SIGNING_SECRET")
        .contains("SLACK_APP_TOKEN")
        .doesNotContain("xoxb-secret-value");
  }

  @Test
  void givenABotTokenAndASigningSecret_whenCreated_thenHttpModeWithTheEventsRoute() {
    SlackModule m =
        create(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s")).orElseThrow();

    assertThat(m.socketModeEnabled()).isFalse();
    assertThat(m.routes()).extracting(r -> r.path()).containsExactly("/slack/events");
    assertThat(m.notifier().platform()).isEqualTo("slack");
  }

  @Test
  void givenAnAppToken_whenSlackPostsToTheHttpUrl_thenUnavailableSayingSocketModeIsUsed()
      throws Exception {
    SlackModule m =
        create(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")).orElseThrow();

    assertThat(m.socketModeEnabled()).isTrue();
    HttpResponse<String> r = postToEvents(m.routes());
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body())
        .isEqualTo("Slack uses Socket Mode here (SLACK_APP_TOKEN is set); this URL is not used\n");
  }

  @Test
  void givenSlackOff_whenSlackPostsToItsUrl_thenUnavailableWithTheSameReasonAsTheLog()
      throws Exception {
    Map<String, String> onlyABotToken = Map.of("SLACK_BOT_TOKEN", "xoxb-secret-value");
    assertThat(create(onlyABotToken)).isEmpty();

    HttpResponse<String> r = postToEvents(SlackModule.routesWhenOff(new Secrets(onlyABotToken)));

    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).isEqualTo(lines().get(0) + "\n").doesNotContain("xoxb-secret-value");
  }

  /** A signed-looking slash command to {@code /slack/events} on a real server with these routes. */
  private static HttpResponse<String> postToEvents(List<Route> routes) throws Exception {
    try (WebServer server = new WebServer("127.0.0.1", 0, routes).start()) {
      return new SlackSender(server.localUri().resolve(SlackModule.EVENTS_PATH), "any-secret")
          .send(
              SlackSender.slashCommand("list", "U0SOMEONE", URI.create("http://127.0.0.1:9/")),
              Instant.parse("2030-03-01T12:00:00Z"));
    }
  }
}
