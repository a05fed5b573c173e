package webinarbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import webinarbot.command.ChatCommands;
import webinarbot.command.CommandSpec;
import webinarbot.domain.Catalogue;
import webinarbot.slack.SlackModule;
import webinarbot.testing.MutableClock;
import webinarbot.testing.StandardCommands;
import webinarbot.testing.deploy.DeployFiles;

/**
 * The Slack app manifest declares {@code /webinars} as the commands declare themselves: a new
 * subcommand fails here until its usage is in the manifest's hint (the message shows the line).
 */
class SlackManifestTest {
  private static final ChatCommands COMMANDS =
      StandardCommands.create(
          Catalogue::empty,
          MutableClock.at("2026-01-01T00:00:00Z"),
          StandardCommands.refusingAnnouncer());

  private static String manifest() throws IOException {
    return Files.readString(DeployFiles.deploy("slack-app-manifest.yml"), StandardCharsets.UTF_8);
  }

  private static String value(String manifest, String key) {
    Matcher m = Pattern.compile("(?m)^\\s*-?\\s*" + key + ": \"?(.*?)\"?\\s*$").matcher(manifest);
    assertThat(m.find()).as("%s in the manifest", key).isTrue();
    return m.group(1);
  }

  @Test
  void givenTheManifest_thenItsUsageHintListsEveryDeclaredSubcommand() throws IOException {
    List<String> usages = COMMANDS.specs().stream().map(CommandSpec::usage).toList();
    String expected = "[" + String.join(" | ", usages) + "]";

    assertThat(value(manifest(), "usage_hint"))
        .as("usage_hint: \"%s\"", expected)
        .isEqualTo(expected);
  }

  @Test
  void givenTheManifest_thenTheCommandIsWebinarsAtTheBotsEventsPath() throws IOException {
    String m = manifest();

    assertThat(value(m, "command")).isEqualTo(webinarbot.command.StandardCommands.SLASH);
    assertThat(value(m, "url")).endsWith(SlackModule.EVENTS_PATH);
  }
}
