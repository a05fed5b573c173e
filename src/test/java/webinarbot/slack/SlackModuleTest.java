package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import webinarbot.config.Secrets;
import webinarbot.domain.Catalogue;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;

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
            SlackBot.settings(URI.create("http://127.0.0.1:9/api/")),
            new Secrets(env),
            StandardCommands.create(Catalogue::empty, clock, StandardCommands.refusingAnnouncer()),
            clock);
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
  void givenAnAppToken_whenCreated_thenSocketModeAndNoRoute() {
    SlackModule m =
        create(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")).orElseThrow();

    assertThat(m.socketModeEnabled()).isTrue();
    assertThat(m.routes()).isEmpty();
  }
}
