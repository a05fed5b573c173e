package webinarbot.discord;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's session controller, with a back-off when the gateway refuses the connection. JDA's own puts
 * a node that failed to connect straight back into its queue and tries again at once: with the
 * gateway unreachable that is hundreds of tries (and ERROR lines with stack traces) a second. Here
 * the same node waits 1 s, 2 s, 4 s … up to a minute before it goes back, and each try is one log
 * line (JDA's line for it is dropped, see {@code webinarbot.logging.JdaDuplicates}).
 */
class BackoffSessionController extends SessionControllerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(BackoffSessionController.class);
  private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  /** Failed tries per node; a node seen again is one JDA could not connect. */
  private final Map<SessionConnectNode, Integer> tries =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public void appendSession(SessionConnectNode node) {
    Integer failed = tries.get(node);
    if (failed == null) {
      tries.put(node, 0);
    } else {
      tries.put(node, failed + 1);
      Duration wait = wait(failed + 1);
      LOG.error(
          "Discord: could not open the gateway connection; trying again in {} s", wait.toSeconds());
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        // JDA is shutting down: the node is not tried again.
        Thread.currentThread().interrupt();
        return;
      }
    }
    super.appendSession(node);
  }

  /** 1 s after the first failure, doubling, at most a minute. */
  static Duration wait(int failures) {
    Duration w = FIRST_WAIT.multipliedBy(1L << Math.min(failures - 1, 6));
    return w.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : w;
  }
}
