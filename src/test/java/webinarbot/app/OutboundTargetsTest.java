package webinarbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.delivery.Target;
import webinarbot.domain.Catalogue;
import webinarbot.testing.LogCapture;
import webinarbot.testing.MutableClock;

/**
 * {@code schedule} and {@code config --show} show the targets {@link Outbound#targets} names; the
 * bot posts to the targets its notifiers have. Both must be the same for every mix of channels and
 * secrets, or {@code schedule} shows posts {@code serve} would not make.
 */
class OutboundTargetsTest {
  private static final Map<String, String> SLACK =
      Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "signing-test");
  private static final Map<String, String> DISCORD = Map.of("DISCORD_TOKEN", "discord-test");
  private static final Map<String, String> CHANNELS =
      Map.of("WEBINARBOT_SLACK_CHANNELS", "C111", "WEBINARBOT_DISCORD_CHANNELS", "222");

  static Stream<Arguments> mixes() {
    return Stream.of(
        Arguments.of("nothing", List.of(), List.of("console:stdout")),
        Arguments.of("channels, no secrets", List.of(CHANNELS), List.of("console:stdout")),
        Arguments.of("Slack's secrets, no channels", List.of(SLACK), List.of()),
        Arguments.of("Slack on", List.of(SLACK, CHANNELS), List.of("slack:C111")),
        Arguments.of("Discord on", List.of(DISCORD, CHANNELS), List.of("discord:222")),
        Arguments.of(
            "both on", List.of(SLACK, DISCORD, CHANNELS), List.of("slack:C111", "discord:222")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mixes")
  void givenAMixOfChannelsAndSecrets_whenTheBotOpensItsPlatforms_thenItPostsWhereTargetsSays(
      String mix, List<Map<String, String>> parts, List<String> expected) throws Exception {
    Map<String, String> env = new HashMap<>();
    parts.forEach(env::putAll);
    env.put("WEBINARBOT_STORAGE_JDBC_URL", "jdbc:h2:mem:outbound-targets;DB_CLOSE_DELAY=-1");
    Settings settings = new ConfigLoader(env).load(Optional.empty());
    Secrets secrets = new Secrets(env);
    MutableClock clock = MutableClock.at("2026-11-26T12:00:00Z");

    List<String> opened;
    try (LogCapture log = new LogCapture();
        Outbound out =
            Outbound.open(
                Outbound.Mode.ONE_SHOT,
                settings,
                secrets,
                clock,
                new PrintWriter(new StringWriter()),
                Catalogue::empty,
                new SimpleMeterRegistry())) {
      opened = out.delivery().targets().stream().map(Target::key).toList();
    }

    assertThat(opened).containsExactlyElementsOf(expected);
    assertThat(Outbound.targets(settings, secrets).stream().map(Target::key))
        .containsExactlyElementsOf(expected);
  }
}
