package webinarbot.command;

/** One {@code /webinars} subcommand. Platforms translate to and from it; it knows neither. */
public interface ChatCommand {
  /** The word that selects it: {@code list}, {@code show}, … */
  String name();

  /** How to call it, for help: {@code show ID}. */
  String usage();

  /** One line for help. */
  String summary();

  /**
   * @param arguments the text after the subcommand name, stripped; may be empty
   */
  Reply run(Caller caller, String arguments);
}
