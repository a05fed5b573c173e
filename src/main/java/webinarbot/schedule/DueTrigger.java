package webinarbot.schedule;

import java.time.Instant;
import java.util.Optional;
import org.quartz.TriggerKey;

/**
 * A Quartz trigger that fires a group of pending posts due at one instant: named {@code
 * due@EPOCH_MILLIS@TAG} in group {@code due}. The posts it fires are the rows of {@link
 * PendingPostTable} that name it. A tag is fresh for every batch of new posts, so no trigger gains
 * posts after it is written, and one that lost them all can be dropped without racing another
 * replica that adds to it.
 */
record DueTrigger(Instant at, String tag) {
  static final String GROUP = "due";

  DueTrigger {
    if (tag.contains("@")) {
      throw new IllegalArgumentException("a tag has no @: " + tag);
    }
  }

  String name() {
    return "due@" + at.toEpochMilli() + "@" + tag;
  }

  TriggerKey key() {
    return TriggerKey.triggerKey(name(), GROUP);
  }

  /** Reads a trigger's key back; empty for triggers that are not this kind. */
  static Optional<DueTrigger> parse(TriggerKey key) {
    return GROUP.equals(key.getGroup()) ? parse(key.getName()) : Optional.empty();
  }

  static Optional<DueTrigger> parse(String name) {
    String[] parts = name.split("@");
    if (parts.length != 3 || !parts[0].equals("due")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DueTrigger(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
