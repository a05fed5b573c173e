package webinarbot.command;

/**
 * One {@code /webinars} subcommand. It declares itself ({@link #spec}); platforms derive
 * registration, parsing, permission and visibility from that, and know no command by name.
 */
public interface ChatCommand {
  CommandSpec spec();

  /**
   * Runs with the options already read by {@link #spec}'s rules. Only called for a caller the spec
   * allows.
   */
  Reply run(Caller caller, Arguments arguments);
}
