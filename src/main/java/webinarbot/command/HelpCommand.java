package webinarbot.command;

import java.util.ArrayList;
import java.util.List;

/** {@code /webinars help}: what each subcommand does, itself last. */
public final class HelpCommand implements ChatCommand {
  private static final CommandSpec SPEC = CommandSpec.of("help", "this help");

  private final String slash;
  private final List<CommandSpec> described;

  /**
   * @param slash how the command is typed on the platform, {@code /webinars}
   * @param others the commands to describe before help itself
   */
  public HelpCommand(String slash, List<CommandSpec> others) {
    this.slash = slash;
    List<CommandSpec> all = new ArrayList<>(others);
    all.add(SPEC);
    this.described = List.copyOf(all);
  }

  /** {@code commands} followed by a help that describes them all. */
  public static List<ChatCommand> after(String slash, List<ChatCommand> commands) {
    List<ChatCommand> all = new ArrayList<>(commands);
    all.add(new HelpCommand(slash, commands.stream().map(ChatCommand::spec).toList()));
    return List.copyOf(all);
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    StringBuilder b = new StringBuilder("Webinar bot commands:\n");
    for (CommandSpec c : described) {
      b.append("• `").append(slash).append(' ').append(c.usage()).append("`: ");
      b.append(c.summary()).append('\n');
    }
    return new Reply.Text(b.toString().stripTrailing());
  }
}
