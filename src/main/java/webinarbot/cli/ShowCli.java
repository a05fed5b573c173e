package webinarbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import webinarbot.domain.Webinar;

/** {@code show ID}: one webinar in full. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one webinar in full.")
final class ShowCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Parameters(
      paramLabel = "ID",
      description = "the webinar's id (its slug), or its page's file name or path")
  String id;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json; default text")
  OutputFormat format;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    Webinar w = WebinarLookup.find(ctx.loadContent().catalogue(), id);
    ctx.out()
        .print(
            format == OutputFormat.JSON
                ? Json.write(WebinarJson.of(w)) + "\n"
                : WebinarText.full(w, ctx.calendarLinks()));
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
