package webinarbot.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/** {@code list}: upcoming webinars, or all of them. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List upcoming webinars (or all with --all), in start order.")
final class ListCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Option(names = "--all", description = "include past, draft, cancelled and unpublished webinars")
  boolean all;

  @Mixin NowOption now;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json; default text")
  OutputFormat format;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    Catalogue catalogue = ctx.loadContent().catalogue();
    Instant at = now.or(ctx.clock());
    List<Webinar> webinars = all ? catalogue.all() : catalogue.upcoming(at);
    if (format == OutputFormat.JSON) {
      ctx.out().println(Json.write(WebinarJson.of(webinars)));
    } else if (webinars.isEmpty()) {
      ctx.out()
          .println(all ? "No webinars found." : "No upcoming webinars (use --all for past ones).");
    } else {
      ctx.out().print(WebinarText.lines(webinars));
    }
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
