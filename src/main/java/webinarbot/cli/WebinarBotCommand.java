package webinarbot.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code webinar-bot [--config FILE] [--content DIR] COMMAND}. */
@Command(
    name = "webinar-bot",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Announces webinars kept as Hugo pages to Slack and Discord.",
    subcommands = {
      LintCli.class,
      ListCli.class,
      ShowCli.class,
      PreviewCli.class,
      ScheduleCli.class,
      ServeCli.class,
      AnnounceCli.class,
      InitCli.class,
      CommandLine.HelpCommand.class
    })
public final class WebinarBotCommand implements Runnable {
  private final CliContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public WebinarBotCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
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
