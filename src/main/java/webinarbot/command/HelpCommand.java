package webinarbot.command;

import java.util.List;
import java.util.function.Supplier;

/** {@code /webinars help}: what each subcommand does. */
public final class HelpCommand implements ChatCommand {
  private final String slash;
  private final Supplier<List<ChatCommand>> commands;

  /**
   * @param slash how the command is typed on the platform, {@code /webinars}
   * @param commands the commands to describe, read when help runs so help lists itself too
   */
  public HelpCommand(String slash, Supplier<List<ChatCommand>> commands) {
    this.slash = slash;
    this.commands = commands;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String usage() {
    return "help";
  }

  @Override
  public String summary() {
    return "this help";
  }

  @Override
  public Reply run(Caller caller, String arguments) {
    StringBuilder b = new StringBuilder("Webinar bot commands:\n");
    for (ChatCommand c : commands.get()) {
      b.append("• `").append(slash).append(' ').append(c.usage()).append("`: ");
      b.append(c.summary()).append('\n');
    }
    return new Reply.Text(b.toString().stripTrailing());
  }
}
