package webinarbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.config.ContentSetup;
import webinarbot.content.LoadResult;

/** {@code lint}: checks every page; exit 0 clean or warnings only, 1 errors. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Check every webinar page and report problems with file and line.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:errors found",
      "2:usage or configuration error"
    })
final class LintCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Option(
      names = "--format",
      defaultValue = "TEXT",
      description = "text, json or github (workflow annotations); default text")
  DiagnosticFormat format;

  @Option(
      names = {"-v", "--verbose"},
      description = "also name every page of the talk sections that is not a talk, with the reason")
  boolean verbose;

  @Override
  public Integer call() {
    return run(root.context(), format, verbose);
  }

  static int run(CliContext ctx, DiagnosticFormat format, boolean verbose) {
    ContentSetup content = ctx.contentSetup();
    LoadResult result =
        RouteLint.check(
            ctx.settings().schedule().routes(), content.loader().load(ctx.contentFolder()));
    ctx.out().print(format.render(result, verbose));
    ctx.out().flush();
    return result.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
