package webinarbot.testing;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import webinarbot.command.AnnounceCommand;
import webinarbot.command.Announcer;
import webinarbot.command.ChatCommands;
import webinarbot.command.HelpCommand;
import webinarbot.command.ListCommand;
import webinarbot.command.NextCommand;
import webinarbot.command.SearchCommand;
import webinarbot.command.ShowCommand;
import webinarbot.domain.Catalogue;

/** The {@code /webinars} subcommands as the bot wires them, for platform tests. */
public final class StandardCommands {
  private StandardCommands() {}

  public static ChatCommands create(
      Supplier<Catalogue> catalogue, Clock clock, Announcer announcer) {
    AtomicReference<ChatCommands> self = new AtomicReference<>();
    self.set(
        new ChatCommands(
            List.of(
                new ListCommand(catalogue, clock),
                new NextCommand(catalogue, clock),
                new SearchCommand(catalogue, clock),
                new ShowCommand(catalogue),
                new AnnounceCommand(catalogue, announcer),
                new HelpCommand("/webinars", () -> self.get().all()))));
    return self.get();
  }

  /** For tests that never announce. */
  public static Announcer refusingAnnouncer() {
    return (id, kind, dryRun) -> {
      throw new IllegalStateException("this test does not announce");
    };
  }
}
