package webinarbot.discord;

import java.time.Duration;
import java.util.Optional;

/**
 * How {@link DiscordModule} talks to Discord: request timeout, event images, gateway or REST only,
 * and in a cluster how the replicas elect the gateway holder.
 *
 * @param requestTimeout how long one Discord request may take before it counts as failed
 * @param images where event cover images come from
 * @param leadership in a cluster: how the replicas elect the gateway holder
 * @param gateway false to post through the REST API alone, with no gateway session
 * @param connectRetry running alone: how soon a refused connection is tried again, before back-off
 */
public record DiscordOptions(
    Duration requestTimeout,
    EventImages images,
    Optional<Leadership> leadership,
    boolean gateway,
    Duration connectRetry) {
  public DiscordOptions(Duration requestTimeout, EventImages images) {
    this(requestTimeout, images, Optional.empty(), true, Duration.ofSeconds(5));
  }

  public static DiscordOptions defaults() {
    Duration timeout = Duration.ofSeconds(15);
    return new DiscordOptions(timeout, new HttpEventImages(timeout));
  }

  /** The same options for one replica of a cluster. */
  public DiscordOptions clustered(Leadership l) {
    return new DiscordOptions(requestTimeout, images, Optional.of(l), gateway, connectRetry);
  }

  /**
   * For a one-shot command such as {@code announce}: posts through the REST API only, with no
   * gateway session beside the running bot's and no slash commands or scheduled events.
   */
  public DiscordOptions postsOnly() {
    return new DiscordOptions(requestTimeout, images, leadership, false, connectRetry);
  }

  public DiscordOptions withConnectRetry(Duration retry) {
    return new DiscordOptions(requestTimeout, images, leadership, gateway, retry);
  }

  /**
   * @param poll how often a standby tries for the gateway lock and the holder checks it still has
   *     it
   * @param lease how long the database keeps the lock of a holder that stopped checking
   */
  public record Leadership(Duration poll, Duration lease) {
    /** A dead holder's gateway moves within 20 s; a holder cut off stops within 10 s. */
    public static Leadership defaults() {
      return new Leadership(Duration.ofSeconds(5), Duration.ofSeconds(15));
    }
  }
}
