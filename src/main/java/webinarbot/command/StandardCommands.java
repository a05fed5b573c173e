package webinarbot.command;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import webinarbot.domain.Catalogue;

/** The {@code /webinars} subcommands every platform serves, in help order. */
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
                new AnnounceCommand(catalogue, announcer, clock),
                new HelpCommand("/webinars", () -> self.get().all()))));
    return self.get();
  }
}
