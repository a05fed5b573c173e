package webinarbot.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code webinar-bot [--config FILE] [--content DIR] COMMAND}. */
@Command(
    name = "webinar-bot",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Announces webinars kept as Hugo pages to Slack and Discord.")
public final class WebinarBotCommand implements Runnable {
  /** The commands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("lint", LintCli::new);
    COMMANDS.put("list", ListCli::new);
    COMMANDS.put("show", ShowCli::new);
    COMMANDS.put("preview", PreviewCli::new);
    COMMANDS.put("schedule", ScheduleCli::new);
    COMMANDS.put("serve", ServeCli::new);
    COMMANDS.put("announce", AnnounceCli::new);
    COMMANDS.put("init", InitCli::new);
    COMMANDS.put("config", ConfigCli::new);
    COMMANDS.put("review", ReviewCli::new);
    COMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  private final CliContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public WebinarBotCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
  }

  /** The command line with every command, for help and for tests that inspect it. */
  public static CommandLine commandLine(CliContext context) {
    return commandLine(context, new String[0]);
  }

  /**
   * The command line for {@code args}: when they name a command, only that one is built. picocli
   * reflects on every command it is given, which was a third of a short {@code lint}'s run; help, a
   * typo or no command at all get them all, so usage and suggestions stay complete.
   */
  public static CommandLine commandLine(CliContext context, String[] args) {
    CommandLine cli = new CommandLine(new WebinarBotCommand(context));
    String named = commandIn(args);
    COMMANDS.forEach(
        (name, make) -> {
          if (named == null || named.equals(name)) {
            cli.addSubcommand(name, make.get());
          }
        });
    return cli;
  }

  /** The command {@code args} run, if it is one this version has (not help). */
  private static String commandIn(String[] args) {
    boolean skip = false;
    for (String a : args) {
      if (skip) {
        skip = false;
      } else if (a.equals("--config") || a.equals("--content")) {
        skip = true;
      } else if (!a.startsWith("-")) {
        return COMMANDS.containsKey(a) && !a.equals("help") ? a : null;
      }
    }
    return null;
  }

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = CommandLine.ScopeType.INHERIT,
      description = "configuration file (default: ./webinar-bot.toml if present)")
  void config(Path file) {
    context.configFile(file);
  }

  @Option(
      names = "--content",
      paramLabel = "DIR",
      scope = CommandLine.ScopeType.INHERIT,
      description = "folder of webinar pages (overrides content.dir)")
  void content(Path dir) {
    context.contentDir(dir);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
