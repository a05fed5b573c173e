package webinarbot.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import webinarbot.delivery.DeliveryLedger;
import webinarbot.delivery.Recovery;

/**
 * In a cluster, finishes the deliveries of replicas that died: rows a replica claimed and never
 * finished (queued behind a rate limit, or in flight when it was killed). The timer already knows
 * who is alive (Quartz: each replica checks in to {@code QRTZ_SCHEDULER_STATE}, and a survivor
 * deletes a dead replica's row once it has taken over its triggers). A ledger row whose owner is no
 * longer there is an orphan, and one survivor adopts and resumes it (a row that is still sending is
 * first looked up on the platform).
 *
 * <p>Rows younger than {@code minAge} are left alone: a replica claims its first rows while it
 * starts, a moment before its first check-in.
 */
final class OrphanedDeliveries {
  private static final Logger LOG = LoggerFactory.getLogger(OrphanedDeliveries.class);

  private final Supplier<Set<String>> live;
  private final Recovery recovery;
  private final DeliveryLedger ledger;
  private final Clock clock;
  private final Duration minAge;

  /**
   * @param live the replicas alive now, this one included
   */
  OrphanedDeliveries(
      Supplier<Set<String>> live,
      Recovery recovery,
      DeliveryLedger ledger,
      Clock clock,
      Duration minAge) {
    this.live = live;
    this.recovery = recovery;
    this.ledger = ledger;
    this.clock = clock;
    this.minAge = minAge;
  }

  /**
   * Resumes every orphaned row; returns how many this replica took over. A dead replica's rows go
   * to one survivor, all at once ({@link Recovery#resumeAllOf}).
   */
  int sweep() {
    Set<String> alive = live.get();
    Instant youngest = clock.instant().minus(minAge);
    Set<String> dead = new java.util.TreeSet<>();
    for (webinarbot.delivery.LedgerEntry e : ledger.open()) {
      if (!e.owner().equals(ledger.owner())
          && !alive.contains(e.owner())
          && e.updatedAt().isBefore(youngest)) {
        dead.add(e.owner());
      }
    }
    int adopted = 0;
    for (String owner : dead) {
      adopted += recovery.resumeAllOf(owner, youngest).size();
    }
    if (adopted > 0) {
      LOG.info("took over {} deliveries of replicas that stopped", adopted);
    }
    return adopted;
  }

  void safeSweep() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.error("looking for the deliveries of stopped replicas failed; next try in a while", e);
    }
  }
}
