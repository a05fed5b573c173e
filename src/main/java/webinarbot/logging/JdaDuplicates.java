package webinarbot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import org.slf4j.Marker;

/**
 * Drops JDA's ERROR lines for failures the bot reports itself, so each try at Discord is one log
 * line: JDA's "I/O error while executing a REST request" (the login that failed is logged as
 * "Discord: could not connect", a post that failed by delivery) and "Failed to establish connection
 * for a node" with its stack trace (logged as "could not open the gateway connection", with the
 * wait before the next try).
 */
public final class JdaDuplicates extends TurboFilter {
  private static final Map<String, String> DUPLICATES =
      Map.of(
          "net.dv8tion.jda.internal.requests.Requester",
          "There was an I/O error while executing a REST request",
          "net.dv8tion.jda.api.utils.SessionControllerAdapter",
          "Failed to establish connection for a node");

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (format == null || logger == null) {
      return FilterReply.NEUTRAL;
    }
    String prefix = DUPLICATES.get(logger.getName());
    return prefix != null && format.startsWith(prefix) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
