package webinarbot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.List;
import org.slf4j.LoggerFactory;
import webinarbot.config.Settings;

/**
 * Applies {@code [log]} when {@code serve} starts: the level, and JSON lines instead of text. The
 * one-shot commands keep logback.xml's WARN so their output stays clean.
 */
public final class LogSetup {
  /**
   * Libraries that log whole requests (headers included) below INFO. {@code log.level = "debug"} is
   * for the bot's own lines; these stay at INFO so a token can never reach the log.
   */
  static final List<String> CHATTY_LIBRARIES =
      List.of(
          "com.slack.api",
          "net.dv8tion",
          "okhttp3",
          "org.eclipse.jetty",
          "com.zaxxer.hikari",
          "org.quartz",
          "org.java_websocket",
          "com.neovisionaries");

  /**
   * Loggers that would write what a client sent: Bolt's parser logs the whole body of a request it
   * does not recognise ("No request pattern detected for …"). Off whatever the level; logback.xml
   * says the same for the one-shot commands.
   */
  static final List<String> BODY_LOGGERS = List.of("com.slack.api.bolt.util.SlackRequestParser");

  private LogSetup() {}

  public static void apply(Settings.Log log) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level level = Level.toLevel(log.level(), Level.INFO);
    root.setLevel(level);
    Level libraries =
        level.isGreaterOrEqual(Level.WARN) ? level : level == Level.INFO ? Level.WARN : Level.INFO;
    CHATTY_LIBRARIES.forEach(name -> context.getLogger(name).setLevel(libraries));
    BODY_LOGGERS.forEach(name -> context.getLogger(name).setLevel(Level.OFF));
    if (log.json()) {
      root.iteratorForAppenders()
          .forEachRemaining(
              a -> {
                if (a instanceof ConsoleAppender<ILoggingEvent> out) {
                  useJson(context, out);
                }
              });
    }
  }

  private static void useJson(LoggerContext context, ConsoleAppender<ILoggingEvent> out) {
    JsonLineLayout layout = new JsonLineLayout();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    out.stop();
    out.setEncoder(encoder);
    out.start();
  }
}
