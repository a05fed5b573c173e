package webinarbot.delivery;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who asked for a personal reminder, as a platform knows them: nothing but the platform
 * and its user id.
 *
 * @param platform {@code slack} or {@code discord}
 * @param userId the platform's user id ({@code U…} on Slack, a snowflake on Discord)
 */
public record Subscriber(String platform, String userId) {
  /** The channel part of a direct-message target: a user, not a channel. */
  public static final String DIRECT = "@";

  public Subscriber {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(userId, "userId");
  }

  /** Where their direct messages go, as a ledger target: {@code slack:@U123}. */
  public Target target() {
    return new Target(platform, DIRECT + userId);
  }

  /** The user a direct-message target names, if it names one. */
  public static Optional<String> userOf(Target target) {
    return target.channel().startsWith(DIRECT)
        ? Optional.of(target.channel().substring(DIRECT.length()))
        : Optional.empty();
  }
}
