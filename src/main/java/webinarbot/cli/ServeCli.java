package webinarbot.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.app.Bot;
import webinarbot.app.StartupSummary;
import webinarbot.config.Settings;
import webinarbot.content.LoadResult;
import webinarbot.logging.LogSetup;
import webinarbot.storage.StorageCredentialsException;

/** {@code serve}: runs the bot until SIGTERM (or Ctrl-C), then stops it cleanly. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the bot: announce and remind on schedule, follow the content folder, answer /webinars.",
      "Stops cleanly on SIGTERM or Ctrl-C: posts in flight finish, the rest waits in the database."
    })
final class ServeCli implements Callable<Integer> {
  /**
   * Not a static field: picocli builds every subcommand for every command line, and a logger here
   * would start logging (and its configuration) for {@code lint} too.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(ServeCli.class);
  }

  @ParentCommand WebinarBotCommand root;

  @Option(
      names = "--accept-removals",
      description = {
        "Treat pages removed many at once as cancelled talks (after a deliberate mass removal).",
        "Without it, a content folder that loses most of its upcoming talks at once is an outage:",
        "the last good catalogue is kept and nothing is posted."
      })
  boolean acceptRemovals;

  /** A first start shows something: what was loaded, what comes next, what looks wrong. */
  private static void summarize(Bot bot, Settings settings, CliContext ctx) {
    LoadResult load = bot.content().current();
    StartupSummary.warnings(load).forEach(w -> log().warn("content: {}", w));
    StartupSummary.settingWarnings(settings, ctx.secrets()).forEach(w -> log().warn("{}", w));
    Instant now = ctx.clock().instant();
    try {
      log()
          .info(
              StartupSummary.headline(
                  load,
                  bot.catalogue().get().upcoming(now),
                  bot.scheduler()::planned,
                  bot.scheduler().nextDigest(),
                  settings.schedule().reminders().stream()
                      .max(Duration::compareTo)
                      .orElse(Duration.ZERO),
                  now));
    } catch (Exception e) { // only a summary: the bot runs whether or not it can be told
      log().warn("could not tell what comes next: {}", e.toString());
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    CliContext ctx = root.context();
    Settings settings = ctx.settings();
    // One-shot commands log warnings only; a server logs at the configured level and format.
    LogSetup.apply(settings.log());
    Bot bot;
    try {
      bot =
          Bot.start(
              settings, ctx.secrets(), ctx.clock(), ctx.out(), new Bot.Options(acceptRemovals));
    } catch (Bot.StartFailure e) {
      // Wrong database credentials do not fix themselves: exit 2, which the systemd unit does not
      // restart (RestartPreventExitStatus), rather than 1 for what may pass (a database down).
      throw new CliFailure(
          e.getCause() instanceof StorageCredentialsException ? ExitCodes.USAGE : ExitCodes.FAILED,
          e.getMessage());
    }
    StopSignal stop = ctx.stopSignal();
    stop.whenStopping(
        () -> {
          log().info("stopping");
          bot.close();
          log().info("stopped");
        });
    summarize(bot, settings, ctx);
    log().info("serving {} webinars; stop with SIGTERM or Ctrl-C", bot.catalogue().get().size());
    stop.await();
    return ExitCodes.OK;
  }
}
