package webinarbot.schedule;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.LedgerEntry;
import webinarbot.delivery.Target;

/**
 * What the ledger says was done, as the planner needs it: which deliveries exist (in any state) and
 * where each webinar has been posted about.
 */
public final class DeliveryHistory {
  private final Set<DeliveryKey> keys = new HashSet<>();
  private final Map<String, Set<Target>> announced = new HashMap<>();

  private DeliveryHistory(Collection<LedgerEntry> entries) {
    for (LedgerEntry e : entries) {
      add(e.key(), e.status().countsAsPosted());
    }
  }

  private void add(DeliveryKey key, boolean posted) {
    keys.add(key);
    if (posted) {
      announced.computeIfAbsent(key.webinarId(), id -> new HashSet<>()).add(key.target());
    }
  }

  /**
   * This history and deliveries made since: {@code posted} claimed (or found posted), {@code
   * closed} found in the ledger without a post (skipped, failed). Saves reading the ledger again
   * right after claiming in it.
   */
  DeliveryHistory with(Collection<DeliveryKey> posted, Collection<DeliveryKey> closed) {
    DeliveryHistory h = new DeliveryHistory(List.of());
    h.keys.addAll(keys);
    announced.forEach((id, targets) -> h.announced.put(id, new HashSet<>(targets)));
    posted.forEach(k -> h.add(k, true));
    closed.forEach(k -> h.add(k, false));
    return h;
  }

  public static DeliveryHistory of(Collection<LedgerEntry> entries) {
    return new DeliveryHistory(entries);
  }

  public static DeliveryHistory empty() {
    return new DeliveryHistory(List.of());
  }

  /** True when the ledger has this delivery, whether sent, in flight, failed or skipped. */
  public boolean has(DeliveryKey key) {
    return keys.contains(key);
  }

  /** True when something about the webinar was posted, or is being posted, on the target. */
  public boolean announced(String webinarId, Target target) {
    return announced.getOrDefault(webinarId, Set.of()).contains(target);
  }
}
