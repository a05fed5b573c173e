package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.domain.Catalogue;
import webinarbot.testing.discord.Databases;

class DiscordModuleTest {
  @Test
  void given_no_discord_token_then_discord_is_off_with_one_log_line_saying_so() throws Exception {
    Logger log = (Logger) LoggerFactory.getLogger(DiscordModule.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    Level before = log.getLevel();
    log.setLevel(Level.INFO);
    try {
      Optional<DiscordModule> module =
          DiscordModule.start(
              new ConfigLoader(Map.of()).load(Optional.empty()),
              new Secrets(Map.of(Secrets.DISCORD_TOKEN, "  ")),
              Databases.h2(),
              Catalogue::empty,
              Clock.systemUTC(),
              DiscordOptions.defaults());

      assertThat(module).isEmpty();
      assertThat(lines.list)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.getFormattedMessage())
                      .isEqualTo("Discord is off: DISCORD_TOKEN is not set"));
    } finally {
      log.detachAppender(lines);
      log.setLevel(before);
    }
  }
}
