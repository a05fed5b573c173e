package webinarbot.schedule;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import webinarbot.delivery.Target;

/**
 * How early a large fan-out of personal reminders starts, so that the last of them goes out by the
 * time they are due instead of minutes after it. The platforms cap how fast a bot may message
 * people: Slack lets an app post several hundred messages a minute to a workspace (the stand-in and
 * this plan take 300), Discord 50 requests a second, two per direct message (open the DM channel,
 * post). 10,000 subscribers take 33 minutes on Slack and 200 seconds on Discord at full speed, so
 * sent at the due instant most would be late.
 *
 * <p>A fan-out that fits in {@link #ON_TIME} goes out at the due time, as always; a larger one
 * starts as long before it as it takes at {@link #perSecond} (a fifth below the platforms' rates,
 * leaving room for the channels' own posts and for a replica that dies mid-way to be taken over).
 */
public final class FanoutWindow {
  /** A fan-out this short starts at the due instant: its last message is at most this late. */
  static final Duration ON_TIME = Duration.ofSeconds(30);

  private static final Map<String, Double> PER_SECOND = Map.of("slack", 4.0, "discord", 20.0);

  private FanoutWindow() {}

  /** Direct messages a second this plan counts on for {@code platform}. */
  static double perSecond(String platform) {
    return PER_SECOND.getOrDefault(platform, 4.0);
  }

  /** How long {@code messages} direct messages take on {@code platform} at the planned rate. */
  static Duration sending(String platform, int messages) {
    return Duration.ofMillis((long) Math.ceil(messages * 1000 / perSecond(platform)));
  }

  /**
   * How much earlier than due a fan-out of {@code messages} on {@code platform} starts: zero when
   * it fits in {@link #ON_TIME}.
   */
  public static Duration lead(String platform, int messages) {
    Duration d = sending(platform, messages);
    return d.compareTo(ON_TIME) <= 0 ? Duration.ZERO : d;
  }

  /** How much earlier than due each platform's fan-out to {@code subscribers} starts. */
  static Map<String, Duration> leads(List<Target> subscribers) {
    Map<String, Integer> counts = new HashMap<>();
    subscribers.forEach(t -> counts.merge(t.platform(), 1, Integer::sum));
    Map<String, Duration> leads = new HashMap<>();
    counts.forEach((platform, n) -> leads.put(platform, lead(platform, n)));
    return leads;
  }
}
