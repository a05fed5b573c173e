package webinarbot.schedule;

import java.time.Instant;
import java.util.Optional;
import org.quartz.TriggerKey;

/**
 * The Quartz trigger of the next weekly digest: {@code digest@EPOCH_MILLIS} in group {@code
 * digest}.
 */
final class DigestTrigger {
  static final String GROUP = "digest";

  private DigestTrigger() {}

  static TriggerKey key(Instant at) {
    return TriggerKey.triggerKey("digest@" + at.toEpochMilli(), GROUP);
  }

  /** A digest trigger's due instant, from its key; empty for other triggers. */
  static Optional<Instant> dueAt(TriggerKey key) {
    if (!GROUP.equals(key.getGroup()) || !key.getName().startsWith("digest@")) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochMilli(Long.parseLong(key.getName().substring(7))));
  }
}
