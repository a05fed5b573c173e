package webinarbot.command;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import webinarbot.delivery.Announcer;
import webinarbot.domain.Catalogue;

/**
 * The registry of {@code /webinars} subcommands every platform serves, in help order. Adding a
 * subcommand is its class plus one line here: Slack and Discord read everything else from its
 * {@link CommandSpec}.
 */
public final class StandardCommands {
  /** How the command is typed on both platforms. */
  public static final String SLASH = "/webinars";

  private StandardCommands() {}

  /**
   * @param reminders the configured reminder leads, offered as kinds to announce
   * @param personal "Remind me": who wants a direct message before which talk
   */
  public static ChatCommands create(
      Supplier<Catalogue> catalogue,
      Clock clock,
      Announcer announcer,
      List<Duration> reminders,
      PersonalReminders personal) {
    List<ChatCommand> commands =
        List.of(
            new ListCommand(catalogue, clock),
            new NextCommand(catalogue, clock),
            new SearchCommand(catalogue, clock),
            new ShowCommand(catalogue),
            new RemindCommand(personal),
            new MineCommand(personal),
            new ForgetCommand(personal),
            new ForgetMeCommand(personal),
            new AnnounceCommand(catalogue, announcer, clock, reminders));
    return new ChatCommands(HelpCommand.after(SLASH, commands));
  }
}
