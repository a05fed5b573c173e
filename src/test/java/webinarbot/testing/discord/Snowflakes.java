package webinarbot.testing.discord;

import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.TimeUtil;

/** Discord ids for the stand-in: of the current time, since JDA checks interaction age. */
final class Snowflakes {
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private Snowflakes() {}

  static String next() {
    long time = TimeUtil.getDiscordTimestamp(System.currentTimeMillis());
    return Long.toUnsignedString(time | (SEQUENCE.incrementAndGet() & 0xFFF));
  }
}
