package webinarbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.config.ConfigLoader;
import webinarbot.config.Secrets;
import webinarbot.config.Settings;
import webinarbot.testing.TestDatabases;

/** The bot as {@code serve} builds it runs as a cluster exactly when its database is shared. */
class ReplicaRolesTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void givenTheStorage_whenTheBotStarts_thenItsRolesSayWhetherItIsClustered(
      TestDatabases.Kind kind, @TempDir Path content) throws Exception {
    Settings.Storage storage = kind.fresh();
    Settings settings =
        new ConfigLoader(
                Map.of(
                    "WEBINARBOT_CONTENT_DIR", content.toString(),
                    "WEBINARBOT_STORAGE_JDBC_URL", storage.jdbcUrl(),
                    "WEBINARBOT_STORAGE_USER", storage.user(),
                    "WEBINARBOT_HTTP_PORT", "0"))
            .load(Optional.empty());

    try (Bot bot =
        Bot.start(
            settings,
            new Secrets(Map.of()),
            Clock.systemUTC(),
            new PrintWriter(new StringWriter(), true))) {
      Map<String, String> roles = bot.roles().describe();

      assertThat(roles.get(ReplicaRoles.DISCORD_GATEWAY)).isEqualTo("off");
      if (kind == TestDatabases.Kind.POSTGRESQL) {
        assertThat(bot.scheduler().clustered()).isTrue();
        assertThat(roles.get(ReplicaRoles.SCHEDULER))
            .isEqualTo("clustered as " + bot.scheduler().instanceId() + ", 1 replica checked in");
      } else {
        assertThat(roles.get(ReplicaRoles.SCHEDULER)).isEqualTo("alone");
      }
      assertThat(bot.roles().readinessCheck().check().ready()).isTrue();
      assertThat(bot.roles().readinessCheck().check().detail())
          .isEqualTo("scheduler: " + roles.get(ReplicaRoles.SCHEDULER) + "; discord-gateway: off");
    }
  }
}
