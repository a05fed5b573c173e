package webinarbot.cli;

import java.util.ArrayList;
import java.util.List;
import webinarbot.config.Settings;
import webinarbot.delivery.ConsoleNotifier;
import webinarbot.delivery.Target;

/**
 * The channels named in the configuration, Slack's then Discord's, for commands that plan without
 * connecting anywhere; with none configured, posts go to the console.
 */
final class ConfiguredTargets {
  private ConfiguredTargets() {}

  static List<Target> of(Settings s) {
    List<Target> out = new ArrayList<>();
    s.slack().channels().forEach(c -> out.add(new Target("slack", c)));
    s.discord().channels().forEach(c -> out.add(new Target("discord", c)));
    return out.isEmpty() ? List.of(ConsoleNotifier.STDOUT) : out;
  }
}
