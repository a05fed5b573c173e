package webinarbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import webinarbot.Bot;
import webinarbot.config.Settings;

/** {@code serve}: runs the bot until SIGTERM (or Ctrl-C), then stops it cleanly. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the bot: announce and remind on schedule, follow the content folder, answer /webinars.",
      "Stops cleanly on SIGTERM or Ctrl-C: posts in flight finish, the rest waits in the database."
    })
final class ServeCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Override
  public Integer call() throws InterruptedException {
    CliContext ctx = root.context();
    Settings settings = ctx.settings();
    // One-shot commands log warnings only; a server logs at the configured level.
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.toLevel(settings.log().level(), Level.INFO));
    Bot bot;
    try {
      bot = Bot.start(settings, ctx.secrets(), ctx.clock(), ctx.out());
    } catch (Bot.StartFailure e) {
      throw new CliFailure(ExitCodes.FAILED, e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LoggerFactory.getLogger(ServeCli.class).info("stopping");
                  bot.close();
                  LoggerFactory.getLogger(ServeCli.class).info("stopped");
                  stopped.countDown();
                },
                "stop"));
    LoggerFactory.getLogger(ServeCli.class)
        .info("serving {} webinars; stop with SIGTERM or Ctrl-C", bot.catalogue().get().size());
    stopped.await();
    return ExitCodes.OK;
  }
}
