package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.config.Settings;
import webinarbot.testing.deploy.DeployFiles;
import webinarbot.testing.deploy.ProjectFacts;
import webinarbot.testing.deploy.ShellWords;
import webinarbot.testing.deploy.SystemdUnit;

/** deploy/systemd runs the jar hardened, with state, settings and secrets where they belong. */
class SystemdUnitTest {
  private static final SystemdUnit BOT =
      SystemdUnit.read(DeployFiles.deploy("systemd/webinar-bot.service"));
  private static final SystemdUnit PULL =
      SystemdUnit.read(DeployFiles.deploy("systemd/webinar-bot-content.service"));
  private static final String STATE = "/var/lib/" + BOT.value("Service", "StateDirectory");

  private static List<String> execStart() {
    return ShellWords.split(BOT.value("Service", "ExecStart"), java.util.Map.of());
  }

  private static Settings settings() {
    // The README installs deploy/systemd/webinar-bot.toml as the --config file.
    return ProjectFacts.settings(
        BOT.environment(), Optional.of(DeployFiles.deploy("systemd/webinar-bot.toml")));
  }

  @Test
  void givenExecStart_thenItRunsThePomsJarWithAConfigFileFromTheConfigurationFolder() {
    List<String> words = execStart();
    int jar = words.indexOf("-jar") + 1;

    assertThat(words.get(0)).isEqualTo("/usr/bin/java");
    assertThat(Path.of(words.get(jar)).getFileName().toString()).isEqualTo(ProjectFacts.jarName());
    assertThat(words.get(words.indexOf("--config") + 1))
        .isEqualTo("/etc/webinar-bot/webinar-bot.toml");
    assertThat(
            ProjectFacts.subcommand(
                ProjectFacts.parseCommandLine(words.subList(jar + 1, words.size()))))
        .isEqualTo("serve");
  }

  @Test
  void givenTheEnvironment_thenSettingsAreKnownAndStateIsInsideTheWritableStateDirectory() {
    ProjectFacts.assertKnown(BOT.environment().keySet(), "webinar-bot.service");
    // Settings go in the --config file: an Environment= variable would win over it unseen.
    assertThat(BOT.environment().keySet()).noneMatch(k -> k.startsWith("WEBINARBOT_"));
    // A configuration error (exit 2) is not fixed by restarting.
    assertThat(BOT.value("Service", "RestartPreventExitStatus")).isEqualTo("2");
    Settings settings = settings();

    assertThat(settings.storage().jdbcUrl()).startsWith("jdbc:h2:file:" + STATE + "/");
    assertThat(settings.content().dir().toString()).startsWith(STATE + "/site/");
    assertThat(BOT.value("Service", "WorkingDirectory")).isEqualTo(STATE);
    // Secrets: optional, so a first start without any still runs and says what is missing.
    assertThat(BOT.value("Service", "EnvironmentFile"))
        .isEqualTo("-/etc/webinar-bot/webinar-bot.env");
  }

  @Test
  void givenTheHardening_thenTheServiceIsConfinedButTheJvmCanStillCompile() {
    assertThat(BOT.value("Service", "User")).isNotEqualTo("root").isNotEmpty();
    assertThat(BOT.value("Service", "ProtectSystem")).isEqualTo("strict");
    assertThat(BOT.value("Service", "NoNewPrivileges")).isEqualTo("yes");
    assertThat(BOT.value("Service", "ProtectHome")).isEqualTo("yes");
    assertThat(BOT.value("Service", "PrivateTmp")).isEqualTo("yes");
    assertThat(BOT.value("Service", "CapabilityBoundingSet")).isEmpty();
    assertThat(BOT.values("Service", "MemoryDenyWriteExecute")).isEmpty();
    assertThat(ProjectFacts.defaultHttpPort()).isGreaterThan(1023);
  }

  @Test
  void givenThePullService_thenItUpdatesTheCheckoutTheBotReads() {
    List<String> pull = ShellWords.split(PULL.value("Service", "ExecStart"), java.util.Map.of());

    assertThat(pull).startsWith("/usr/bin/git", "-C");
    assertThat(settings().content().dir().toString()).startsWith(pull.get(2) + "/");
    assertThat(PULL.value("Service", "User")).isEqualTo(BOT.value("Service", "User"));
    assertThat(PULL.value("Service", "StateDirectory"))
        .isEqualTo(BOT.value("Service", "StateDirectory"));
    SystemdUnit timer = SystemdUnit.read(DeployFiles.deploy("systemd/webinar-bot-content.timer"));
    assertThat(timer.value("Timer", "OnUnitActiveSec")).isNotEmpty();
    assertThat(DeployFiles.text(DeployFiles.deploy("systemd/webinar-bot.sysusers")))
        .contains("u " + BOT.value("Service", "User") + " ");
  }
}
