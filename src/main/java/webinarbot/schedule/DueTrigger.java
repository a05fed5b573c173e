package webinarbot.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
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

  /** Fresh posts grouped under fresh triggers: the rows to write and their triggers. */
  record Assignment(List<PendingPostTable.Row> rows, List<DueTrigger> triggers) {}

  /**
   * Groups fresh posts under fresh triggers: per instant, one for each {@code perTrigger} posts,
   * all tagged with one new batch tag. The triggers come out earliest first, each made once (a
   * first start assigns 80,000 posts: reading each trigger back from its rows' names cost more than
   * making it).
   */
  static Assignment assign(List<PendingPost> fresh, int perTrigger) {
    String batch = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    Map<Instant, List<PendingPost>> byInstant = new TreeMap<>();
    for (PendingPost p : new LinkedHashSet<>(fresh)) {
      byInstant.computeIfAbsent(p.at(), at -> new ArrayList<>()).add(p);
    }
    List<PendingPostTable.Row> rows = new ArrayList<>(fresh.size());
    List<DueTrigger> triggers = new ArrayList<>();
    byInstant.forEach(
        (at, due) -> {
          String name = null;
          for (int i = 0; i < due.size(); i++) {
            if (i % perTrigger == 0) {
              DueTrigger t = new DueTrigger(at, batch + "." + i / perTrigger);
              triggers.add(t);
              name = t.name();
            }
            rows.add(new PendingPostTable.Row(due.get(i), name));
          }
        });
    return new Assignment(rows, triggers);
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
