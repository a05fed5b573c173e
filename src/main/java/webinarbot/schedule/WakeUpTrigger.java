package webinarbot.schedule;

import java.time.Instant;
import java.util.Optional;
import org.quartz.TriggerKey;

/**
 * The Quartz triggers that wake the schedule itself rather than fire posts, one of each kind at a
 * time: {@code KIND@EPOCH_MILLIS} in group {@code KIND}.
 */
enum WakeUpTrigger {
  /** The next weekly digest. */
  DIGEST("digest"),
  /** The next extension of the plan's horizon ({@link PlanHorizon}). */
  HORIZON("horizon");

  final String group;

  WakeUpTrigger(String group) {
    this.group = group;
  }

  TriggerKey key(Instant at) {
    return TriggerKey.triggerKey(group + "@" + at.toEpochMilli(), group);
  }

  /** A trigger's due instant, from its key; empty for triggers of other kinds. */
  Optional<Instant> dueAt(TriggerKey key) {
    String prefix = group + "@";
    if (!group.equals(key.getGroup()) || !key.getName().startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.of(
        Instant.ofEpochMilli(Long.parseLong(key.getName().substring(prefix.length()))));
  }
}
