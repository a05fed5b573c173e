package webinarbot.testing;

import java.time.Clock;
import java.util.function.Supplier;
import webinarbot.command.ChatCommands;
import webinarbot.config.Settings;
import webinarbot.delivery.Announcer;
import webinarbot.domain.Catalogue;

/** The {@code /webinars} subcommands as the bot wires them, for platform tests. */
public final class StandardCommands {
  private StandardCommands() {}

  public static ChatCommands create(
      Supplier<Catalogue> catalogue, Clock clock, Announcer announcer) {
    return webinarbot.command.StandardCommands.create(
        catalogue, clock, announcer, Settings.Schedule.DEFAULT_REMINDERS);
  }

  /** For tests that never announce. */
  public static Announcer refusingAnnouncer() {
    return (id, kind, dryRun) -> {
      throw new IllegalStateException("this test does not announce");
    };
  }
}
