package webinarbot.delivery;

import java.util.Objects;

/**
 * A place posts go: one channel on one platform.
 *
 * @param platform {@code slack}, {@code discord} or {@code console}
 * @param channel the platform's channel id
 */
public record Target(String platform, String channel) {
  public Target {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(channel, "channel");
  }

  /** {@code platform:channel}, as stored in the ledger and shown in {@code schedule}. */
  public String key() {
    return platform + ":" + channel;
  }

  @Override
  public String toString() {
    return key();
  }
}
